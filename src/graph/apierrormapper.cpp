#include "graph/apierrormapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

void ApiErrorMapper::parseErrorBody(const QByteArray &body, QString *code, QString *message)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    QString c = error.value(QLatin1String("code")).toString();
    QString m = error.value(QLatin1String("message")).toString();
    // Exchange admin REST: the cmdlet's own exception is more useful than "Error executing cmdlet".
    QJsonObject inner = error.value(QLatin1String("innererror")).toObject();
    if (inner.isEmpty())
        inner = error.value(QLatin1String("innerError")).toObject();
    QJsonObject exception = inner.value(QLatin1String("internalexception")).toObject();
    if (exception.isEmpty())
        exception = inner.value(QLatin1String("internalException")).toObject();
    const QString exceptionMessage = exception.value(QLatin1String("message")).toString();
    const QString exceptionType = exception.value(QLatin1String("type")).toString();
    if (!exceptionMessage.isEmpty())
        m = exceptionMessage;
    if (!exceptionType.isEmpty())
        c = exceptionType.section(QLatin1Char('.'), -1);
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
