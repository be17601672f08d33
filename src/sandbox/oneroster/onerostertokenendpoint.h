#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/directory/tenant.h"

class TokenIssuer;

// The OneRoster provider's own OAuth 2.0 token endpoint, as a SIS such as VULCAN UONET+ hands it out
// ("Token endpoint Url" next to "Client Id" and "Client Secret"):
//   POST /ims/oneroster/token  grant_type=client_credentials, client id/secret by HTTP Basic or in the form
// -> {"access_token","token_type":"bearer","expires_in":3600,"scope"}. The token (aud "oneroster", roles
// ["roster-core.readonly"]) opens /ims/oneroster/v1p1.
class OneRosterTokenEndpoint : public EndpointFamily
{
public:
    OneRosterTokenEndpoint(Tenant &tenant, const TokenIssuer &tokens);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::None; }
    SandboxResponse handle(SandboxRequest &request) override;

    static QString path() { return QStringLiteral("/ims/oneroster/token"); }
    static QString scope();
    static QString readRole() { return QStringLiteral("roster-core.readonly"); }

    // The SIS client registered in the tenant (added once, with a random id and secret).
    static const Tenant::App &ensureClient(Tenant &tenant);
    static const Tenant::App *findClient(const Tenant &tenant);

private:
    SandboxResponse tokenError(int status, const QString &error, const QString &description) const;

    Tenant &m_tenant;
    const TokenIssuer &m_tokens;
};
