#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/identity/authorizeendpoint.h"
#include "sandbox/identity/devicecodeendpoint.h"
#include "sandbox/identity/identitystate.h"
#include "sandbox/identity/tokenendpoint.h"

class Tenant;
class TokenIssuer;

// The Microsoft identity platform (v2.0 endpoints of login.microsoftonline.com), where {tenant} is the
// tenant id, one of its domains, "organizations" or "common":
//   GET  /{tenant}/v2.0/.well-known/openid-configuration   OpenID Connect discovery
//   GET  /{tenant}/discovery/v2.0/keys                     the signing keys (JWKS)
//   GET|POST /{tenant}/oauth2/v2.0/authorize               AuthorizeEndpoint
//   POST /{tenant}/oauth2/v2.0/token                       TokenEndpoint
//   POST /{tenant}/oauth2/v2.0/devicecode, /devicelogin    DeviceCodeEndpoint
//   GET  /{tenant}/oauth2/v2.0/logout                      sign-out (revokes the user's refresh tokens)
//   GET  /common/discovery/instance, /common/userrealm/{user}   what MSAL asks before signing in
//   GET  /error?code=N                                      the page error_uri points to
// No bearer token is needed (api() is None). Lifetimes are Microsoft's unless a test shortens them.
class IdentityEndpoints : public EndpointFamily
{
public:
    IdentityEndpoints(Tenant &tenant, const TokenIssuer &tokens);
    ~IdentityEndpoints() override;

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::None; }
    SandboxResponse handle(SandboxRequest &request) override;

    void setAccessTokenLifetime(int seconds) { m_state.settings.accessTokenLifetimeSeconds = seconds; }
    void setAuthorizationCodeLifetime(int seconds)
    {
        m_state.settings.authorizationCodeLifetimeSeconds = seconds;
    }
    void setRefreshTokenLifetime(int seconds) { m_state.settings.refreshTokenLifetimeSeconds = seconds; }
    void setRefreshTokenGrace(int seconds) { m_state.settings.refreshTokenGraceSeconds = seconds; }
    void setDeviceCodeLifetime(int seconds) { m_state.settings.deviceCodeLifetimeSeconds = seconds; }
    void setDeviceCodeInterval(int seconds) { m_state.settings.deviceCodeIntervalSeconds = seconds; }
    const IdentitySettings &settings() const { return m_state.settings; }

    // The sign-ins a --state file keeps across restarts (IdentityState::toJson, fromJson).
    QJsonObject saveState() const { return m_state.toJson(); }
    bool restoreState(const QJsonObject &json, QString *error) { return m_state.fromJson(json, error); }

    // Live (current, unrevoked) refresh tokens of a user, for tests of sign-out.
    int liveRefreshTokens(const QString &userId) const { return m_state.refreshTokens.liveCount(userId); }

private:
    SandboxResponse discovery(const SandboxRequest &request, const QString &tenantSegment) const;
    SandboxResponse keys() const;
    SandboxResponse instanceDiscovery(const SandboxRequest &request) const;
    SandboxResponse userRealm(const SandboxRequest &request, const QString &user) const;
    SandboxResponse errorPage(const SandboxRequest &request) const;

    IdentityState m_state;
    AuthorizeEndpoint m_authorize;
    TokenEndpoint m_token;
    DeviceCodeEndpoint m_deviceCode;
};
