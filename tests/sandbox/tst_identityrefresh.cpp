#include "exchangefixture.h"
#include "identityfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identityendpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QtTest>

#include <memory>

// Refresh tokens: a new access token (and refresh token) each time, a token for another resource from the
// same refresh token (Graph sign-in → Exchange without a prompt), rotation, sign-out and revocation.
class TestIdentityRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshGivesNewTokens();
    void graphRefreshTokenGetsExchangeToken();
    void refreshTokenIsBoundToItsClient();
    void replacedRefreshTokenStopsAfterGrace();
    void signOutRevokesRefreshTokens();
    void blockedOrRevokedUserCannotRefresh();
    void garbageRefreshToken();

private:
    SandboxClient::Reply refresh(const QString &token, const QString &scope = QString(),
                                 const QString &clientId = QString());
    QString signInRefreshToken(const QString &nick);
    int aadsts(const SandboxClient::Reply &reply) const
    {
        return reply.json().value(QLatin1String("error_codes")).toArray().first().toInt();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
    std::unique_ptr<IdentityFixture> m_id;
    const QString m_password = QStringLiteral("Pw-Refresh-42");
};

void TestIdentityRefresh::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 20;
    options.schools = 1;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_exo = std::make_unique<ExchangeFixture>(*m_client);
    m_id = std::make_unique<IdentityFixture>(*m_client);
    // The Exchange administrator of the Exchange fixture gets a password.
    m_client->tenant().accounts.append(Tenant::Account{
        m_exo->adminId, QStringLiteral("tdx.admin@") + m_exo->domain(), m_password, QStringLiteral("admin")});
    m_id->addAccount(QStringLiteral("tdx.refresher"), m_password);
}

SandboxClient::Reply TestIdentityRefresh::refresh(const QString &token, const QString &scope,
                                                  const QString &clientId)
{
    IdentityFixture::Fields fields{
        {QStringLiteral("client_id"), clientId.isEmpty() ? m_id->publicClientId : clientId},
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), token}};
    if (!scope.isEmpty())
        fields.append({QStringLiteral("scope"), scope});
    return m_id->token(fields);
}

QString TestIdentityRefresh::signInRefreshToken(const QString &nick)
{
    const auto tokens = m_id->signInTokens(
        nick, m_password,
        QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    return tokens.json().value(QLatin1String("refresh_token")).toString();
}

void TestIdentityRefresh::refreshGivesNewTokens()
{
    const auto first = m_id->signInTokens(
        QStringLiteral("tdx.refresher"), m_password,
        QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    QCOMPARE(first.status, 200);
    const QString rt = first.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!rt.isEmpty());

    const auto second =
        refresh(rt, QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    QCOMPARE(second.status, 200);
    const QJsonObject body = second.json();
    QVERIFY(!body.value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(body.value(QLatin1String("access_token")) != first.json().value(QLatin1String("access_token")));
    const QString rotated = body.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != rt);
    QVERIFY(body.contains(QLatin1String("id_token")));
    // Without a scope, the refresh token's own scope is used.
    const auto noScope = refresh(rotated);
    QCOMPARE(noScope.status, 200);
    QCOMPARE(
        IdentityFixture::claimsOf(noScope.json().value(QLatin1String("access_token")).toString().toLatin1())
            .value(QLatin1String("aud"))
            .toString(),
        QStringLiteral("https://graph.microsoft.com"));
}

void TestIdentityRefresh::graphRefreshTokenGetsExchangeToken()
{
    // Sign in to Graph as the Exchange administrator …
    const auto graph = m_id->signInTokens(
        QStringLiteral("tdx.admin"), m_password,
        QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile"));
    QCOMPARE(graph.status, 200);
    // … and get Exchange with the same refresh token, without a prompt.
    const auto exchange =
        refresh(graph.json().value(QLatin1String("refresh_token")).toString(),
                QStringLiteral("https://outlook.office365.com/.default offline_access openid profile"));
    QCOMPARE(exchange.status, 200);
    QCOMPARE(
        exchange.json().value(QLatin1String("scope")).toString(),
        QStringLiteral(
            "https://outlook.office365.com/Exchange.Manage https://outlook.office365.com/Exchange.ManageV2 "
            "openid profile"));
    const QByteArray token = exchange.json().value(QLatin1String("access_token")).toString().toLatin1();
    const QJsonObject claims = IdentityFixture::claimsOf(token);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(claims.value(QLatin1String("scp")).toString(),
             QStringLiteral("Exchange.Manage Exchange.ManageV2"));
    QCOMPARE(claims.value(QLatin1String("oid")).toString(), m_exo->adminId);

    // The Exchange token works on Exchange's admin API; the Graph token does not.
    const auto mailbox = m_exo->invoke(token, QStringLiteral("Get-Mailbox"),
                                       {{QStringLiteral("Identity"), m_exo->annaAddress()}});
    QCOMPARE(mailbox.status, 200);
    const QByteArray graphToken = graph.json().value(QLatin1String("access_token")).toString().toLatin1();
    QCOMPARE(m_exo
                 ->invoke(graphToken, QStringLiteral("Get-Mailbox"),
                          {{QStringLiteral("Identity"), m_exo->annaAddress()}})
                 .status,
             401);
}

void TestIdentityRefresh::refreshTokenIsBoundToItsClient()
{
    const QString rt = signInRefreshToken(QStringLiteral("tdx.refresher"));
    // Another public client cannot redeem it.
    Tenant::App other;
    other.clientId = Tenant::newGuid();
    other.displayName = QStringLiteral("Other app");
    m_client->tenant().apps.append(other);
    const auto reply = refresh(rt, QString(), other.clientId);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    // A confidential client must authenticate.
    const auto confidential = refresh(rt, QString(), m_id->confidentialClientId);
    QCOMPARE(confidential.status, 401);
    QCOMPARE(confidential.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
}

void TestIdentityRefresh::replacedRefreshTokenStopsAfterGrace()
{
    IdentityEndpoints &identity = m_client->sandbox().identity();
    const QString rt = signInRefreshToken(QStringLiteral("tdx.refresher"));
    const auto rotated = refresh(rt);
    QCOMPARE(rotated.status, 200);
    // Within the grace period (default 300 s) the replaced token still works …
    QCOMPARE(refresh(rt).status, 200);
    // … once it has passed, only the newest one does.
    identity.setRefreshTokenGrace(0);
    const auto stale = refresh(rt);
    identity.setRefreshTokenGrace(300);
    QCOMPARE(stale.status, 400);
    QCOMPARE(stale.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(aadsts(stale), 70000);
    QCOMPARE(refresh(rotated.json().value(QLatin1String("refresh_token")).toString()).status, 200);

    // A refresh token unused for its lifetime expires.
    identity.setRefreshTokenLifetime(0);
    const auto expired = refresh(signInRefreshToken(QStringLiteral("tdx.refresher")));
    identity.setRefreshTokenLifetime(90 * 24 * 3600);
    QCOMPARE(aadsts(expired), 700082);
}

void TestIdentityRefresh::signOutRevokesRefreshTokens()
{
    IdentityEndpoints &identity = m_client->sandbox().identity();
    const QString userId =
        m_client->tenant().findAccount(m_id->username(QStringLiteral("tdx.refresher")))->userId;
    const QString rt = signInRefreshToken(QStringLiteral("tdx.refresher"));
    QVERIFY(identity.liveRefreshTokens(userId) > 0);
    const auto logout =
        m_client->get(m_id->endpoint(QStringLiteral("logout")) + QStringLiteral("?logout_hint=") +
                          m_id->username(QStringLiteral("tdx.refresher")),
                      {});
    QCOMPARE(logout.status, 200);
    QVERIFY(QString::fromUtf8(logout.body).contains(QLatin1String("You signed out of your account")));
    QCOMPARE(identity.liveRefreshTokens(userId), 0);
    const auto reply = refresh(rt);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(aadsts(reply), 50173);
}

void TestIdentityRefresh::blockedOrRevokedUserCannotRefresh()
{
    Tenant &tenant = m_client->tenant();
    const QString leaver = m_id->addAccount(QStringLiteral("tdx.leaver"), m_password);
    const QString rt = signInRefreshToken(QStringLiteral("tdx.leaver"));
    QVERIFY(!rt.isEmpty());
    // Graph's revokeSignInSessions sets signInSessionsValidFromDateTime: refresh tokens from sign-ins before
    // it stop working (here it is set a little ahead, so the sign-in a moment ago is before it).
    tenant.users.update(leaver,
                        {{QStringLiteral("signInSessionsValidFromDateTime"),
                          QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate)}},
                        tenant.nextSequence());
    QCOMPARE(aadsts(refresh(rt)), 50173);

    // Blocking the user (accountEnabled false) stops refreshing too.
    const QString blockedUser = m_id->addAccount(QStringLiteral("tdx.blockedlater"), m_password);
    const QString blockedRt = signInRefreshToken(QStringLiteral("tdx.blockedlater"));
    QVERIFY(!blockedRt.isEmpty());
    tenant.users.update(blockedUser, {{QStringLiteral("accountEnabled"), false}}, tenant.nextSequence());
    const auto blocked = refresh(blockedRt);
    QCOMPARE(blocked.status, 400);
    QCOMPARE(aadsts(blocked), 50057);
}

void TestIdentityRefresh::garbageRefreshToken()
{
    const auto reply = refresh(QStringLiteral("not-a-refresh-token"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(aadsts(reply), 9002313);
    const auto missing = m_id->token({{QStringLiteral("client_id"), m_id->publicClientId},
                                      {QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
    QCOMPARE(aadsts(missing), 900144);
}

QTEST_GUILESS_MAIN(TestIdentityRefresh)
#include "tst_identityrefresh.moc"
