#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// One error type for everything that talks to the tenant: sign-in, Graph, Exchange, the snapshot.
// `message()` is the translated sentence for people; the other fields are for the service desk and logs
// (they never contain tokens or secrets).
class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)
public:
    enum class Kind
    {
        None,
        Network,        // no connection, reset, DNS, TLS handshake
        Tls,            // certificate not trusted / verification failed
        Timeout,        // no answer within the request's time limit
        Cancelled,      // the user (or a shutdown) cancelled it
        Http,           // the server answered with an error status (httpStatus, code)
        Throttled,      // still throttled (429/503/504) when the retry budget ran out
        InvalidReply,   // the server's answer could not be understood (malformed JSON, missing fields)
        Insecure,       // plain HTTP to a host that is not loopback, or a redirect to one
        SignInRequired, // no usable token: the user must sign in (again)
        SignIn,         // the identity platform refused (AADSTS code in `code`)
        Configuration,  // the profile or the command line is incomplete or wrong
        Storage,        // keychain, settings file or snapshot could not be read or written
        // A change (POST, PATCH, ... not safe to repeat) was sent but its answer was lost (connection reset
        // after sending, timeout, 502/503/504): it may or may not have been made. Never repeated blindly:
        // read the object back (OutcomeResolver) to settle it.
        UnknownOutcome,
    };

    Error() = default;
    // `detail` is the server's own text (untranslated), `where` names the request or object ("GET /users").
    Error(Kind kind, const QString &where, const QString &detail = QString());

    static Error http(int status, const QString &code, const QString &detail, const QString &requestId,
                      const QString &where);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const
    {
        return m_code;
    } // Graph error code ("Request_ResourceNotFound") or AADSTS/OAuth error
    QString detail() const { return m_detail; }       // the server's message, untranslated
    QString requestId() const { return m_requestId; } // Graph's request-id header, for support tickets
    QString where() const { return m_where; }

    Error &setCode(const QString &code)
    {
        m_code = code;
        return *this;
    }
    Error &setHttpStatus(int status)
    {
        m_httpStatus = status;
        return *this;
    }
    Error &setRequestId(const QString &id)
    {
        m_requestId = id;
        return *this;
    }
    Error &setWhere(const QString &where)
    {
        m_where = where;
        return *this;
    }
    Error &setDetail(const QString &detail)
    {
        m_detail = detail;
        return *this;
    }
    // A specific translated sentence that replaces the kind's general one in message().
    Error &setMessage(const QString &translated)
    {
        m_message = translated;
        return *this;
    }

    // The translated sentence for a person: what went wrong and what to do, e.g.
    // "Microsoft 365 refused the request because the account lacks permission (GET /users)."
    QString message() const;
    // message() plus code, HTTP status and request-id on one line, for error dialogs and the CLI.
    QString fullText() const;

private:
    QString kindMessage() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_detail;
    QString m_requestId;
    QString m_where;
    QString m_message;
};

Q_DECLARE_METATYPE(Error)
