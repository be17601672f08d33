#include "identityfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/tokenissuer.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

// OpenID Connect discovery and the signing keys: what MSAL and Qt clients read before anything else.
class TestIdentityDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenantDocumentNamesTheTenantEndpoints();
    void domainAndCommonAuthorities();
    void unknownTenantIsRefused();
    void keysVerifyIssuedTokens();
    void instanceDiscoveryAndUserRealm();

private:
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<IdentityFixture> m_id;
};

void TestIdentityDiscovery::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.users = 20;
    options.schools = 1;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_id = std::make_unique<IdentityFixture>(*m_client);
}

void TestIdentityDiscovery::tenantDocumentNamesTheTenantEndpoints()
{
    const auto reply =
        m_client->get(m_id->authority() + QStringLiteral("/v2.0/.well-known/openid-configuration"), {});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Cache-Control").contains("max-age=86400"));
    const QJsonObject doc = reply.json();
    const QString authority = m_id->authority();
    QCOMPARE(doc.value(QLatin1String("issuer")).toString(), authority + QStringLiteral("/v2.0"));
    QCOMPARE(doc.value(QLatin1String("authorization_endpoint")).toString(),
             authority + QStringLiteral("/oauth2/v2.0/authorize"));
    QCOMPARE(doc.value(QLatin1String("token_endpoint")).toString(),
             authority + QStringLiteral("/oauth2/v2.0/token"));
    QCOMPARE(doc.value(QLatin1String("device_authorization_endpoint")).toString(),
             authority + QStringLiteral("/oauth2/v2.0/devicecode"));
    QCOMPARE(doc.value(QLatin1String("end_session_endpoint")).toString(),
             authority + QStringLiteral("/oauth2/v2.0/logout"));
    QCOMPARE(doc.value(QLatin1String("jwks_uri")).toString(),
             authority + QStringLiteral("/discovery/v2.0/keys"));
    QCOMPARE(doc.value(QLatin1String("id_token_signing_alg_values_supported")).toArray(),
             QJsonArray{QStringLiteral("RS256")});
    QVERIFY(doc.value(QLatin1String("response_types_supported")).toArray().contains(QStringLiteral("code")));
    QVERIFY(
        doc.value(QLatin1String("scopes_supported")).toArray().contains(QStringLiteral("offline_access")));
    QVERIFY(doc.value(QLatin1String("token_endpoint_auth_methods_supported"))
                .toArray()
                .contains(QStringLiteral("private_key_jwt")));
    QCOMPARE(doc.value(QLatin1String("cloud_instance_name")).toString(),
             QStringLiteral("microsoftonline.com"));
    QCOMPARE(doc.value(QLatin1String("tenant_region_scope")).toString(), QStringLiteral("EU"));
    QCOMPARE(doc.value(QLatin1String("request_uri_parameter_supported")).toBool(true), false);
    // MSAL refuses an authority whose token endpoint is not https.
    QVERIFY(doc.value(QLatin1String("token_endpoint"))
                .toString()
                .startsWith(QLatin1String("https://127.0.0.1:")));
}

void TestIdentityDiscovery::domainAndCommonAuthorities()
{
    const QString base = m_client->baseUrl();
    const auto byDomain = m_client->get(base + QLatin1Char('/') + m_client->tenant().initialDomain +
                                            QStringLiteral("/v2.0/.well-known/openid-configuration"),
                                        {});
    QCOMPARE(byDomain.status, 200);
    // A domain authority resolves to the tenant id.
    QCOMPARE(byDomain.json().value(QLatin1String("token_endpoint")).toString(),
             m_id->endpoint(QStringLiteral("token")));

    const auto common =
        m_client->get(base + QStringLiteral("/common/v2.0/.well-known/openid-configuration"), {});
    QCOMPARE(common.status, 200);
    QCOMPARE(common.json().value(QLatin1String("issuer")).toString(),
             base + QStringLiteral("/{tenantid}/v2.0"));
    QCOMPARE(common.json().value(QLatin1String("token_endpoint")).toString(),
             base + QStringLiteral("/common/oauth2/v2.0/token"));
    QVERIFY(common.json().value(QLatin1String("tenant_region_scope")).isNull());
}

void TestIdentityDiscovery::unknownTenantIsRefused()
{
    const auto reply =
        m_client->get(m_client->baseUrl() +
                          QStringLiteral("/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration"),
                      {});
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.json();
    QCOMPARE(error.value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    QCOMPARE(error.value(QLatin1String("error_codes")).toArray(), QJsonArray{90002});
    QVERIFY(error.value(QLatin1String("error_description"))
                .toString()
                .startsWith(QLatin1String("AADSTS90002: Tenant 'contoso.onmicrosoft.com' not found.")));
    QVERIFY(
        error.value(QLatin1String("error_description")).toString().contains(QLatin1String("\r\nTrace ID: ")));
    QVERIFY(!error.value(QLatin1String("trace_id")).toString().isEmpty());
}

void TestIdentityDiscovery::keysVerifyIssuedTokens()
{
    const auto reply = m_client->get(m_id->authority() + QStringLiteral("/discovery/v2.0/keys"), {});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), m_client->sandbox().tokens().jwks());
    const QJsonObject key = reply.json().value(QLatin1String("keys")).toArray().first().toObject();
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));

    // A token from the token endpoint names that key and verifies with it.
    const auto token =
        m_id->token({{QStringLiteral("client_id"), m_id->confidentialClientId},
                     {QStringLiteral("client_secret"), m_id->confidentialSecret},
                     {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                     {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")}});
    QCOMPARE(token.status, 200);
    const QByteArray jwt = token.json().value(QLatin1String("access_token")).toString().toLatin1();
    QJsonObject header, claims;
    QVERIFY(TokenIssuer::splitJwt(jwt, &header, &claims));
    QCOMPARE(header.value(QLatin1String("kid")).toString(), key.value(QLatin1String("kid")).toString());
    QString why;
    QVERIFY2(m_client->sandbox().tokens().verify(jwt, &claims, &why), qPrintable(why));
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_id->authority() + QStringLiteral("/v2.0"));
}

void TestIdentityDiscovery::instanceDiscoveryAndUserRealm()
{
    const QString base = m_client->baseUrl();
    const auto instance = m_client->get(
        base + QStringLiteral("/common/discovery/instance?api-version=1.1&authorization_endpoint=") +
            QString::fromLatin1(QUrl::toPercentEncoding(m_id->endpoint(QStringLiteral("authorize")))),
        {});
    QCOMPARE(instance.status, 200);
    QCOMPARE(instance.json().value(QLatin1String("tenant_discovery_endpoint")).toString(),
             m_id->authority() + QStringLiteral("/v2.0/.well-known/openid-configuration"));

    const auto realm =
        m_client->get(base + QStringLiteral("/common/userrealm/someone@") + m_client->tenant().initialDomain +
                          QStringLiteral("?api-version=1.0"),
                      {});
    QCOMPARE(realm.status, 200);
    QCOMPARE(realm.json().value(QLatin1String("account_type")).toString(), QStringLiteral("Managed"));
}

QTEST_GUILESS_MAIN(TestIdentityDiscovery)
#include "tst_identitydiscovery.moc"
