#include "auth/signinerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

QString SignInError::aadstsCode(const QString &description, const QJsonObject &json)
{
    const QJsonArray codes = json.value(QLatin1String("error_codes")).toArray();
    if (!codes.isEmpty() && codes.first().toInteger() > 0)
        return QStringLiteral("AADSTS%1").arg(codes.first().toInteger());
    static const QRegularExpression pattern(QStringLiteral("AADSTS(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(description);
    return match.hasMatch() ? match.captured(0) : QString();
}

Error SignInError::fromOAuth(const QString &error, const QString &description, const QString &where,
                             const QJsonObject &json)
{
    const QString aadsts = aadstsCode(description, json);
    Error result(Error::Kind::SignIn, where, description);
    result.setCode(aadsts.isEmpty() ? error : aadsts);
    if (error == QLatin1String("access_denied"))
        result.setMessage(tr("The sign-in was refused or cancelled. Sign in again, and accept the "
                             "permissions the console asks for."));
    else if (error == QLatin1String("invalid_client"))
        result.setMessage(tr("Microsoft 365 did not accept the application's credentials. Check the client "
                             "secret or certificate of the profile."));
    else if (error == QLatin1String("invalid_grant"))
        result.setMessage(tr("The sign-in is no longer valid. Sign in again."));
    else if (error == QLatin1String("expired_token"))
        result.setMessage(tr("The sign-in code expired before it was used. Start the sign-in again."));
    else if (error == QLatin1String("authorization_declined"))
        result.setMessage(tr("The sign-in was declined on the other device."));
    return result;
}

Error SignInError::fromReply(QNetworkReply *reply, const QByteArray &body, const QString &where)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString oauthError = json.value(QLatin1String("error")).toString();
    if (!oauthError.isEmpty()) {
        Error e =
            fromOAuth(oauthError, json.value(QLatin1String("error_description")).toString(), where, json);
        e.setHttpStatus(status);
        e.setRequestId(QString::fromLatin1(reply->rawHeader("x-ms-request-id")));
        return e;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
        return Error(Error::Kind::Cancelled, where);
    case QNetworkReply::TimeoutError:
        return Error(Error::Kind::Timeout, where, reply->errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return Error(Error::Kind::Tls, where, reply->errorString());
    default:
        if (status == 0)
            return Error(Error::Kind::Network, where, reply->errorString());
        break;
    }
    if (status != 200)
        return Error::http(status, QString(), reply->errorString(),
                           QString::fromLatin1(reply->rawHeader("x-ms-request-id")), where);
    return Error();
}
