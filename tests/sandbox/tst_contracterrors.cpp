#include "contractprobe.h"
#include "contracttargets.h"
#include "sandboxclient.h"
#include "schemavalidator.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

// Contract tests for failures: every kind of error the sandbox's Graph answers with (bad query, page size,
// missing or bad token, missing permission, unknown object, wrong method, throttling) has Graph's error
// body, odata.error of Microsoft's v1.0 shapes (shared/graph-schema).
class TestContractErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void expiredDeltaTokenIsAnODataError();
    void throttledReplyIsAnODataError();
    void organizationIsNotInTheSchema();

private:
    QByteArray tokenFor(const QString &kind);

    SchemaValidator m_validator;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ContractProbe> m_probe;
    QByteArray m_token;
    QString m_userId; // a user with a mailbox
};

#define CONTRACT(expression)                                                                                 \
    do {                                                                                                     \
        const QString contractProblems = (expression);                                                       \
        QVERIFY2(contractProblems.isEmpty(), qPrintable(contractProblems));                                  \
    } while (false)

void TestContractErrors::initTestCase()
{
    QVERIFY2(m_validator.schema().isLoaded(), qPrintable(m_validator.schema().loadError()));
    SandboxOptions options;
    options.users = 300;
    options.schools = 3;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_probe = std::make_unique<ContractProbe>(*m_client, m_validator);
    m_token = m_client->adminAppToken();
    ContractTargets targets;
    QString error;
    QVERIFY2(targets.find(m_client->tenant(), &error), qPrintable(error));
    m_userId = targets.userId;
}

QByteArray TestContractErrors::tokenFor(const QString &kind)
{
    if (kind == QLatin1String("admin"))
        return m_token;
    if (kind == QLatin1String("expired"))
        return m_client->mintToken({QStringLiteral("User.Read.All")}, QString(),
                                   QStringLiteral("https://graph.microsoft.com"), -600);
    if (kind == QLatin1String("exchangeAudience"))
        return m_client->mintToken({QStringLiteral("User.Read.All")}, QString(),
                                   QStringLiteral("https://outlook.office365.com"));
    if (kind == QLatin1String("unprivileged"))
        return m_client->mintToken({});
    if (kind == QLatin1String("garbage"))
        return QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
    return QByteArray(); // no Authorization header
}

void TestContractErrors::errors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString missing = QStringLiteral("00000000-0000-4000-8000-00000000dead");
    const auto row = [](const char *name, const QByteArray &method, const QString &path, const char *token,
                        int status, const QByteArray &body = QByteArray()) {
        QTest::newRow(name) << method << path << QString::fromLatin1(token) << body << status;
    };
    const QString calendar = QStringLiteral("/users/%1/calendar/calendarPermissions").arg(m_userId);
    row("400 bad $filter", "GET", QStringLiteral("/users?$filter=displayName eqq 'x'"), "admin", 400);
    row("400 $top=1000", "GET", QStringLiteral("/users?$top=1000"), "admin", 400);
    row("400 $top=0", "GET", QStringLiteral("/groups?$top=0"), "admin", 400);
    row("400 unknown $select", "GET", QStringLiteral("/users?$select=displayName,favouriteColour"), "admin",
        400);
    row("400 unknown segment", "GET", QStringLiteral("/bananas"), "admin", 400);
    row("400 unreadable body", "POST", QStringLiteral("/directory/administrativeUnits"), "admin", 400,
        "{\"displayName\":");
    row("400 unknown sku", "POST", QStringLiteral("/users/%1/assignLicense").arg(m_userId), "admin", 400,
        "{\"addLicenses\":[{\"skuId\":\"" + missing.toLatin1() + "\"}],\"removeLicenses\":[]}");
    row("401 no token", "GET", QStringLiteral("/users"), "none", 401);
    row("401 expired", "GET", QStringLiteral("/users"), "expired", 401);
    row("401 wrong audience", "GET", QStringLiteral("/users"), "exchangeAudience", 401);
    row("401 garbage token", "GET", QStringLiteral("/groups"), "garbage", 401);
    row("403 users", "GET", QStringLiteral("/users"), "unprivileged", 403);
    row("403 groups", "GET", QStringLiteral("/groups"), "unprivileged", 403);
    row("403 subscribedSkus", "GET", QStringLiteral("/subscribedSkus"), "unprivileged", 403);
    row("403 authorizationPolicy", "GET", QStringLiteral("/policies/authorizationPolicy"), "unprivileged",
        403);
    row("403 administrativeUnits", "GET", QStringLiteral("/directory/administrativeUnits"), "unprivileged",
        403);
    row("403 education", "GET", QStringLiteral("/education/schools"), "unprivileged", 403);
    row("403 calendarPermissions", "GET", calendar, "unprivileged", 403);
    row("403 users delta", "GET", QStringLiteral("/users/delta"), "unprivileged", 403);
    row("404 user", "GET", QStringLiteral("/users/") + missing, "admin", 404);
    row("404 group", "GET", QStringLiteral("/groups/") + missing, "admin", 404);
    row("404 group members", "GET", QStringLiteral("/groups/%1/members").arg(missing), "admin", 404);
    row("404 administrativeUnit", "GET", QStringLiteral("/directory/administrativeUnits/") + missing, "admin",
        404);
    row("404 school", "GET", QStringLiteral("/education/schools/") + missing, "admin", 404);
    row("404 class", "GET", QStringLiteral("/education/classes/") + missing, "admin", 404);
    row("404 calendar of unknown user", "GET",
        QStringLiteral("/users/%1/calendar/calendarPermissions").arg(missing), "admin", 404);
    row("404 calendarPermission", "GET", calendar + QStringLiteral("/UmVtb3ZlZA=="), "admin", 404);
    row("404 deleted user", "GET", QStringLiteral("/directory/deletedItems/") + missing, "admin", 404);
    row("405 method", "DELETE", QStringLiteral("/subscribedSkus"), "admin", 405);
}

void TestContractErrors::errors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const auto reply = m_client->request(method, ContractProbe::graph(path), tokenFor(token), body);
    CONTRACT(m_probe->check(QString::fromLatin1(method) + QLatin1Char(' ') + path, reply, {status},
                            QStringLiteral("(any non-2xx JSON error body)")));
    const QJsonObject error = reply.json().value(QLatin1String("error")).toObject();
    QVERIFY2(!error.value(QLatin1String("code")).toString().isEmpty(), "Graph errors always carry a code");
}

void TestContractErrors::expiredDeltaTokenIsAnODataError()
{
    // A deltaLink older than the change log's horizon: 410 Gone, with a Location to start over from.
    const auto latest = m_client->get(QStringLiteral("/v1.0/users/delta?$deltatoken=latest"), m_token);
    QCOMPARE(latest.status, 200);
    const QString deltaLink = latest.json().value(QLatin1String("@odata.deltaLink")).toString();
    QVERIFY(!deltaLink.isEmpty());
    const QByteArray patch = "{\"jobTitle\":\"Contract horizon\"}";
    QCOMPARE(m_client->request("PATCH", QStringLiteral("/v1.0/users/") + m_userId, m_token, patch).status,
             204);
    Tenant &tenant = m_client->tenant();
    tenant.users.compactLog(tenant.sequence);
    const auto gone = m_client->get(deltaLink, m_token);
    CONTRACT(m_probe->check(QStringLiteral("GET <expired deltaLink>"), gone, {410},
                            QStringLiteral("(any non-2xx JSON error body)")));
    QVERIFY(!gone.header("Location").isEmpty());
}

void TestContractErrors::throttledReplyIsAnODataError()
{
    Throttle &throttle = m_client->sandbox().server().throttle();
    throttle.setProfile(QStringLiteral("storm"));
    SandboxClient::Reply throttled;
    for (int i = 0; i < 500 && throttled.status != 429; ++i)
        throttled = m_client->get(ContractProbe::graph(QStringLiteral("/subscribedSkus")), m_token);
    throttle.setProfile(QStringLiteral("off"));
    CONTRACT(m_probe->check(QStringLiteral("GET /subscribedSkus (storm)"), throttled, {429},
                            QStringLiteral("(any non-2xx JSON error body)")));
    bool ok = false;
    QVERIFY2(throttled.header("Retry-After").toDouble(&ok) > 0 && ok,
             throttled.header("Retry-After").constData());
}

void TestContractErrors::organizationIsNotInTheSchema()
{
    // GET /organization is served, but the v1.0 subset has no organization type to hold it to.
    QVERIFY(!m_validator.schema().hasDefinition(QStringLiteral("microsoft.graph.organization")));
    QVERIFY(m_validator.schema().definitionForOperation(QStringLiteral("GET /organization")).isEmpty());
    QCOMPARE(m_client->get(ContractProbe::graph(QStringLiteral("/organization")), m_token).status, 200);
    QSKIP("microsoft.graph.organization is not in shared/graph-schema/v1.0-subset.json");
}

QTEST_GUILESS_MAIN(TestContractErrors)
#include "tst_contracterrors.moc"
