#include "identityfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identityendpoints.h"
#include "sandbox/identity/tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

// The authorization code flow with PKCE, as a desktop client (Qt NetworkAuth with PKCE added, MSAL)
// runs it: /authorize → 302 with code → /token.
class TestIdentityAuthCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codeWithPkceGivesTokens();
    void idTokenAndClientInfo();
    void wrongVerifierFails();
    void codeIsSingleUse();
    void redirectUriMustMatch();
    void publicClientNeedsPkce();
    void signInPageAndFormPost();
    void wrongPasswordAndBlockedUser();
    void sessionMakesSecondSignInSilent();
    void unusableRedirectGetsAnErrorPage();
    void mixedResourcesAreRefused();
    void delegatedTokenCallsGraph();
    void accessTokenLifetimeIsConfigurable();

private:
    IdentityFixture::Fields
    authorizeFields(const QString &verifier,
                    const QString &scope =
                        QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    QString errorCode(const SandboxClient::Reply &reply) const
    {
        return reply.json().value(QLatin1String("error")).toString();
    }
    int aadsts(const SandboxClient::Reply &reply) const
    {
        return reply.json().value(QLatin1String("error_codes")).toArray().first().toInt();
    }
    SandboxClient::Reply redeem(const QString &code, const QString &verifier,
                                const QString &redirect = QString());

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<IdentityFixture> m_id;
    QString m_userId;
    const QString m_password = QStringLiteral("Pw-1234-Correct!");
};

void TestIdentityAuthCode::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.users = 20;
    options.schools = 1;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_id = std::make_unique<IdentityFixture>(*m_client);
    m_userId = m_id->addAccount(QStringLiteral("tdx.signin"), m_password);
    m_client->tenant().roleAssignments.append(
        QJsonObject{{QStringLiteral("id"), Tenant::newGuid()},
                    {QStringLiteral("roleDefinitionId"), DirectoryRoles::GlobalAdministrator},
                    {QStringLiteral("principalId"), m_userId},
                    {QStringLiteral("directoryScopeId"), QStringLiteral("/")}});
}

IdentityFixture::Fields TestIdentityAuthCode::authorizeFields(const QString &verifier, const QString &scope)
{
    return {{QStringLiteral("client_id"), m_id->publicClientId},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("redirect_uri"), m_id->redirectUri},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("state"), QStringLiteral("xyz+/=&state")},
            {QStringLiteral("code_challenge"), IdentityFixture::challengeOf(verifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
}

SandboxClient::Reply TestIdentityAuthCode::redeem(const QString &code, const QString &verifier,
                                                  const QString &redirect)
{
    return m_id->token({{QStringLiteral("client_id"), m_id->publicClientId},
                        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("redirect_uri"), redirect.isEmpty() ? m_id->redirectUri : redirect},
                        {QStringLiteral("code_verifier"), verifier}});
}

void TestIdentityAuthCode::codeWithPkceGivesTokens()
{
    const QString verifier = IdentityFixture::newVerifier();
    IdentityFixture::Fields fields = authorizeFields(verifier);
    fields.append({QStringLiteral("login_hint"), m_id->username(QStringLiteral("tdx.signin"))});
    fields.append({QStringLiteral("sandbox_password"), m_password});
    const auto authorize = m_id->authorize(fields);
    QCOMPARE(authorize.status, 302);
    const QString location = QString::fromUtf8(authorize.header("Location"));
    QVERIFY2(location.startsWith(m_id->redirectUri + QLatin1Char('?')), qPrintable(location));
    const QUrlQuery query = IdentityFixture::redirectQuery(authorize);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("xyz+/=&state"));
    QVERIFY(query.hasQueryItem(QStringLiteral("session_state")));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    // The token request as Qt NetworkAuth 6.4 sends it: no scope.
    const auto token = redeem(code, verifier);
    QCOMPARE(token.status, 200);
    QVERIFY(token.header("Cache-Control").contains("no-store"));
    const QJsonObject body = token.json();
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(body.value(QLatin1String("ext_expires_in")).toInt(), 3600);
    QVERIFY(!body.value(QLatin1String("refresh_token")).toString().isEmpty());
    QVERIFY(body.value(QLatin1String("scope"))
                .toString()
                .contains(QLatin1String("https://graph.microsoft.com/User.ReadWrite.All")));

    const QByteArray jwt = body.value(QLatin1String("access_token")).toString().toLatin1();
    QJsonObject claims;
    QString why;
    QVERIFY2(m_client->sandbox().tokens().verify(jwt, &claims, &why), qPrintable(why));
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://graph.microsoft.com"));
    QCOMPARE(claims.value(QLatin1String("tid")).toString(), m_id->tenantId());
    QCOMPARE(claims.value(QLatin1String("oid")).toString(), m_userId);
    QCOMPARE(claims.value(QLatin1String("azp")).toString(), m_id->publicClientId);
    QCOMPARE(claims.value(QLatin1String("appid")).toString(), m_id->publicClientId);
    QCOMPARE(claims.value(QLatin1String("ver")).toString(), QStringLiteral("2.0"));
    QCOMPARE(claims.value(QLatin1String("idtyp")).toString(), QStringLiteral("user"));
    QCOMPARE(claims.value(QLatin1String("upn")).toString(), m_id->username(QStringLiteral("tdx.signin")));
    QCOMPARE(claims.value(QLatin1String("preferred_username")).toString(),
             m_id->username(QStringLiteral("tdx.signin")));
    QCOMPARE(claims.value(QLatin1String("name")).toString(), QStringLiteral("Tdx tdx.signin"));
    QVERIFY(claims.value(QLatin1String("wids")).toArray().contains(DirectoryRoles::GlobalAdministrator));
    for (const char *claim : {"aio", "uti", "sub", "iat", "nbf", "exp", "iss"})
        QVERIFY2(claims.contains(QLatin1String(claim)), claim);
    const QStringList scp = claims.value(QLatin1String("scp")).toString().split(QLatin1Char(' '));
    QVERIFY(scp.contains(QStringLiteral("User.ReadWrite.All")));
    QVERIFY(scp.contains(QStringLiteral("RoleManagement.ReadWrite.Directory")));
    QVERIFY(scp.contains(QStringLiteral("EduRoster.ReadBasic")));
    QCOMPARE(scp.size(), 12);
}

void TestIdentityAuthCode::idTokenAndClientInfo()
{
    const QString verifier = IdentityFixture::newVerifier();
    IdentityFixture::Fields fields =
        authorizeFields(verifier, QStringLiteral("User.Read.All openid profile email"));
    fields.append({QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")});
    fields.append({QStringLiteral("login_hint"), m_id->username(QStringLiteral("tdx.signin"))});
    fields.append({QStringLiteral("sandbox_password"), m_password});
    const QString code =
        IdentityFixture::redirectQuery(m_id->authorize(fields)).queryItemValue(QStringLiteral("code"));
    const auto token = m_id->token({{QStringLiteral("client_id"), m_id->publicClientId},
                                    {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("redirect_uri"), m_id->redirectUri},
                                    {QStringLiteral("code_verifier"), verifier},
                                    {QStringLiteral("client_info"), QStringLiteral("1")}});
    QCOMPARE(token.status, 200);
    const QJsonObject body = token.json();
    QVERIFY(!body.contains(QLatin1String("refresh_token"))); // no offline_access
    QCOMPARE(body.value(QLatin1String("scope")).toString(),
             QStringLiteral("User.Read.All openid profile email"));
    const QJsonObject access =
        IdentityFixture::claimsOf(body.value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(access.value(QLatin1String("scp")).toString(), QStringLiteral("User.Read.All"));

    const QByteArray idToken = body.value(QLatin1String("id_token")).toString().toLatin1();
    QJsonObject id;
    QString why;
    QVERIFY2(m_client->sandbox().tokens().verify(idToken, &id, &why), qPrintable(why));
    QCOMPARE(id.value(QLatin1String("aud")).toString(), m_id->publicClientId);
    QCOMPARE(id.value(QLatin1String("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(id.value(QLatin1String("oid")).toString(), m_userId);
    QCOMPARE(id.value(QLatin1String("preferred_username")).toString(),
             m_id->username(QStringLiteral("tdx.signin")));
    QCOMPARE(id.value(QLatin1String("email")).toString(), m_id->username(QStringLiteral("tdx.signin")));
    QCOMPARE(id.value(QLatin1String("sub")).toString(), access.value(QLatin1String("sub")).toString());

    const auto info = QByteArray::fromBase64Encoding(
        body.value(QLatin1String("client_info")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    QVERIFY(info);
    const QJsonObject clientInfo = QJsonDocument::fromJson(*info).object();
    QCOMPARE(clientInfo.value(QLatin1String("uid")).toString(), m_userId);
    QCOMPARE(clientInfo.value(QLatin1String("utid")).toString(), m_id->tenantId());
}

void TestIdentityAuthCode::wrongVerifierFails()
{
    const QString verifier = IdentityFixture::newVerifier();
    const QString code =
        m_id->signIn(QStringLiteral("tdx.signin"), m_password, QStringLiteral("User.Read.All"), verifier);
    QVERIFY(!code.isEmpty());
    const auto reply = redeem(code, IdentityFixture::newVerifier());
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("invalid_grant"));
    QCOMPARE(aadsts(reply), 501481);
    const QJsonObject error = reply.json();
    for (const char *field : {"error_description", "timestamp", "trace_id", "correlation_id", "error_uri"})
        QVERIFY2(!error.value(QLatin1String(field)).toString().isEmpty(), field);
    QVERIFY(error.value(QLatin1String("error_description"))
                .toString()
                .startsWith(QLatin1String("AADSTS501481: ")));
    // A missing verifier fails the same way.
    const QString code2 =
        m_id->signIn(QStringLiteral("tdx.signin"), m_password, QStringLiteral("User.Read.All"), verifier);
    QCOMPARE(aadsts(redeem(code2, QString())), 501481);
}

void TestIdentityAuthCode::codeIsSingleUse()
{
    const QString verifier = IdentityFixture::newVerifier();
    const QString code =
        m_id->signIn(QStringLiteral("tdx.signin"), m_password, QStringLiteral("User.Read.All"), verifier);
    QCOMPARE(redeem(code, verifier).status, 200);
    const auto again = redeem(code, verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(errorCode(again), QStringLiteral("invalid_grant"));
    QCOMPARE(aadsts(again), 54005);
    const auto bogus = redeem(QStringLiteral("1.AbogusCode"), verifier);
    QCOMPARE(aadsts(bogus), 70000);
}

void TestIdentityAuthCode::redirectUriMustMatch()
{
    const QString verifier = IdentityFixture::newVerifier();
    const QString code =
        m_id->signIn(QStringLiteral("tdx.signin"), m_password, QStringLiteral("User.Read.All"), verifier);
    const auto reply = redeem(code, verifier, QStringLiteral("http://127.0.0.1:9/other"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("invalid_grant"));
    QCOMPARE(aadsts(reply), 500112);
}

void TestIdentityAuthCode::publicClientNeedsPkce()
{
    IdentityFixture::Fields fields = authorizeFields(IdentityFixture::newVerifier());
    fields.removeIf(
        [](const QPair<QString, QString> &f) { return f.first.startsWith(QLatin1String("code_challenge")); });
    const auto reply = m_id->authorize(fields);
    QCOMPARE(reply.status, 302);
    const QUrlQuery query = IdentityFixture::redirectQuery(reply);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("AADSTS9002325")));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("xyz+/=&state"));

    IdentityFixture::Fields plain = authorizeFields(IdentityFixture::newVerifier());
    plain.last().second = QStringLiteral("plain");
    QCOMPARE(IdentityFixture::redirectQuery(m_id->authorize(plain)).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_request"));
}

void TestIdentityAuthCode::signInPageAndFormPost()
{
    const QString verifier = IdentityFixture::newVerifier();
    IdentityFixture::Fields fields = authorizeFields(verifier, QStringLiteral("User.Read.All openid"));
    fields.append({QStringLiteral("prompt"), QStringLiteral("login")});
    const auto page = m_id->authorize(fields);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QLatin1String("name=\"login\"")));
    QVERIFY(html.contains(QLatin1String("name=\"passwd\"")));
    QVERIFY(html.contains(QLatin1String("name=\"code_challenge\" value=\"") +
                          IdentityFixture::challengeOf(verifier)));
    QVERIFY(html.contains(QLatin1String("xyz+/=&amp;state"))); // the state travels as an escaped hidden field

    // Posting the form (hidden fields + credentials) back signs in.
    IdentityFixture::Fields form = fields;
    form.append({QStringLiteral("login"), m_id->username(QStringLiteral("tdx.signin"))});
    form.append({QStringLiteral("passwd"), m_password});
    const auto posted = m_client->postForm(m_id->endpoint(QStringLiteral("authorize")), form);
    QCOMPARE(posted.status, 302);
    const QUrlQuery query = IdentityFixture::redirectQuery(posted);
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("xyz+/=&state"));
    QCOMPARE(redeem(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), verifier).status, 200);

    // Cancel on the page: access_denied back to the app.
    IdentityFixture::Fields cancel = fields;
    cancel.append({QStringLiteral("sandbox_cancel"), QStringLiteral("1")});
    const auto cancelled = m_client->postForm(m_id->endpoint(QStringLiteral("authorize")), cancel);
    QCOMPARE(IdentityFixture::redirectQuery(cancelled).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
}

void TestIdentityAuthCode::wrongPasswordAndBlockedUser()
{
    const QString verifier = IdentityFixture::newVerifier();
    IdentityFixture::Fields form = authorizeFields(verifier);
    form.append({QStringLiteral("login"), m_id->username(QStringLiteral("tdx.signin"))});
    form.append({QStringLiteral("passwd"), QStringLiteral("wrong")});
    const auto page = m_client->postForm(m_id->endpoint(QStringLiteral("authorize")), form);
    QCOMPARE(page.status, 200); // the page again, with the error
    QVERIFY(QString::fromUtf8(page.body).contains(QLatin1String("Your account or password is incorrect.")));

    QVERIFY(m_id->signIn(QStringLiteral("tdx.signin"), QStringLiteral("wrong"),
                         QStringLiteral("User.Read.All"), verifier)
                .isEmpty());
    IdentityFixture::Fields scripted = authorizeFields(verifier);
    scripted.append({QStringLiteral("login_hint"), m_id->username(QStringLiteral("tdx.signin"))});
    scripted.append({QStringLiteral("sandbox_password"), QStringLiteral("wrong")});
    const QUrlQuery denied = IdentityFixture::redirectQuery(m_id->authorize(scripted));
    QCOMPARE(denied.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(denied.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("AADSTS50126: ")));

    // A blocked user cannot sign in.
    m_id->addAccount(QStringLiteral("tdx.blocked"), m_password, false);
    scripted = authorizeFields(verifier);
    scripted.append({QStringLiteral("login_hint"), m_id->username(QStringLiteral("tdx.blocked"))});
    scripted.append({QStringLiteral("sandbox_password"), m_password});
    QVERIFY(IdentityFixture::redirectQuery(m_id->authorize(scripted))
                .queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("AADSTS50057: ")));
}

void TestIdentityAuthCode::sessionMakesSecondSignInSilent()
{
    const QString verifier = IdentityFixture::newVerifier();
    // The sign-in sets the session cookie (the client's cookie jar keeps it, like a browser).
    QVERIFY(!m_id->signIn(QStringLiteral("tdx.signin"), m_password, QStringLiteral("User.Read.All"), verifier)
                 .isEmpty());
    IdentityFixture::Fields silent = authorizeFields(verifier, QStringLiteral("User.Read.All"));
    silent.append({QStringLiteral("prompt"), QStringLiteral("none")});
    const auto reply = m_id->authorize(silent);
    QCOMPARE(reply.status, 302);
    const QString code =
        IdentityFixture::redirectQuery(reply).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    QCOMPARE(IdentityFixture::claimsOf(
                 redeem(code, verifier).json().value(QLatin1String("access_token")).toString().toLatin1())
                 .value(QLatin1String("oid"))
                 .toString(),
             m_userId);

    // After sign-out, prompt=none answers login_required.
    const auto logout = m_client->get(m_id->endpoint(QStringLiteral("logout")) +
                                          QStringLiteral("?post_logout_redirect_uri=") +
                                          QString::fromLatin1(QUrl::toPercentEncoding(m_id->redirectUri)),
                                      {});
    QCOMPARE(logout.status, 302);
    QCOMPARE(QString::fromUtf8(logout.header("Location")), m_id->redirectUri);
    const QUrlQuery required = IdentityFixture::redirectQuery(m_id->authorize(silent));
    QCOMPARE(required.queryItemValue(QStringLiteral("error")), QStringLiteral("login_required"));
}

void TestIdentityAuthCode::unusableRedirectGetsAnErrorPage()
{
    IdentityFixture::Fields fields = authorizeFields(IdentityFixture::newVerifier());
    fields[2].second = QStringLiteral("https://evil.example/callback");
    const auto reply = m_id->authorize(fields);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(QString::fromUtf8(reply.body).contains(QLatin1String("AADSTS50011")));

    fields = authorizeFields(IdentityFixture::newVerifier());
    fields[0].second = Tenant::newGuid();
    const auto unknown = m_id->authorize(fields);
    QCOMPARE(unknown.status, 400);
    QVERIFY(QString::fromUtf8(unknown.body).contains(QLatin1String("AADSTS700016")));

    // localhost on any port is a loopback redirect too.
    fields = authorizeFields(IdentityFixture::newVerifier());
    fields[2].second = QStringLiteral("http://localhost:4711/auth");
    fields.append({QStringLiteral("login_hint"), m_id->username(QStringLiteral("tdx.signin"))});
    fields.append({QStringLiteral("sandbox_password"), m_password});
    const auto local = m_id->authorize(fields);
    QCOMPARE(local.status, 302);
    QVERIFY(local.header("Location").startsWith("http://localhost:4711/auth?code="));
}

void TestIdentityAuthCode::mixedResourcesAreRefused()
{
    IdentityFixture::Fields fields = authorizeFields(
        IdentityFixture::newVerifier(),
        QStringLiteral(
            "https://graph.microsoft.com/.default https://outlook.office365.com/.default offline_access"));
    const QUrlQuery query = IdentityFixture::redirectQuery(m_id->authorize(fields));
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_scope"));
    QVERIFY(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                .startsWith(QLatin1String("AADSTS28000: ")));

    fields = authorizeFields(IdentityFixture::newVerifier(), QStringLiteral("Not.A.Permission"));
    QCOMPARE(IdentityFixture::redirectQuery(m_id->authorize(fields)).queryItemValue(QStringLiteral("error")),
             QStringLiteral("invalid_scope"));
}

void TestIdentityAuthCode::delegatedTokenCallsGraph()
{
    const auto tokens =
        m_id->signInTokens(QStringLiteral("tdx.signin"), m_password,
                           QStringLiteral("https://graph.microsoft.com/.default offline_access"));
    QCOMPARE(tokens.status, 200);
    const QByteArray graph = tokens.json().value(QLatin1String("access_token")).toString().toLatin1();
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/organization"), graph).status, 200);

    // A token for Exchange is not a Graph token.
    const auto exchange = m_id->token(
        {{QStringLiteral("client_id"), m_id->publicClientId},
         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
         {QStringLiteral("refresh_token"), tokens.json().value(QLatin1String("refresh_token")).toString()},
         {QStringLiteral("scope"), QStringLiteral("https://outlook.office365.com/.default")}});
    QCOMPARE(exchange.status, 200);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/organization"),
                       exchange.json().value(QLatin1String("access_token")).toString().toLatin1())
                 .status,
             401);
    // A token with only OpenID Connect scopes is a Graph token without directory permissions.
    const auto openid =
        m_id->signInTokens(QStringLiteral("tdx.signin"), m_password, QStringLiteral("openid profile"));
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/organization"),
                       openid.json().value(QLatin1String("access_token")).toString().toLatin1())
                 .status,
             403);
}

void TestIdentityAuthCode::accessTokenLifetimeIsConfigurable()
{
    m_client->sandbox().identity().setAccessTokenLifetime(90);
    const auto tokens =
        m_id->signInTokens(QStringLiteral("tdx.signin"), m_password, QStringLiteral("User.Read.All"));
    m_client->sandbox().identity().setAccessTokenLifetime(3600);
    QCOMPARE(tokens.json().value(QLatin1String("expires_in")).toInt(), 90);
    const QJsonObject claims =
        IdentityFixture::claimsOf(tokens.json().value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger(),
             90);
}

QTEST_GUILESS_MAIN(TestIdentityAuthCode)
#include "tst_identityauthcode.moc"
