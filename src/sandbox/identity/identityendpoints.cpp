#include "sandbox/identity/identityendpoints.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identitypages.h"
#include "sandbox/identity/tokenissuer.h"

#include <QJsonArray>
#include <QUrl>

namespace {
const QString OAuth2 = QStringLiteral("oauth2");
const QString V2 = QStringLiteral("v2.0");

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

SandboxResponse jsonWithCache(const QJsonObject &body)
{
    SandboxResponse response = SandboxResponse::json(200, body);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "max-age=86400, private");
    response.setHeader("Access-Control-Allow-Origin", "*");
    return response;
}
} // namespace

IdentityEndpoints::IdentityEndpoints(Tenant &tenant, const TokenIssuer &tokens)
    : m_state(tenant, tokens), m_authorize(m_state), m_token(m_state), m_deviceCode(m_state)
{}

IdentityEndpoints::~IdentityEndpoints() = default;

bool IdentityEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request.path);
    if (s.size() == 1)
        return s[0] == QLatin1String("devicelogin") || s[0] == QLatin1String("error");
    if (s.size() == 3 && s[0] == QLatin1String("common"))
        return (s[1] == QLatin1String("discovery") && s[2] == QLatin1String("instance")) ||
               s[1] == QLatin1String("userrealm");
    if (s.size() == 4 && s[1] == V2)
        return s[2] == QLatin1String(".well-known") && s[3] == QLatin1String("openid-configuration");
    if (s.size() == 4 && s[1] == QLatin1String("discovery"))
        return s[2] == V2 && s[3] == QLatin1String("keys");
    if (s.size() == 4 && s[1] == OAuth2 && s[2] == V2)
        return QStringList{QStringLiteral("authorize"), QStringLiteral("token"), QStringLiteral("devicecode"),
                           QStringLiteral("logout")}
            .contains(s[3]);
    return false;
}

SandboxResponse IdentityEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request.path);
    if (s.size() == 1)
        return s[0] == QLatin1String("error") ? errorPage(request) : m_deviceCode.loginPage(request);
    if (s.size() == 3 && s[1] == QLatin1String("discovery"))
        return instanceDiscovery(request);
    if (s.size() == 3)
        return userRealm(request, s[2]);
    const QString tenantSegment = s[0];
    if (!m_state.isTenantSegment(tenantSegment)) {
        const IdentityError error = IdentityError::tenantNotFound(tenantSegment);
        if (s[3] == QLatin1String("authorize") || s[3] == QLatin1String("logout"))
            return IdentityPages::error(400, error.description(request));
        return error.toResponse(request);
    }
    if (s[1] == V2)
        return discovery(request, tenantSegment);
    if (s[1] == QLatin1String("discovery"))
        return keys();
    if (s[3] == QLatin1String("authorize"))
        return m_authorize.handle(request);
    if (s[3] == QLatin1String("token"))
        return m_token.handle(request, tenantSegment);
    if (s[3] == QLatin1String("devicecode"))
        return m_deviceCode.start(request);
    return m_authorize.logout(request);
}

SandboxResponse IdentityEndpoints::discovery(const SandboxRequest &request,
                                             const QString &tenantSegment) const
{
    const Tenant &tenant = m_state.tenant;
    const bool multiTenant =
        tenantSegment == QLatin1String("common") || tenantSegment == QLatin1String("organizations");
    // A tenant's document names the tenant by id; common/organizations keep the segment (and the issuer
    // keeps Microsoft's literal "{tenantid}" placeholder).
    const QString path = multiTenant ? tenantSegment : tenant.tenantId;
    const QString base = request.baseUrl + QLatin1Char('/') + path;
    const QString host = QUrl(request.baseUrl).authority();
    return jsonWithCache(QJsonObject{
        {QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth2/v2.0/token")},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                    QStringLiteral("client_secret_basic")}},
        {QStringLiteral("jwks_uri"), base + QStringLiteral("/discovery/v2.0/keys")},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("response_types_supported"),
         QJsonArray{QStringLiteral("code"), QStringLiteral("id_token"), QStringLiteral("code id_token"),
                    QStringLiteral("id_token token")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("offline_access")}},
        {QStringLiteral("issuer"),
         QStringLiteral("%1/%2/v2.0")
             .arg(request.baseUrl, multiTenant ? QStringLiteral("{tenantid}") : tenant.tenantId)},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"), request.baseUrl + QStringLiteral("/oidc/userinfo")},
        {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oauth2/v2.0/authorize")},
        {QStringLiteral("device_authorization_endpoint"), base + QStringLiteral("/oauth2/v2.0/devicecode")},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), base + QStringLiteral("/oauth2/v2.0/logout")},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("cloud_instance_name"),
                    QStringLiteral("cloud_instance_host_name"), QStringLiteral("cloud_graph_host_name"),
                    QStringLiteral("msgraph_host"), QStringLiteral("aud"), QStringLiteral("exp"),
                    QStringLiteral("iat"), QStringLiteral("auth_time"), QStringLiteral("acr"),
                    QStringLiteral("nonce"), QStringLiteral("preferred_username"), QStringLiteral("name"),
                    QStringLiteral("tid"), QStringLiteral("ver"), QStringLiteral("at_hash"),
                    QStringLiteral("c_hash"), QStringLiteral("email")}},
        {QStringLiteral("kerberos_endpoint"), base + QStringLiteral("/kerberos")},
        {QStringLiteral("tenant_region_scope"),
         multiTenant ? QJsonValue() : QJsonValue(QStringLiteral("EU"))},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
        {QStringLiteral("cloud_graph_host_name"), QStringLiteral("graph.windows.net")},
        {QStringLiteral("msgraph_host"), host},
        {QStringLiteral("rbac_url"), QStringLiteral("https://pas.windows.net")},
    });
}

SandboxResponse IdentityEndpoints::keys() const
{
    return jsonWithCache(m_state.tokens.jwks());
}

SandboxResponse IdentityEndpoints::instanceDiscovery(const SandboxRequest &request) const
{
    // MSAL's instance discovery: which hosts are aliases of this cloud and where the tenant's metadata is.
    const QString host = QUrl(request.baseUrl).authority();
    QString tenantSegment = QStringLiteral("common");
    const QUrl authorization(request.queryValue(QStringLiteral("authorization_endpoint")));
    const QStringList parts = segmentsOf(authorization.path());
    if (!parts.isEmpty() && m_state.isTenantSegment(parts[0]))
        tenantSegment = parts[0];
    return jsonWithCache(QJsonObject{
        {QStringLiteral("tenant_discovery_endpoint"),
         QStringLiteral("%1/%2/v2.0/.well-known/openid-configuration").arg(request.baseUrl, tenantSegment)},
        {QStringLiteral("api-version"), QStringLiteral("1.1")},
        {QStringLiteral("metadata"), QJsonArray{QJsonObject{{QStringLiteral("preferred_network"), host},
                                                            {QStringLiteral("preferred_cache"), host},
                                                            {QStringLiteral("aliases"), QJsonArray{host}}}}},
    });
}

SandboxResponse IdentityEndpoints::userRealm(const SandboxRequest &request, const QString &user) const
{
    Q_UNUSED(request);
    const QString domain = user.section(QLatin1Char('@'), 1);
    const bool known = m_state.isTenantSegment(domain);
    QJsonObject realm{
        {QStringLiteral("ver"), QStringLiteral("1.0")},
        {QStringLiteral("account_type"), known ? QStringLiteral("Managed") : QStringLiteral("Unknown")},
        {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
        {QStringLiteral("cloud_audience_urn"), QStringLiteral("urn:federation:MicrosoftOnline")},
    };
    if (known) {
        realm.insert(QStringLiteral("domain_name"), domain.toLower());
        realm.insert(QStringLiteral("federation_brand_name"), m_state.tenant.displayName);
    }
    return jsonWithCache(realm);
}

SandboxResponse IdentityEndpoints::errorPage(const SandboxRequest &request) const
{
    const QString code = request.queryValue(QStringLiteral("code"));
    return IdentityPages::message(
        200, QStringLiteral("Error code lookup"),
        QStringLiteral("AADSTS%1: see the error_description of the response that linked "
                       "here for this sandbox error.")
            .arg(code));
}
