#include "sandbox/identity/authorizationcodestore.h"

#include "sandbox/identity/identityform.h"

#include <QDateTime>

QString AuthorizationCodeStore::issue(Grant grant, int lifetimeSeconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    prune(now);
    grant.expiresAtMs = now + qint64(lifetimeSeconds) * 1000;
    grant.redeemed = false;
    const QString code = QStringLiteral("1.A") + IdentityForm::randomToken(96);
    m_codes.insert(code, grant);
    return code;
}

AuthorizationCodeStore::Lookup AuthorizationCodeStore::redeem(const QString &code, Grant *grant)
{
    auto it = m_codes.find(code);
    if (it == m_codes.end())
        return Lookup::Unknown;
    *grant = it.value();
    if (it->redeemed)
        return Lookup::Redeemed;
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs)
        return Lookup::Expired;
    it->redeemed = true;
    return Lookup::Valid;
}

void AuthorizationCodeStore::prune(qint64 nowMs)
{
    // Redeemed and expired codes are kept an hour, so reuse still answers "already redeemed".
    const qint64 keep = 3600 * 1000;
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        if (it->expiresAtMs + keep < nowMs)
            it = m_codes.erase(it);
        else
            ++it;
    }
}
