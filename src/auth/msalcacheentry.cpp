#include "auth/msalcacheentry.h"

#include <QJsonValue>
#include <QStringList>

namespace {
// MSAL joins the key fields with "-" (None as "") and lowercases the key.
QString key(const QStringList &parts)
{
    return parts.join(QLatin1Char('-')).toLower();
}

QJsonValue homeAccountValue(const QString &homeAccountId)
{
    // python MSAL writes null for application tokens, which have no account.
    return homeAccountId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(homeAccountId);
}
} // namespace

MsalCacheEntry::Keyed MsalCacheEntry::accessToken(const Context &c, const TokenResponse &response)
{
    const QJsonObject entry{
        {QStringLiteral("credential_type"), QStringLiteral("AccessToken")},
        {QStringLiteral("secret"), response.accessToken},
        {QStringLiteral("home_account_id"), homeAccountValue(c.homeAccountId)},
        {QStringLiteral("environment"), c.environment},
        {QStringLiteral("client_id"), c.clientId},
        {QStringLiteral("target"), c.target},
        {QStringLiteral("realm"), c.realm},
        {QStringLiteral("token_type"),
         response.tokenType.isEmpty() ? QStringLiteral("Bearer") : response.tokenType},
        {QStringLiteral("cached_at"), QString::number(c.now)},
        {QStringLiteral("expires_on"), QString::number(c.now + response.expiresIn)},
        {QStringLiteral("extended_expires_on"), QString::number(c.now + response.extExpiresIn)},
    };
    return {
        key({c.homeAccountId, c.environment, QStringLiteral("accesstoken"), c.clientId, c.realm, c.target}),
        entry};
}

MsalCacheEntry::Keyed MsalCacheEntry::refreshToken(const Context &c, const TokenResponse &response)
{
    const QJsonObject entry{
        {QStringLiteral("credential_type"), QStringLiteral("RefreshToken")},
        {QStringLiteral("secret"), response.refreshToken},
        {QStringLiteral("home_account_id"), homeAccountValue(c.homeAccountId)},
        {QStringLiteral("environment"), c.environment},
        {QStringLiteral("client_id"), c.clientId},
        {QStringLiteral("target"), c.target},
        {QStringLiteral("last_modification_time"), QString::number(c.now)},
    };
    return {key({c.homeAccountId, c.environment, QStringLiteral("refreshtoken"), c.clientId, QString(),
                 c.target}),
            entry};
}

MsalCacheEntry::Keyed MsalCacheEntry::idToken(const Context &c, const TokenResponse &response)
{
    const QJsonObject entry{
        {QStringLiteral("credential_type"), QStringLiteral("IdToken")},
        {QStringLiteral("secret"), response.idToken},
        {QStringLiteral("home_account_id"), homeAccountValue(c.homeAccountId)},
        {QStringLiteral("environment"), c.environment},
        {QStringLiteral("realm"), c.realm},
        {QStringLiteral("client_id"), c.clientId},
    };
    return {key({c.homeAccountId, c.environment, QStringLiteral("idtoken"), c.clientId, c.realm, QString()}),
            entry};
}

MsalCacheEntry::Keyed MsalCacheEntry::account(const Context &c, const QJsonObject &claims)
{
    QString username = claims.value(QLatin1String("preferred_username")).toString();
    if (username.isEmpty())
        username = claims.value(QLatin1String("upn")).toString();
    const QJsonObject entry{
        {QStringLiteral("home_account_id"), c.homeAccountId},
        {QStringLiteral("environment"), c.environment},
        {QStringLiteral("realm"), c.realm},
        {QStringLiteral("local_account_id"),
         claims.value(QLatin1String("oid")).toString(claims.value(QLatin1String("sub")).toString())},
        {QStringLiteral("username"), username},
        {QStringLiteral("authority_type"),
         c.realm == QLatin1String("adfs") ? QStringLiteral("ADFS") : QStringLiteral("MSSTS")},
    };
    return {key({c.homeAccountId, c.environment, c.realm}), entry};
}

MsalCacheEntry::Keyed MsalCacheEntry::appMetadata(const Context &c)
{
    // AppMetadata's key is not lowercased by MSAL.
    return {QStringLiteral("appmetadata-%1-%2").arg(c.environment, c.clientId),
            QJsonObject{{QStringLiteral("client_id"), c.clientId},
                        {QStringLiteral("environment"), c.environment}}};
}
