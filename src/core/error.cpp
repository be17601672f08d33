#include "core/error.h"

Error::Error(Kind kind, const QString &where, const QString &detail)
    : m_kind(kind), m_detail(detail), m_where(where)
{}

Error Error::http(int status, const QString &code, const QString &detail, const QString &requestId,
                  const QString &where)
{
    Error error(Kind::Http, where, detail);
    error.m_httpStatus = status;
    error.m_code = code;
    error.m_requestId = requestId;
    return error;
}

namespace {
QString httpMessage(const Error &e)
{
    const QString code = e.code();
    if (code == QLatin1String("Request_ResourceNotFound") || code == QLatin1String("ResourceNotFound") ||
        code == QLatin1String("ErrorItemNotFound") || e.httpStatus() == 404)
        return Error::tr("The object was not found in the tenant. It may have been deleted or renamed.");
    if (code == QLatin1String("Authorization_RequestDenied") || code == QLatin1String("ErrorAccessDenied") ||
        code == QLatin1String("AccessDenied") || e.httpStatus() == 403)
        return Error::tr(
            "Microsoft 365 refused the request: the signed-in account lacks the permission or the "
            "admin role it needs.");
    if (e.httpStatus() == 401)
        return Error::tr("Microsoft 365 did not accept the sign-in. Sign in again.");
    if (e.httpStatus() == 409 || code == QLatin1String("Request_MultipleObjectsWithSameKeyValue"))
        return Error::tr("The change conflicts with an object that already exists in the tenant.");
    if (e.httpStatus() == 400 || e.httpStatus() == 422)
        return Error::tr("Microsoft 365 rejected the request as invalid.");
    if (e.httpStatus() == 410)
        return Error::tr("The saved change-tracking link has expired; a full read is needed.");
    if (e.httpStatus() >= 500)
        return Error::tr("Microsoft 365 had an internal error. Try again later.");
    return Error::tr("Microsoft 365 answered with an error (HTTP %1).").arg(e.httpStatus());
}

QString signInMessage(const Error &e)
{
    const QString code = e.code();
    if (code == QLatin1String("access_denied") || code.contains(QLatin1String("AADSTS65001")) ||
        code.contains(QLatin1String("AADSTS65004")))
        return Error::tr(
            "Sign-in was refused: an administrator has not consented to Tenantdesk in this tenant, "
            "or the user declined.");
    if (code.contains(QLatin1String("AADSTS90002")) || code.contains(QLatin1String("AADSTS900023")) ||
        code.contains(QLatin1String("AADSTS90072")))
        return Error::tr("Sign-in failed: the tenant in the profile does not exist or the account belongs to "
                         "another tenant.");
    if (code.contains(QLatin1String("AADSTS700016")) || code == QLatin1String("unauthorized_client"))
        return Error::tr(
            "Sign-in failed: the application (client) id in the profile is not registered in this "
            "tenant.");
    if (code.contains(QLatin1String("AADSTS7000215")) || code.contains(QLatin1String("AADSTS700027")) ||
        code == QLatin1String("invalid_client"))
        return Error::tr("Sign-in failed: the client secret or certificate was not accepted.");
    if (code == QLatin1String("expired_token"))
        return Error::tr("The sign-in code expired before it was used. Start the sign-in again.");
    if (code == QLatin1String("invalid_grant"))
        return Error::tr("The saved sign-in is no longer valid. Sign in again.");
    return Error::tr("Sign-in failed.");
}
} // namespace

QString Error::message() const
{
    if (m_kind == Kind::None)
        return QString();
    QString text = m_message.isEmpty() ? kindMessage() : m_message;
    if (!m_where.isEmpty())
        text = tr("%1 (%2)", "message (where)").arg(text, m_where);
    return text;
}

QString Error::kindMessage() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        text = tr("Could not reach the server. Check the network connection.");
        break;
    case Kind::Tls:
        text = tr("The server's certificate is not trusted, so the connection was refused.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    case Kind::Http:
        text = httpMessage(*this);
        break;
    case Kind::Throttled:
        text =
            tr("Microsoft 365 is throttling requests and kept doing so after several retries. Try again in "
               "a few minutes.");
        break;
    case Kind::InvalidReply:
        text = tr("The server sent an answer Tenantdesk could not understand.");
        break;
    case Kind::Insecure:
        text = tr("Refused to send data over an unencrypted connection (only loopback may use plain HTTP).");
        break;
    case Kind::SignInRequired:
        text = tr("You are not signed in to this tenant, or the sign-in has expired. Sign in again.");
        break;
    case Kind::SignIn:
        text = signInMessage(*this);
        break;
    case Kind::Configuration:
        text = tr("The settings are incomplete or wrong.");
        break;
    case Kind::Storage:
        text = tr("Could not read or write local data.");
        break;
    case Kind::UnknownOutcome:
        text =
            tr("The change was sent, but its answer was lost, so it is not known whether Microsoft 365 made "
               "it. Check the object before trying again.");
        break;
    }
    return text;
}

QString Error::fullText() const
{
    if (!isError())
        return QString();
    QString text = message();
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + tr("Server said: %1").arg(m_detail);
    if (!m_code.isEmpty())
        text += QLatin1Char(' ') + tr("Code: %1.").arg(m_code);
    if (m_httpStatus > 0)
        text += QLatin1Char(' ') + tr("HTTP status: %1.").arg(m_httpStatus);
    if (!m_requestId.isEmpty())
        text += QLatin1Char(' ') + tr("Request id: %1.").arg(m_requestId);
    return text;
}
