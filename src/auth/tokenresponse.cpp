#include "auth/tokenresponse.h"

#include <QJsonDocument>
#include <QUuid>

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

bool TokenResponse::checkIdToken(const QString &clientId, const QString &tenant, qint64 now,
                                 Error *error) const
{
    if (idToken.isEmpty())
        return true;
    constexpr qint64 clockSkew = 5 * 60;
    const QString where = QStringLiteral("id_token");
    const QJsonObject claims = idTokenClaims();
    const QString aud = claims.value(QLatin1String("aud")).toString();
    const QString tid = claims.value(QLatin1String("tid")).toString();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (claims.isEmpty() || aud.isEmpty() || !exp.isDouble()) {
        *error = Error(Error::Kind::SignIn, where, QStringLiteral("The id_token has no aud or exp claim."))
                     .setCode(QStringLiteral("invalid_id_token"))
                     .setMessage(tr("The sign-in answer could not be checked. Sign in again."));
        return false;
    }
    if (aud.compare(clientId, Qt::CaseInsensitive) != 0) {
        *error = Error(Error::Kind::SignIn, where, QStringLiteral("aud %1, expected %2").arg(aud, clientId))
                     .setCode(QStringLiteral("invalid_audience"))
                     .setMessage(tr("The sign-in answer was issued to another application (%1) than this "
                                    "profile's (%2).")
                                     .arg(aud, clientId));
        return false;
    }
    // A tenant named by a verified domain cannot be compared with the id here; its token endpoint only
    // answers for that tenant.
    const bool tenantIsId = !QUuid::fromString(tenant).isNull();
    if (tenantIsId && tid.compare(tenant, Qt::CaseInsensitive) != 0) {
        *error = Error(Error::Kind::SignIn, where, QStringLiteral("tid %1, expected %2").arg(tid, tenant))
                     .setCode(QStringLiteral("wrong_tenant"))
                     .setMessage(
                         tr("The account signed in belongs to another tenant (%1) than this profile's (%2).")
                             .arg(tid.isEmpty() ? tr("unknown") : tid, tenant));
        return false;
    }
    if (qint64(exp.toDouble()) + clockSkew < now) {
        *error = Error(Error::Kind::SignIn, where,
                       QStringLiteral("exp %1, now %2").arg(qint64(exp.toDouble())).arg(now))
                     .setCode(QStringLiteral("expired_id_token"))
                     .setMessage(tr("The sign-in answer has already expired. Check that this computer's "
                                    "date and time are right, and sign in again."));
        return false;
    }
    return true;
}
