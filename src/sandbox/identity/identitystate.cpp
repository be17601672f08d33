#include "sandbox/identity/identitystate.h"

#include "sandbox/directory/tenant.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

IdentityState::IdentityState(Tenant &tenant_, const TokenIssuer &tokens_)
    : tenant(tenant_), tokens(tokens_), clients(tenant_), minter(tenant_, tokens_, settings)
{}

bool IdentityState::checkPassword(const QString &username, const QString &password, QString *userId,
                                  IdentityError *error) const
{
    const Tenant::Account *account = tenant.findAccount(username.trimmed());
    if (!account) {
        *error = IdentityError::userNotFound(tenant.displayName.isEmpty() ? tenant.initialDomain
                                                                          : tenant.displayName);
        return false;
    }
    if (account->password != password) {
        *error = IdentityError::invalidCredentials();
        return false;
    }
    *userId = account->userId;
    return checkUserActive(account->userId, error);
}

bool IdentityState::checkUserActive(const QString &userId, IdentityError *error) const
{
    const std::optional<QJsonObject> user = tenant.users.find(userId);
    if (!user) {
        // An account whose directory object is gone (deleted) cannot sign in; one that never had an
        // object (a hand-made test account) can.
        if (tenant.users.findDeleted(userId)) {
            *error = IdentityError::userNotFound(tenant.displayName);
            return false;
        }
        return true;
    }
    if (!user->value(QLatin1String("accountEnabled")).toBool(true)) {
        *error = IdentityError::userDisabled();
        return false;
    }
    return true;
}

qint64 IdentityState::sessionsValidFrom(const QString &userId) const
{
    const std::optional<QJsonObject> user = tenant.users.find(userId);
    if (!user)
        return 0;
    const QString value = user->value(QLatin1String("signInSessionsValidFromDateTime")).toString();
    if (value.isEmpty())
        return 0;
    return QDateTime::fromString(value, Qt::ISODate).toSecsSinceEpoch();
}

bool IdentityState::isTenantSegment(const QString &segment) const
{
    if (segment.isEmpty())
        return false;
    if (segment == QLatin1String("common") || segment == QLatin1String("organizations"))
        return true;
    if (segment.compare(tenant.tenantId, Qt::CaseInsensitive) == 0 ||
        segment.compare(tenant.initialDomain, Qt::CaseInsensitive) == 0)
        return true;
    for (const QJsonValue &domain : tenant.organization.value(QLatin1String("verifiedDomains")).toArray()) {
        if (segment.compare(domain.toObject().value(QLatin1String("name")).toString(), Qt::CaseInsensitive) ==
            0)
            return true;
    }
    return false;
}

QStringList IdentityState::assertionAudiences(const QString &baseUrl, const QString &tenantSegment) const
{
    QStringList audiences{QStringLiteral("%1/%2/oauth2/v2.0/token").arg(baseUrl, tenant.tenantId)};
    if (tenantSegment.compare(tenant.tenantId, Qt::CaseInsensitive) != 0)
        audiences.append(QStringLiteral("%1/%2/oauth2/v2.0/token").arg(baseUrl, tenantSegment));
    audiences.append(QStringLiteral("%1/%2/oauth2/token").arg(baseUrl, tenant.tenantId)); // the v1 endpoint
    audiences.append(QStringLiteral("%1/%2/v2.0").arg(baseUrl, tenant.tenantId));         // the issuer
    return audiences;
}

QJsonObject IdentityState::toJson() const
{
    QStringList digests = sessions.keys();
    std::sort(digests.begin(), digests.end());
    QJsonArray savedSessions;
    for (const QString &digest : std::as_const(digests)) {
        const Session &session = *sessions.constFind(digest);
        savedSessions.append(QJsonObject{{QStringLiteral("digest"), digest},
                                         {QStringLiteral("userId"), session.userId},
                                         {QStringLiteral("authTime"), QString::number(session.authTime)}});
    }
    return QJsonObject{
        {QStringLiteral("refreshTokens"),
         refreshTokens.toJson(settings.refreshTokenLifetimeSeconds, settings.refreshTokenGraceSeconds)},
        {QStringLiteral("sessions"), savedSessions}};
}

bool IdentityState::fromJson(const QJsonObject &json, QString *error)
{
    QHash<QString, Session> savedSessions;
    for (const QJsonValue &value : json.value(QLatin1String("sessions")).toArray()) {
        const QJsonObject o = value.toObject();
        bool ok = false;
        const Session session{o.value(QLatin1String("userId")).toString(),
                              o.value(QLatin1String("authTime")).toString().toLongLong(&ok)};
        const QString digest = o.value(QLatin1String("digest")).toString();
        if (!ok || digest.isEmpty() || session.userId.isEmpty()) {
            *error = QStringLiteral("a sign-in session is incomplete");
            return false;
        }
        savedSessions.insert(digest, session);
    }
    RefreshTokenStore savedTokens;
    if (!savedTokens.fromJson(json.value(QLatin1String("refreshTokens")).toArray(), error))
        return false;
    refreshTokens = std::move(savedTokens);
    sessions = std::move(savedSessions);
    return true;
}
