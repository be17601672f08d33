#include "graph/apierrormapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// An Exchange cmdlet's exception as the error body carries it; empty parts when this shape is absent.
struct CmdletException
{
    QString type;
    QString text;
    bool found() const { return !type.isEmpty() || !text.isEmpty(); }
};

QJsonObject member(const QJsonObject &object, const char *camel, const char *lower)
{
    const QJsonObject value = object.value(QLatin1String(camel)).toObject();
    return value.isEmpty() ? object.value(QLatin1String(lower)).toObject() : value;
}

// error.details[].message: "Ex6F9304|Microsoft.Exchange...ManagementObjectNotFoundException|text", or a
// JSON object as a string: {"Message":"text","TypeName":"Microsoft.Exchange....Exception"}.
CmdletException fromDetails(const QJsonArray &details)
{
    for (const QJsonValue &detail : details) {
        const QString message = detail.toObject().value(QLatin1String("message")).toString().trimmed();
        if (message.startsWith(QLatin1Char('{'))) {
            const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
            CmdletException e{o.value(QLatin1String("TypeName")).toString(),
                              o.value(QLatin1String("Message")).toString()};
            if (e.type.isEmpty())
                e.type = o.value(QLatin1String("typeName")).toString();
            if (e.text.isEmpty())
                e.text = o.value(QLatin1String("message")).toString();
            if (e.found())
                return e;
            continue;
        }
        const QStringList parts = message.split(QLatin1Char('|'));
        if (parts.size() >= 3)
            return {parts.at(1).trimmed(), parts.mid(2).join(QLatin1Char('|')).trimmed()};
    }
    return {};
}
} // namespace

void ApiErrorMapper::parseErrorBody(const QByteArray &body, QString *code, QString *message)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    QString c, m;
    if (parseError.error != QJsonParseError::NoError && !body.trimmed().isEmpty() &&
        !body.trimmed().startsWith('<')) {
        // A plain-text refusal ("You have reached the maximum number of concurrent requests..."): its text.
        m = QString::fromUtf8(body.left(1000)).simplified();
    }
    const QJsonObject error = document.object().value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        c = error.value(QLatin1String("code")).toString();
        m = error.value(QLatin1String("message")).toString();
    }
    // Exchange admin REST: the cmdlet's own exception is more useful than "Error executing cmdlet". It
    // comes in one of three shapes: innererror.internalexception, error.details[].message (pipe or JSON
    // form), or only innererror's own type and message.
    const QJsonObject inner = member(error, "innerError", "innererror");
    const QJsonObject internal = member(inner, "internalException", "internalexception");
    CmdletException exception{internal.value(QLatin1String("type")).toString(),
                              internal.value(QLatin1String("message")).toString()};
    if (!exception.found())
        exception = fromDetails(error.value(QLatin1String("details")).toArray());
    if (!exception.found() &&
        inner.value(QLatin1String("type")).toString().endsWith(QLatin1String("Exception")))
        exception = {inner.value(QLatin1String("type")).toString(),
                     inner.value(QLatin1String("message")).toString()};
    if (!exception.text.isEmpty())
        m = exception.text;
    if (!exception.type.isEmpty())
        c = exception.type.section(QLatin1Char('.'), -1);
    if (code)
        *code = c;
    if (message)
        *message = m;
}

QString ApiErrorMapper::scrub(const QString &text)
{
    static const QRegularExpression query(QStringLiteral("(://[^\\s?#]*)[?#][^\\s]*"));
    QString out = text;
    out.replace(query, QStringLiteral("\\1"));
    return out;
}

Error ApiErrorMapper::fromHttp(int status, const QByteArray &body, const QString &requestId,
                               const QString &where, bool retriesExhausted)
{
    QString code, message;
    parseErrorBody(body, &code, &message);
    Error error = Error::http(status, code, message, requestId, where);
    if (status == 401)
        return Error(Error::Kind::SignInRequired, where, message)
            .setHttpStatus(status)
            .setCode(code)
            .setRequestId(requestId);
    if (status == 429 || (retriesExhausted && (status == 503 || status == 504)))
        return Error(Error::Kind::Throttled, where, message)
            .setHttpStatus(status)
            .setCode(code)
            .setRequestId(requestId);
    return error;
}

Error ApiErrorMapper::fromNetwork(QNetworkReply::NetworkError error, const QString &errorText,
                                  bool cancelledByUs, bool insecure, const QString &where)
{
    const QString detail = scrub(errorText);
    if (insecure || error == QNetworkReply::InsecureRedirectError)
        return Error(Error::Kind::Insecure, where, detail);
    switch (error) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports its own transfer timeout as a cancellation.
        return Error(cancelledByUs ? Error::Kind::Cancelled : Error::Kind::Timeout, where,
                     cancelledByUs ? QString() : detail);
    case QNetworkReply::TimeoutError:
        return Error(Error::Kind::Timeout, where, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return Error(Error::Kind::Tls, where, detail);
    default:
        return Error(Error::Kind::Network, where, detail);
    }
}

Error ApiErrorMapper::invalidReply(const QString &where, const QString &detail, const QString &requestId)
{
    return Error(Error::Kind::InvalidReply, where, detail).setRequestId(requestId);
}

Error ApiErrorMapper::unknownOutcome(const Error &cause)
{
    return Error(Error::Kind::UnknownOutcome, cause.where(), cause.detail())
        .setHttpStatus(cause.httpStatus())
        .setCode(cause.code())
        .setRequestId(cause.requestId());
}
