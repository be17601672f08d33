#include "auth/tokenresponse.h"

#include <QJsonDocument>

namespace {
qint64 seconds(const QJsonValue &value)
{
    // Entra answers numbers; AAD v1 style endpoints answer strings.
    if (value.isString())
        return value.toString().toLongLong();
    return qint64(value.toDouble());
}

QJsonObject decodeBase64UrlJson(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding);
    if (!decoded)
        return QJsonObject();
    return QJsonDocument::fromJson(decoded.decoded).object();
}
} // namespace

bool TokenResponse::fromJson(const QJsonObject &json, qint64 receivedAt, TokenResponse *response,
                             Error *error)
{
    TokenResponse r;
    r.accessToken = json.value(QLatin1String("access_token")).toString();
    if (r.accessToken.isEmpty()) {
        *error = Error(Error::Kind::InvalidReply, QStringLiteral("token endpoint"),
                       QStringLiteral("The answer has no access_token."));
        return false;
    }
    r.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    r.idToken = json.value(QLatin1String("id_token")).toString();
    r.clientInfo = json.value(QLatin1String("client_info")).toString();
    r.tokenType = json.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    r.scope = json.value(QLatin1String("scope")).toString();
    r.expiresIn =
        json.contains(QLatin1String("expires_in")) ? seconds(json.value(QLatin1String("expires_in"))) : 600;
    r.extExpiresIn = json.contains(QLatin1String("ext_expires_in"))
                         ? seconds(json.value(QLatin1String("ext_expires_in")))
                         : r.expiresIn;
    r.receivedAt = receivedAt;
    *response = r;
    return true;
}

QString TokenResponse::homeAccountId() const
{
    if (!clientInfo.isEmpty()) {
        const QJsonObject info = decodeBase64UrlJson(clientInfo.toLatin1());
        const QString uid = info.value(QLatin1String("uid")).toString();
        const QString utid = info.value(QLatin1String("utid")).toString();
        if (!uid.isEmpty() && !utid.isEmpty())
            return uid + QLatin1Char('.') + utid;
    }
    return idTokenClaims().value(QLatin1String("sub")).toString();
}

QJsonObject TokenResponse::idTokenClaims() const
{
    const QList<QByteArray> parts = idToken.toLatin1().split('.');
    if (parts.size() < 2)
        return QJsonObject();
    return decodeBase64UrlJson(parts.at(1));
}
