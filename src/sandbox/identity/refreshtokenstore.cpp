#include "sandbox/identity/refreshtokenstore.h"

#include "sandbox/identity/identityform.h"

#include <QDateTime>

QString RefreshTokenStore::issue(Grant grant)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    grant.issuedAtMs = now;
    grant.lastUsedMs = now;
    grant.supersededAtMs = 0;
    grant.revoked = false;
    const QString token = QStringLiteral("1.A") + IdentityForm::randomToken(64) + QStringLiteral(".AgAB") +
                          IdentityForm::randomToken(48);
    m_tokens.insert(token, grant);
    return token;
}

RefreshTokenStore::Lookup RefreshTokenStore::lookup(const QString &token, int lifetimeSeconds,
                                                    int graceSeconds, Grant *grant) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return Lookup::Unknown;
    *grant = it.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (it->revoked)
        return Lookup::Revoked;
    if (it->supersededAtMs > 0 && now >= it->supersededAtMs + qint64(graceSeconds) * 1000)
        return Lookup::Superseded;
    if (now >= it->lastUsedMs + qint64(lifetimeSeconds) * 1000)
        return Lookup::Expired;
    return Lookup::Valid;
}

void RefreshTokenStore::supersede(const QString &token)
{
    auto it = m_tokens.find(token);
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
