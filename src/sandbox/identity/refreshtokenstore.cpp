#include "sandbox/identity/refreshtokenstore.h"

#include "sandbox/identity/identityform.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

QString RefreshTokenStore::issue(Grant grant)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    grant.issuedAtMs = now;
    grant.lastUsedMs = now;
    grant.supersededAtMs = 0;
    grant.revoked = false;
    const QString token = QStringLiteral("1.A") + IdentityForm::randomToken(64) + QStringLiteral(".AgAB") +
                          IdentityForm::randomToken(48);
    m_tokens.insert(IdentityForm::digest(token), grant);
    return token;
}

RefreshTokenStore::Lookup RefreshTokenStore::lookup(const QString &token, int lifetimeSeconds,
                                                    int graceSeconds, Grant *grant) const
{
    const auto it = m_tokens.constFind(IdentityForm::digest(token));
    if (it == m_tokens.constEnd())
        return Lookup::Unknown;
    *grant = it.value();
    return classify(*it, lifetimeSeconds, graceSeconds, QDateTime::currentMSecsSinceEpoch());
}

RefreshTokenStore::Lookup RefreshTokenStore::classify(const Grant &grant, int lifetimeSeconds,
                                                      int graceSeconds, qint64 nowMs)
{
    if (grant.revoked)
        return Lookup::Revoked;
    if (grant.supersededAtMs > 0 && nowMs >= grant.supersededAtMs + qint64(graceSeconds) * 1000)
        return Lookup::Superseded;
    if (nowMs >= grant.lastUsedMs + qint64(lifetimeSeconds) * 1000)
        return Lookup::Expired;
    return Lookup::Valid;
}

void RefreshTokenStore::supersede(const QString &token)
{
    auto it = m_tokens.find(IdentityForm::digest(token));
    if (it == m_tokens.end())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    it->lastUsedMs = now;
    if (it->supersededAtMs == 0)
        it->supersededAtMs = now;
}

int RefreshTokenStore::revokeUser(const QString &userId)
{
    int revoked = 0;
    for (Grant &grant : m_tokens) {
        if (grant.userId == userId && !grant.revoked) {
            grant.revoked = true;
            ++revoked;
        }
    }
    return revoked;
}

int RefreshTokenStore::liveCount(const QString &userId) const
{
    int live = 0;
    for (const Grant &grant : m_tokens) {
        if (grant.userId == userId && !grant.revoked && grant.supersededAtMs == 0)
            ++live;
    }
    return live;
}

QJsonArray RefreshTokenStore::toJson(int lifetimeSeconds, int graceSeconds) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList digests = m_tokens.keys();
    std::sort(digests.begin(), digests.end()); // the same grants give the same JSON
    QJsonArray out;
    for (const QString &digest : std::as_const(digests)) {
        const Grant &grant = *m_tokens.constFind(digest);
        if (classify(grant, lifetimeSeconds, graceSeconds, now) != Lookup::Valid)
            continue;
        out.append(QJsonObject{{QStringLiteral("digest"), digest},
                               {QStringLiteral("userId"), grant.userId},
                               {QStringLiteral("clientId"), grant.clientId},
                               {QStringLiteral("scope"), grant.scope},
                               {QStringLiteral("authTime"), QString::number(grant.authTime)},
                               {QStringLiteral("issuedAtMs"), QString::number(grant.issuedAtMs)},
                               {QStringLiteral("lastUsedMs"), QString::number(grant.lastUsedMs)},
                               {QStringLiteral("supersededAtMs"), QString::number(grant.supersededAtMs)}});
    }
    return out;
}

bool RefreshTokenStore::fromJson(const QJsonArray &grants, QString *error)
{
    QHash<QString, Grant> tokens;
    for (const QJsonValue &value : grants) {
        const QJsonObject o = value.toObject();
        const auto number = [&o](const char *key, bool *ok) {
            return o.value(QLatin1String(key)).toString().toLongLong(ok);
        };
        Grant grant;
        bool ok[4] = {};
        grant.userId = o.value(QLatin1String("userId")).toString();
        grant.clientId = o.value(QLatin1String("clientId")).toString();
        grant.scope = o.value(QLatin1String("scope")).toString();
        grant.authTime = number("authTime", &ok[0]);
        grant.issuedAtMs = number("issuedAtMs", &ok[1]);
        grant.lastUsedMs = number("lastUsedMs", &ok[2]);
        grant.supersededAtMs = number("supersededAtMs", &ok[3]);
        const QString digest = o.value(QLatin1String("digest")).toString();
        if (digest.isEmpty() || grant.clientId.isEmpty() || !(ok[0] && ok[1] && ok[2] && ok[3])) {
            *error = QStringLiteral("a refresh token grant is incomplete");
            return false;
        }
        tokens.insert(digest, grant);
    }
    m_tokens = std::move(tokens);
    return true;
}
