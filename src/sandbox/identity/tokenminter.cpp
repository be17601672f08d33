#include "sandbox/identity/tokenminter.h"

#include "sandbox/identity/identityform.h"
#include "sandbox/identity/tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
const QString DefaultUserRole = QStringLiteral("b79fbf4d-3ef9-4689-8143-76b194e85509");
}

TokenMinter::TokenMinter(const Tenant &tenant, const TokenIssuer &tokens, const IdentitySettings &settings)
    : m_tenant(tenant), m_tokens(tokens), m_settings(settings)
{}

QString TokenMinter::issuer(const QString &baseUrl) const
{
    return QStringLiteral("%1/%2/v2.0").arg(baseUrl, m_tenant.tenantId);
}

QString TokenMinter::servicePrincipalId(const QString &tenantId, const QString &clientId)
{
    return Tenant::servicePrincipalId(tenantId, clientId);
}

QString TokenMinter::pairwiseSubject(const QString &userId, const QString &clientId)
{
    const QByteArray digest = QCryptographicHash::hash(
        (userId.toLower() + QLatin1Char(':') + clientId.toLower()).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(TokenIssuer::base64Url(digest));
}

QString TokenMinter::clientInfo(const QString &userId, const QString &tenantId)
{
    const QJsonObject info{{QStringLiteral("uid"), userId}, {QStringLiteral("utid"), tenantId}};
    return QString::fromLatin1(TokenIssuer::base64Url(QJsonDocument(info).toJson(QJsonDocument::Compact)));
}

QJsonObject TokenMinter::commonClaims(const QString &baseUrl, const QString &audience, qint64 lifetime) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), issuer(baseUrl)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + lifetime},
        {QStringLiteral("aio"), IdentityForm::randomToken(60)},
        {QStringLiteral("rh"), QStringLiteral("0.A") + IdentityForm::randomToken(40) + QStringLiteral(".")},
        {QStringLiteral("tid"), m_tenant.tenantId},
        {QStringLiteral("uti"), IdentityForm::randomToken(16)},
        {QStringLiteral("ver"), QStringLiteral("2.0")},
    };
}

QJsonObject TokenMinter::userResponse(const QString &baseUrl, const UserGrant &grant) const
{
    const qint64 lifetime = m_settings.accessTokenLifetimeSeconds;
    const std::optional<QJsonObject> user = m_tenant.users.find(grant.userId);
    const Tenant::Account *account = nullptr;
    for (const Tenant::Account &a : m_tenant.accounts) {
        if (a.userId == grant.userId)
            account = &a;
    }
    const QString upn = user ? user->value(QLatin1String("userPrincipalName")).toString()
                             : (account ? account->username : QString());
    const QString name = user ? user->value(QLatin1String("displayName")).toString() : upn;
    const QString clientId = grant.app->clientId;
    const QString acr = QString::number(int(grant.auth));

    QJsonObject access = commonClaims(baseUrl, grant.scopes.resource(), lifetime);
    QJsonArray wids;
    for (const QString &role : m_tenant.rolesOf(grant.userId))
        wids.append(role);
    wids.append(DefaultUserRole);
    const QJsonObject userClaims{
        {QStringLiteral("azp"), clientId},
        {QStringLiteral("appid"), clientId},
        {QStringLiteral("azpacr"), acr},
        {QStringLiteral("appidacr"), acr},
        {QStringLiteral("app_displayname"), grant.app->displayName},
        {QStringLiteral("idtyp"), QStringLiteral("user")},
        {QStringLiteral("name"), name},
        {QStringLiteral("oid"), grant.userId},
        {QStringLiteral("preferred_username"), upn},
        {QStringLiteral("upn"), upn},
        {QStringLiteral("scp"), grant.scopes.delegatedGrant().join(QLatin1Char(' '))},
        {QStringLiteral("sub"), pairwiseSubject(grant.userId, clientId)},
        {QStringLiteral("auth_time"), grant.authTime},
        {QStringLiteral("amr"), QJsonArray{QStringLiteral("pwd")}},
        {QStringLiteral("wids"), wids},
    };
    for (auto it = userClaims.begin(); it != userClaims.end(); ++it)
        access.insert(it.key(), it.value());

    QJsonObject response{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), grant.scopes.responseScope()},
        {QStringLiteral("expires_in"), lifetime},
        {QStringLiteral("ext_expires_in"), lifetime},
        {QStringLiteral("access_token"), QString::fromLatin1(m_tokens.sign(access))},
    };
    if (!grant.refreshToken.isEmpty())
        response.insert(QStringLiteral("refresh_token"), grant.refreshToken);
    if (grant.scopes.openid()) {
        QJsonObject id = commonClaims(baseUrl, clientId, lifetime);
        id.insert(QStringLiteral("oid"), grant.userId);
        id.insert(QStringLiteral("sub"), pairwiseSubject(grant.userId, clientId));
        id.insert(QStringLiteral("auth_time"), grant.authTime);
        if (!grant.nonce.isEmpty())
            id.insert(QStringLiteral("nonce"), grant.nonce);
        if (grant.scopes.profile()) {
            id.insert(QStringLiteral("name"), name);
            id.insert(QStringLiteral("preferred_username"), upn);
        }
        if (grant.scopes.email() && user && !user->value(QLatin1String("mail")).toString().isEmpty())
            id.insert(QStringLiteral("email"), user->value(QLatin1String("mail")));
        response.insert(QStringLiteral("id_token"), QString::fromLatin1(m_tokens.sign(id)));
    }
    if (grant.clientInfo)
        response.insert(QStringLiteral("client_info"), clientInfo(grant.userId, m_tenant.tenantId));
    return response;
}

QJsonObject TokenMinter::appResponse(const QString &baseUrl, const Tenant::App &app, const QString &resource,
                                     ClientAuth auth) const
{
    const qint64 lifetime = m_settings.accessTokenLifetimeSeconds;
    const QString servicePrincipal = servicePrincipalId(m_tenant.tenantId, app.clientId);
    const QString acr = QString::number(int(auth));
    QJsonObject access = commonClaims(baseUrl, resource, lifetime);
    access.insert(QStringLiteral("azp"), app.clientId);
    access.insert(QStringLiteral("appid"), app.clientId);
    access.insert(QStringLiteral("azpacr"), acr);
    access.insert(QStringLiteral("appidacr"), acr);
    access.insert(QStringLiteral("app_displayname"), app.displayName);
    access.insert(QStringLiteral("idtyp"), QStringLiteral("app"));
    access.insert(QStringLiteral("oid"), servicePrincipal);
    access.insert(QStringLiteral("sub"), servicePrincipal);
    const QStringList roles = ScopeRequest::appRolesFor(app.appRoles, resource);
    if (!roles.isEmpty()) // Entra leaves the claim out when the app holds no role on the resource
        access.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    return QJsonObject{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), lifetime},
        {QStringLiteral("ext_expires_in"), lifetime},
        {QStringLiteral("access_token"), QString::fromLatin1(m_tokens.sign(access))},
    };
}
