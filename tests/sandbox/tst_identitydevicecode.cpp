#include "identityfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identityendpoints.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

// The device code flow (RFC 8628) as MSAL and the console's CLI run it: /devicecode, the user on
// /devicelogin, the client polling /token.
class TestIdentityDeviceCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startAnswersMicrosoftsShape();
    void pendingSlowDownApprovedToken();
    void declinedStopsPolling();
    void codeExpires();
    void unknownCodes();
    void loginPageRefusesBadInput();

private:
    QJsonObject start(const QString &scope = QStringLiteral(
                          "https://graph.microsoft.com/.default offline_access openid profile"));
    SandboxClient::Reply poll(const QString &deviceCode);
    SandboxClient::Reply answer(const QString &userCode, const QString &password,
                                const QString &action = QStringLiteral("approve"));
    QString error(const SandboxClient::Reply &reply) const
    {
        return reply.json().value(QLatin1String("error")).toString();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<IdentityFixture> m_id;
    QString m_userId;
    const QString m_password = QStringLiteral("Pw-Device-7");
};

void TestIdentityDeviceCode::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.users = 20;
    options.schools = 1;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_id = std::make_unique<IdentityFixture>(*m_client);
    m_userId = m_id->addAccount(QStringLiteral("tdx.device"), m_password);
    m_client->sandbox().identity().setDeviceCodeInterval(1);
}

QJsonObject TestIdentityDeviceCode::start(const QString &scope)
{
    const auto reply = m_client->postForm(
        m_id->endpoint(QStringLiteral("devicecode")),
        {{QStringLiteral("client_id"), m_id->publicClientId}, {QStringLiteral("scope"), scope}});
    return reply.status == 200 ? reply.json() : QJsonObject();
}

SandboxClient::Reply TestIdentityDeviceCode::poll(const QString &deviceCode)
{
    return m_id->token(
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), m_id->publicClientId},
         {QStringLiteral("device_code"), deviceCode},
         {QStringLiteral("client_info"), QStringLiteral("1")}});
}

SandboxClient::Reply TestIdentityDeviceCode::answer(const QString &userCode, const QString &password,
                                                    const QString &action)
{
    return m_client->postForm(QStringLiteral("/devicelogin"),
                              {{QStringLiteral("otc"), userCode},
                               {QStringLiteral("login"), m_id->username(QStringLiteral("tdx.device"))},
                               {QStringLiteral("passwd"), password},
                               {QStringLiteral("action"), action}});
}

void TestIdentityDeviceCode::startAnswersMicrosoftsShape()
{
    const QJsonObject body = start();
    QVERIFY(!body.isEmpty());
    const QString userCode = body.value(QLatin1String("user_code")).toString();
    QCOMPARE(userCode.size(), 9);
    QVERIFY(userCode == userCode.toUpper());
    QVERIFY(body.value(QLatin1String("device_code")).toString().size() > 40);
    const QString verification = m_client->baseUrl() + QStringLiteral("/devicelogin");
    QCOMPARE(body.value(QLatin1String("verification_uri")).toString(), verification);
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 900);
    QCOMPARE(body.value(QLatin1String("interval")).toInt(), 1);
    QCOMPARE(body.value(QLatin1String("message")).toString(),
             QStringLiteral(
                 "To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
                 .arg(verification, userCode));

    const auto page = m_client->get(QStringLiteral("/devicelogin"), {});
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(QLatin1String("name=\"otc\"")));
}

void TestIdentityDeviceCode::pendingSlowDownApprovedToken()
{
    const QJsonObject started = start();
    const QString deviceCode = started.value(QLatin1String("device_code")).toString();
    const auto pending = poll(deviceCode);
    QCOMPARE(pending.status, 400);
    QCOMPARE(error(pending), QStringLiteral("authorization_pending"));
    QCOMPARE(pending.json().value(QLatin1String("error_codes")).toArray(), QJsonArray{70016});
    // Polling again at once, faster than the interval.
    QCOMPARE(error(poll(deviceCode)), QStringLiteral("slow_down"));

    // The user types the code (lower case, with a dash, as people do) and signs in.
    const QString typed =
        started.value(QLatin1String("user_code")).toString().toLower().insert(4, QLatin1Char('-'));
    const auto approved = answer(typed, m_password);
    QCOMPARE(approved.status, 200);
    QVERIFY(QString::fromUtf8(approved.body)
                .contains(QLatin1String("You have signed in to the Tenantdesk (test) application")));

    QTest::qWait(1100); // the client waits the interval before polling again
    const auto token = poll(deviceCode);
    QCOMPARE(token.status, 200);
    const QJsonObject body = token.json();
    QVERIFY(!body.value(QLatin1String("refresh_token")).toString().isEmpty());
    QVERIFY(!body.value(QLatin1String("id_token")).toString().isEmpty());
    QVERIFY(!body.value(QLatin1String("client_info")).toString().isEmpty());
    const QJsonObject claims =
        IdentityFixture::claimsOf(body.value(QLatin1String("access_token")).toString().toLatin1());
    QCOMPARE(claims.value(QLatin1String("oid")).toString(), m_userId);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://graph.microsoft.com"));

    // The device code is spent.
    QCOMPARE(error(poll(deviceCode)), QStringLiteral("bad_verification_code"));
}

void TestIdentityDeviceCode::declinedStopsPolling()
{
    const QJsonObject started = start();
    QCOMPARE(
        answer(started.value(QLatin1String("user_code")).toString(), m_password, QStringLiteral("decline"))
            .status,
        200);
    const auto reply = poll(started.value(QLatin1String("device_code")).toString());
    QCOMPARE(reply.status, 400);
    QCOMPARE(error(reply), QStringLiteral("authorization_declined"));
}

void TestIdentityDeviceCode::codeExpires()
{
    m_client->sandbox().identity().setDeviceCodeLifetime(1);
    const QJsonObject started = start();
    m_client->sandbox().identity().setDeviceCodeLifetime(900);
    QCOMPARE(started.value(QLatin1String("expires_in")).toInt(), 1);
    QCOMPARE(error(poll(started.value(QLatin1String("device_code")).toString())),
             QStringLiteral("authorization_pending"));
    QTest::qWait(1200);
    const auto expired = poll(started.value(QLatin1String("device_code")).toString());
    QCOMPARE(error(expired), QStringLiteral("expired_token"));
    QCOMPARE(expired.json().value(QLatin1String("error_codes")).toArray(), QJsonArray{70019});
    // The user is too late as well.
    QCOMPARE(answer(started.value(QLatin1String("user_code")).toString(), m_password).status, 400);
}

void TestIdentityDeviceCode::unknownCodes()
{
    QCOMPARE(error(poll(QStringLiteral("DAQABIQEAAADnot-a-code"))), QStringLiteral("bad_verification_code"));
    // A device code belongs to the client that asked for it.
    const QJsonObject started = start();
    const auto other = m_id->token(
        {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
         {QStringLiteral("client_id"), m_id->confidentialClientId},
         {QStringLiteral("device_code"), started.value(QLatin1String("device_code")).toString()}});
    QCOMPARE(error(other), QStringLiteral("bad_verification_code"));
    // Scope errors come at the start.
    const auto badScope = m_client->postForm(
        m_id->endpoint(QStringLiteral("devicecode")),
        {{QStringLiteral("client_id"), m_id->publicClientId},
         {QStringLiteral("scope"),
          QStringLiteral("https://graph.microsoft.com/.default https://outlook.office365.com/.default")}});
    QCOMPARE(badScope.status, 400);
    QCOMPARE(error(badScope), QStringLiteral("invalid_scope"));
}

void TestIdentityDeviceCode::loginPageRefusesBadInput()
{
    QCOMPARE(answer(QStringLiteral("ZZZZZZZZZ"), m_password).status, 400);
    const QJsonObject started = start();
    const auto wrong = answer(started.value(QLatin1String("user_code")).toString(), QStringLiteral("wrong"));
    QCOMPARE(wrong.status, 400);
    QVERIFY(QString::fromUtf8(wrong.body).contains(QLatin1String("AADSTS50126")));
    // Still pending: a wrong password does not decide the request.
    QCOMPARE(error(poll(started.value(QLatin1String("device_code")).toString())),
             QStringLiteral("authorization_pending"));
}

QTEST_GUILESS_MAIN(TestIdentityDeviceCode)
#include "tst_identitydevicecode.moc"
