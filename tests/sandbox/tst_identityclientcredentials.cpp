#include "identityfixture.h"
#include "sandboxclient.h"

#include "sandbox/common/clientcertificate.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/identity/tokenminter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QtTest>

#include <memory>

// The client credentials grant of a confidential app: with its secret (post or Basic) or with a client
// assertion signed by its certificate key, for Graph and for Exchange; and how a wrong credential fails.
class TestIdentityClientCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretGivesAppToken();
    void secretInBasicAuthorization();
    void wrongSecretIsInvalidClient();
    void scopeMustBeDefault();
    void publicClientHasNoCredential();
    void certificateAssertionRs256();
    void certificateAssertionPs256();
    void assertionIdentifierIsNotReused();
    void assertionClaimsAreChecked();
    void assertionSignedWithAnotherKey();
    void sandboxCertificateIsOnTheConfidentialApp();

private:
    SandboxClient::Reply
    withSecret(const QString &secret,
               const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"));
    SandboxClient::Reply
    withAssertion(const QByteArray &assertion,
                  const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"));
    int aadsts(const SandboxClient::Reply &reply) const
    {
        return reply.json().value(QLatin1String("error_codes")).toArray().first().toInt();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<IdentityFixture> m_id;
};

void TestIdentityClientCredentials::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.users = 20;
    options.schools = 1;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_id = std::make_unique<IdentityFixture>(*m_client);
    QVERIFY(m_id->certificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(m_id->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
}

SandboxClient::Reply TestIdentityClientCredentials::withSecret(const QString &secret, const QString &scope)
{
    return m_id->token({{QStringLiteral("client_id"), m_id->confidentialClientId},
                        {QStringLiteral("scope"), scope},
                        {QStringLiteral("client_secret"), secret},
                        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
}

SandboxClient::Reply TestIdentityClientCredentials::withAssertion(const QByteArray &assertion,
                                                                  const QString &scope)
{
    return m_id->token({{QStringLiteral("client_id"), m_id->confidentialClientId},
                        {QStringLiteral("scope"), scope},
                        {QStringLiteral("client_assertion_type"),
                         QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                        {QStringLiteral("client_assertion"), QString::fromLatin1(assertion)},
                        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
}

void TestIdentityClientCredentials::secretGivesAppToken()
{
    const auto reply = withSecret(m_id->confidentialSecret);
    QCOMPARE(reply.status, 200);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 3600);
    QVERIFY(!body.contains(QLatin1String("refresh_token")));
    const QByteArray jwt = body.value(QLatin1String("access_token")).toString().toLatin1();
    QJsonObject claims;
    QString why;
    QVERIFY2(m_client->sandbox().tokens().verify(jwt, &claims, &why), qPrintable(why));
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(claims.value(QLatin1String("idtyp")).toString(), QStringLiteral("app"));
    QCOMPARE(claims.value(QLatin1String("azpacr")).toString(), QStringLiteral("1"));
    QCOMPARE(claims.value(QLatin1String("oid")).toString(),
             TokenMinter::servicePrincipalId(m_id->tenantId(), m_id->confidentialClientId));
    QCOMPARE(claims.value(QLatin1String("roles")).toArray(),
             (QJsonArray{QStringLiteral("User.ReadWrite.All"), QStringLiteral("Organization.Read.All")}));
    QVERIFY(!claims.contains(QLatin1String("scp")));
    // The app token reads Graph as the application.
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/organization"), jwt).status, 200);

    // For Exchange the token carries the app's Exchange role only.
    const auto exchange =
        withSecret(m_id->confidentialSecret, QStringLiteral("https://outlook.office365.com/.default"));
    QCOMPARE(exchange.status, 200);
    const QJsonObject exo =
        IdentityFixture::claimsOf(exchange.json().value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(exo.value(QLatin1String("aud")).toString(), QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(exo.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("Exchange.ManageAsApp")});
}

void TestIdentityClientCredentials::secretInBasicAuthorization()
{
    const QByteArray basic = (QUrl::toPercentEncoding(m_id->confidentialClientId) + ':' +
                              QUrl::toPercentEncoding(m_id->confidentialSecret))
                                 .toBase64();
    const auto reply = m_client->request(
        "POST", m_id->endpoint(QStringLiteral("token")), QByteArray(),
        "grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}});
    QCOMPARE(reply.status, 200);
}

void TestIdentityClientCredentials::wrongSecretIsInvalidClient()
{
    const auto reply = m_client->request("POST", m_id->endpoint(QStringLiteral("token")), QByteArray(),
                                         "client_id=" + m_id->confidentialClientId.toLatin1() +
                                             "&client_secret=nope&grant_type=client_credentials&scope=https%"
                                             "3A%2F%2Fgraph.microsoft.com%2F.default",
                                         {{"Content-Type", "application/x-www-form-urlencoded"},
                                          {"client-request-id", "7a4e3a34-0000-4000-8000-00000000c0de"}});
    QCOMPARE(reply.status, 401);
    const QJsonObject error = reply.json();
    QCOMPARE(error.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(error.value(QLatin1String("error_codes")).toArray(), QJsonArray{7000215});
    const QString description = error.value(QLatin1String("error_description")).toString();
    QVERIFY(description.startsWith(QLatin1String("AADSTS7000215: Invalid client secret provided.")));
    QVERIFY(
        description.contains(QLatin1String("\r\nCorrelation ID: 7a4e3a34-0000-4000-8000-00000000c0de\r\n")));
    QCOMPARE(error.value(QLatin1String("correlation_id")).toString(),
             QStringLiteral("7a4e3a34-0000-4000-8000-00000000c0de"));
    QVERIFY(QDateTime::fromString(error.value(QLatin1String("timestamp")).toString(),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))
                .isValid());
    QVERIFY(
        error.value(QLatin1String("error_uri")).toString().endsWith(QLatin1String("/error?code=7000215")));

    // No credential at all.
    const auto none =
        m_id->token({{QStringLiteral("client_id"), m_id->confidentialClientId},
                     {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                     {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(none.status, 401);
    QCOMPARE(aadsts(none), 7000218);
    // An unknown application.
    const auto unknown =
        m_id->token({{QStringLiteral("client_id"), Tenant::newGuid()},
                     {QStringLiteral("client_secret"), QStringLiteral("x")},
                     {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                     {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json().value(QLatin1String("error")).toString(), QStringLiteral("unauthorized_client"));
    QCOMPARE(aadsts(unknown), 700016);
}

void TestIdentityClientCredentials::scopeMustBeDefault()
{
    const auto reply =
        withSecret(m_id->confidentialSecret, QStringLiteral("https://graph.microsoft.com/User.Read.All"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_scope"));
    QCOMPARE(aadsts(reply), 1002012);
    const auto foreign =
        withSecret(m_id->confidentialSecret, QStringLiteral("https://foo.microsoft.com/.default"));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_resource"));
    const auto mixed = withSecret(
        m_id->confidentialSecret,
        QStringLiteral("https://graph.microsoft.com/.default https://outlook.office365.com/.default"));
    QCOMPARE(aadsts(mixed), 28000);
}

void TestIdentityClientCredentials::publicClientHasNoCredential()
{
    const auto reply =
        m_id->token({{QStringLiteral("client_id"), m_id->publicClientId},
                     {QStringLiteral("client_secret"), QStringLiteral("anything")},
                     {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                     {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(aadsts(reply), 700025);
    const auto none =
        m_id->token({{QStringLiteral("client_id"), m_id->publicClientId},
                     {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                     {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(none.status, 401);
    QCOMPARE(aadsts(none), 7000218);
}

void TestIdentityClientCredentials::certificateAssertionRs256()
{
    const auto reply = withAssertion(m_id->assertion());
    QCOMPARE(reply.status, 200);
    const QJsonObject claims =
        IdentityFixture::claimsOf(reply.json().value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(claims.value(QLatin1String("azpacr")).toString(), QStringLiteral("2"));
    QCOMPARE(claims.value(QLatin1String("appid")).toString(), m_id->confidentialClientId);

    // MSAL Python writes times as floats (no nbf) and x5t with base64 padding ("…=").
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 + 0.25;
    const auto floats = withAssertion(m_id->assertion({{QStringLiteral("iat"), now},
                                                       {QStringLiteral("exp"), now + 600},
                                                       {QStringLiteral("nbf"), QJsonValue()}}));
    QCOMPARE(floats.status, 200);
    const QByteArray sha1 = QSslCertificate(m_id->certificatePem, QSsl::Pem).digest(QCryptographicHash::Sha1);
    const QString padded = QString::fromLatin1(sha1.toBase64(QByteArray::Base64UrlEncoding));
    QVERIFY(padded.endsWith(QLatin1Char('=')));
    QCOMPARE(withAssertion(m_id->assertion({}, QStringLiteral("RS256"), QByteArray(),
                                           {{QStringLiteral("x5t"), padded}}))
                 .status,
             200);
    // A thumbprint of another certificate: the key is not found.
    const QString other = QString::fromLatin1(QByteArray(20, '\x11').toBase64(QByteArray::Base64UrlEncoding));
    const auto unknownKey = withAssertion(
        m_id->assertion({}, QStringLiteral("RS256"), QByteArray(), {{QStringLiteral("x5t"), other}}));
    QCOMPARE(unknownKey.status, 401);
    QCOMPARE(aadsts(unknownKey), 700027);
}

void TestIdentityClientCredentials::certificateAssertionPs256()
{
    const auto reply = withAssertion(m_id->assertion({}, QStringLiteral("PS256")),
                                     QStringLiteral("https://outlook.office365.com/.default"));
    QCOMPARE(reply.status, 200);
}

void TestIdentityClientCredentials::assertionIdentifierIsNotReused()
{
    const QByteArray assertion = m_id->assertion({{QStringLiteral("jti"), QStringLiteral("jti-once")}});
    QCOMPARE(withAssertion(assertion).status, 200);
    // MSAL sends its cached assertion again for minutes, and Entra accepts that …
    QCOMPARE(withAssertion(assertion).status, 200);
    // … but another assertion with the same identifier is refused.
    const auto replay =
        withAssertion(m_id->assertion({{QStringLiteral("jti"), QStringLiteral("jti-once")},
                                       {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 500}}));
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    QCOMPARE(aadsts(replay), 700023);
}

void TestIdentityClientCredentials::assertionClaimsAreChecked()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto wrongAudience = withAssertion(m_id->assertion(
        {{QStringLiteral("aud"), QStringLiteral("https://login.microsoftonline.com/x/oauth2/v2.0/token")}}));
    QCOMPARE(wrongAudience.status, 401);
    QCOMPARE(wrongAudience.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));

    const auto wrongIssuer = withAssertion(m_id->assertion({{QStringLiteral("iss"), m_id->publicClientId}}));
    QCOMPARE(wrongIssuer.status, 401);
    QCOMPARE(aadsts(wrongIssuer), 700021);

    const auto expired = withAssertion(
        m_id->assertion({{QStringLiteral("nbf"), now - 3600}, {QStringLiteral("exp"), now - 1800}}));
    QCOMPARE(expired.status, 401);
    QCOMPARE(aadsts(expired), 700024);

    // The token endpoint addressed by domain accepts an assertion for that URL as well.
    const QString byDomain = m_client->baseUrl() + QLatin1Char('/') + m_client->tenant().initialDomain +
                             QStringLiteral("/oauth2/v2.0/token");
    const auto domain = m_client->postForm(
        byDomain, {{QStringLiteral("client_id"), m_id->confidentialClientId},
                   {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                   {QStringLiteral("client_assertion_type"),
                    QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                   {QStringLiteral("client_assertion"),
                    QString::fromLatin1(m_id->assertion({{QStringLiteral("aud"), byDomain}}))},
                   {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(domain.status, 200);
}

void TestIdentityClientCredentials::assertionSignedWithAnotherKey()
{
    ClientCertificate other;
    QString error;
    QVERIFY2(other.generate(QStringLiteral("Someone else"), &error), qPrintable(error));
    // Same thumbprint header (the registered certificate's), other key: the signature fails.
    const auto reply = withAssertion(m_id->assertion({}, QStringLiteral("RS256"), other.privateKeyPem()));
    QCOMPARE(reply.status, 401);
    QCOMPARE(aadsts(reply), 700027);

    // An app without a certificate: the key is not found.
    Tenant::App secretOnly;
    secretOnly.clientId = Tenant::newGuid();
    secretOnly.displayName = QStringLiteral("Secret only");
    secretOnly.secret = QStringLiteral("s3cret");
    m_client->tenant().apps.append(secretOnly);
    const auto noKey =
        m_id->token({{QStringLiteral("client_id"), secretOnly.clientId},
                     {QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default")},
                     {QStringLiteral("client_assertion_type"),
                      QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                     {QStringLiteral("client_assertion"),
                      QString::fromLatin1(m_id->assertion({{QStringLiteral("iss"), secretOnly.clientId},
                                                           {QStringLiteral("sub"), secretOnly.clientId}}))},
                     {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(noKey.status, 401);
    QCOMPARE(aadsts(noKey), 700027);
    QVERIFY(noKey.json()
                .value(QLatin1String("error_description"))
                .toString()
                .contains(QLatin1String("The key was not found")));
}

void TestIdentityClientCredentials::sandboxCertificateIsOnTheConfidentialApp()
{
    // Sandbox::start() gives the tenant's confidential app the certificate whose PEM (certificate, then
    // key) info() points at.
    SandboxOptions options;
    options.users = 10;
    options.schools = 1;
    Sandbox sandbox(options);
    Tenant::App app;
    app.clientId = Tenant::newGuid();
    app.displayName = QStringLiteral("Automation");
    app.secret = QStringLiteral("s");
    sandbox.tenant().apps.append(app);
    sandbox.tenant().confidentialClientId = app.clientId;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QFile pem(sandbox.info().value(QLatin1String("confidentialClientCertificate")).toString());
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray contents = pem.readAll();
    QVERIFY(contents.contains("-----BEGIN PRIVATE KEY-----"));
    const Tenant::App *confidential = sandbox.tenant().findApp(sandbox.tenant().confidentialClientId);
    QVERIFY(confidential);
    QVERIFY(!confidential->certificatePem.isEmpty());
    QVERIFY(contents.startsWith(confidential->certificatePem));
    QVERIFY(!QSslCertificate(confidential->certificatePem, QSsl::Pem).isNull());
}

QTEST_GUILESS_MAIN(TestIdentityClientCredentials)
#include "tst_identityclientcredentials.moc"
