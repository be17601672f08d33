#pragma once

#include "sandbox/common/sandboxhttp.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/identity/tokenminter.h"

#include <QJsonObject>
#include <QString>

class IdentityForm;
class IdentityState;

// POST /{tenant}/oauth2/v2.0/token (form-encoded), with the grants:
//   authorization_code  code + redirect_uri + code_verifier (checked against the S256 challenge);
//   refresh_token       a new access token, for the same or another resource (Graph → Exchange), and a
//                       new refresh token each time (see RefreshTokenStore for what happens to the old);
//   client_credentials  client_secret or a certificate client_assertion; scope must be <resource>/.default;
//   urn:ietf:params:oauth:grant-type:device_code
//                       authorization_pending, slow_down, expired_token, authorization_declined,
//                       bad_verification_code until the user approves on /devicelogin;
//   password            the resource owner password grant (ROPC), for scripts.
// Errors are Entra's JSON (IdentityError): 400, or 401 invalid_client for a failed client credential.
class TokenEndpoint
{
public:
    explicit TokenEndpoint(IdentityState &state);

    SandboxResponse handle(const SandboxRequest &request, const QString &tenantSegment);

    static QString deviceCodeGrant()
    {
        return QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    }

private:
    struct Client
    {
        const Tenant::App *app = nullptr;
        TokenMinter::ClientAuth auth = TokenMinter::ClientAuth::Public;
    };
    struct UserSignIn
    {
        QString userId;
        QString scope;         // what this token is for
        QString originalScope; // what the refresh token remembers
        QString nonce;
        qint64 authTime = 0;
        bool alwaysRefresh = false; // a refresh_token grant always returns a new refresh token
    };

    SandboxResponse authorizationCode(const SandboxRequest &request, const IdentityForm &form,
                                      const Client &client);
    SandboxResponse refreshToken(const SandboxRequest &request, const IdentityForm &form,
                                 const Client &client);
    SandboxResponse clientCredentials(const SandboxRequest &request, const IdentityForm &form,
                                      const Client &client);
    SandboxResponse deviceCode(const SandboxRequest &request, const IdentityForm &form, const Client &client);
    SandboxResponse password(const SandboxRequest &request, const IdentityForm &form, const Client &client);
    SandboxResponse issueUserTokens(const SandboxRequest &request, const IdentityForm &form,
                                    const Client &client, const UserSignIn &signIn);
    static SandboxResponse success(const SandboxRequest &request, const QJsonObject &body);

    IdentityState &m_state;
};
