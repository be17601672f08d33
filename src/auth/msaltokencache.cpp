#include "auth/msaltokencache.h"

#include "auth/msalcacheentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace {
const QString AccessTokenSection = QStringLiteral("AccessToken");
const QString RefreshTokenSection = QStringLiteral("RefreshToken");
const QString IdTokenSection = QStringLiteral("IdToken");
const QString AccountSection = QStringLiteral("Account");
const QString AppMetadataSection = QStringLiteral("AppMetadata");

QStringList sections()
{
    return {AccessTokenSection, RefreshTokenSection, IdTokenSection, AccountSection, AppMetadataSection};
}

QString field(const QJsonObject &entry, const char *name)
{
    return entry.value(QLatin1String(name)).toString(); // null (application home_account_id) -> ""
}

QString resourceOfScope(const QString &scope)
{
    const qsizetype slash = scope.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || !scope.contains(QLatin1String("://")))
        return QString();
    return scope.left(slash);
}

QString trimmedResource(const QString &resource)
{
    QString r = resource.trimmed();
    while (r.endsWith(QLatin1Char('/')))
        r.chop(1);
    return r;
}

bool targetCovers(const QString &target, const QString &resource)
{
    const QString wanted = trimmedResource(resource);
    for (const QString &scope : target.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (resourceOfScope(scope).compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

QString MsalTokenCache::environmentOf(const QUrl &authority)
{
    return authority.host().toLower();
}

QString MsalTokenCache::realmOf(const QUrl &authority)
{
    return authority.path().section(QLatin1Char('/'), 0, 0, QString::SectionSkipEmpty);
}

QString MsalTokenCache::defaultScope(const QString &resource)
{
    return trimmedResource(resource) + QStringLiteral("/.default");
}

void MsalTokenCache::put(const QString &section, const QPair<QString, QJsonObject> &keyed)
{
    QJsonObject map = m_sections.value(section).toObject();
    map.insert(keyed.first, keyed.second);
    m_sections.insert(section, map);
}

QString MsalTokenCache::add(const QUrl &authority, const QString &clientId, const QString &requestedScope,
                            const TokenResponse &response)
{
    MsalCacheEntry::Context c;
    c.environment = environmentOf(authority);
    c.realm = realmOf(authority);
    c.clientId = clientId;
    c.homeAccountId = response.homeAccountId();
    // As python MSAL: the scopes the server granted, as written (not sorted), else the ones asked for.
    c.target = (response.scope.isEmpty() ? requestedScope : response.scope)
                   .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                   .join(QLatin1Char(' '));
    c.now = response.receivedAt;
    const QStringList targetScopes = c.target.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    if (!response.accessToken.isEmpty()) {
        // One access token per account, client, realm and resource: drop older ones for the same resource.
        QJsonObject map = m_sections.value(AccessTokenSection).toObject();
        for (auto it = map.begin(); it != map.end();) {
            const QJsonObject e = it.value().toObject();
            bool sameResource = false;
            for (const QString &scope : targetScopes)
                sameResource = sameResource || targetCovers(field(e, "target"), resourceOfScope(scope));
            if (sameResource && field(e, "home_account_id") == c.homeAccountId &&
                field(e, "client_id").compare(clientId, Qt::CaseInsensitive) == 0 &&
                field(e, "realm").compare(c.realm, Qt::CaseInsensitive) == 0)
                it = map.erase(it);
            else
                ++it;
        }
        m_sections.insert(AccessTokenSection, map);
        put(AccessTokenSection, MsalCacheEntry::accessToken(c, response));
    }
    if (!response.clientInfo.isEmpty() && !c.homeAccountId.isEmpty())
        put(AccountSection, MsalCacheEntry::account(c, response.idTokenClaims()));
    if (!response.idToken.isEmpty())
        put(IdTokenSection, MsalCacheEntry::idToken(c, response));
    if (!response.refreshToken.isEmpty()) {
        // Refresh tokens rotate: the new one replaces every earlier one of the account and client.
        QJsonObject map = m_sections.value(RefreshTokenSection).toObject();
        for (auto it = map.begin(); it != map.end();) {
            const QJsonObject e = it.value().toObject();
            if (field(e, "home_account_id") == c.homeAccountId &&
                field(e, "client_id").compare(clientId, Qt::CaseInsensitive) == 0 &&
                field(e, "environment") == c.environment)
                it = map.erase(it);
            else
                ++it;
        }
        m_sections.insert(RefreshTokenSection, map);
        put(RefreshTokenSection, MsalCacheEntry::refreshToken(c, response));
    }
    put(AppMetadataSection, MsalCacheEntry::appMetadata(c));
    return c.homeAccountId;
}

QString MsalTokenCache::accessToken(const QString &clientId, const QString &realm,
                                    const QString &homeAccountId, const QString &resource, qint64 now,
                                    int marginSeconds) const
{
    const QJsonObject map = m_sections.value(AccessTokenSection).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        if (field(e, "home_account_id") != homeAccountId ||
            field(e, "client_id").compare(clientId, Qt::CaseInsensitive) != 0 ||
            field(e, "realm").compare(realm, Qt::CaseInsensitive) != 0 ||
            !targetCovers(field(e, "target"), resource))
            continue;
        if (field(e, "expires_on").toLongLong() - marginSeconds > now && !field(e, "secret").isEmpty())
            return field(e, "secret");
    }
    return QString();
}

void MsalTokenCache::removeAccessTokens(const QString &clientId, const QString &homeAccountId,
                                        const QString &resource)
{
    QJsonObject map = m_sections.value(AccessTokenSection).toObject();
    for (auto it = map.begin(); it != map.end();) {
        const QJsonObject e = it.value().toObject();
        if (field(e, "home_account_id") == homeAccountId &&
            field(e, "client_id").compare(clientId, Qt::CaseInsensitive) == 0 &&
            targetCovers(field(e, "target"), resource))
            it = map.erase(it);
        else
            ++it;
    }
    m_sections.insert(AccessTokenSection, map);
}

QString MsalTokenCache::refreshToken(const QString &clientId, const QString &homeAccountId) const
{
    const QJsonObject map = m_sections.value(RefreshTokenSection).toObject();
    QString best;
    qint64 newest = -1;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        if (field(e, "home_account_id") != homeAccountId ||
            field(e, "client_id").compare(clientId, Qt::CaseInsensitive) != 0 || field(e, "secret").isEmpty())
            continue;
        const qint64 modified = field(e, "last_modification_time").toLongLong();
        if (modified > newest) {
            newest = modified;
            best = field(e, "secret");
        }
    }
    return best;
}

QList<MsalTokenCache::Account> MsalTokenCache::accounts() const
{
    QList<Account> result;
    const QJsonObject map = m_sections.value(AccountSection).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        result.append(Account{field(e, "home_account_id"), field(e, "environment"), field(e, "realm"),
                              field(e, "local_account_id"), field(e, "username")});
    }
    return result;
}

bool MsalTokenCache::isEmpty() const
{
    for (const QString &name : sections()) {
        if (!m_sections.value(name).toObject().isEmpty())
            return false;
    }
    return true;
}

void MsalTokenCache::clear()
{
    m_sections = QJsonObject();
}

QByteArray MsalTokenCache::serialize() const
{
    QJsonObject out = m_sections;
    for (const QString &name : sections())
        out.insert(name, m_sections.value(name).toObject());
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

bool MsalTokenCache::deserialize(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    QJsonObject loaded;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject()) {
            *error = QStringLiteral("section %1 is not an object").arg(it.key());
            return false;
        }
        loaded.insert(it.key(), it.value()); // unknown sections are kept, as MSAL does
    }
    m_sections = loaded;
    return true;
}
