#pragma once

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identitysettings.h"
#include "sandbox/identity/scoperequest.h"

#include <QJsonObject>
#include <QString>

class TokenIssuer;

// Builds the token endpoint's success responses: v2.0 access tokens for a user (scp) or an application
// (roles), ID tokens, and client_info, with the claims Entra puts in them, signed by the sandbox's key.
class TokenMinter
{
public:
    // How the client authenticated (the azpacr/appidacr claim).
    enum class ClientAuth
    {
        Public = 0,
        Secret = 1,
        Certificate = 2
    };

    struct UserGrant
    {
        const Tenant::App *app = nullptr;
        QString userId;
        ScopeRequest scopes;
        QString nonce;
        qint64 authTime = 0;
        ClientAuth auth = ClientAuth::Public;
        bool clientInfo = false; // the request carried client_info=1
        QString refreshToken;    // empty when offline_access was not asked for
    };

    TokenMinter(const Tenant &tenant, const TokenIssuer &tokens, const IdentitySettings &settings);

    // {token_type, scope, expires_in, ext_expires_in, access_token[, refresh_token][, id_token][,
    // client_info]}
    QJsonObject userResponse(const QString &baseUrl, const UserGrant &grant) const;
    // {token_type, expires_in, ext_expires_in, access_token}: an app-only token for `resource`.
    QJsonObject appResponse(const QString &baseUrl, const Tenant::App &app, const QString &resource,
                            ClientAuth auth) const;

    QString issuer(const QString &baseUrl) const;
    // The app's service principal object id in this tenant (stable, derived from the two ids).
    static QString servicePrincipalId(const QString &tenantId, const QString &clientId);
    // Entra's pairwise "sub": the same user has a different subject in each application.
    static QString pairwiseSubject(const QString &userId, const QString &clientId);
    // base64url({"uid":oid,"utid":tid}), as MSAL reads it for home_account_id.
    static QString clientInfo(const QString &userId, const QString &tenantId);

private:
    QJsonObject commonClaims(const QString &baseUrl, const QString &audience, qint64 lifetime) const;

    const Tenant &m_tenant;
    const TokenIssuer &m_tokens;
    const IdentitySettings &m_settings;
};
