#include "graphdirectoryfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <QtTest>

#include <memory>

// The directory endpoints on a large tenant: every listing (storage order, $orderby, $filter, delta) reaches
// every user exactly once. Prints how long the pages took (figures only; nothing here depends on time).
// TENANTDESK_SCALE_USERS sets the tenant size (default 20000; the sandbox is meant for 200000).
class TestGraphDirectoryScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listingPagesReachEveryone_data();
    void listingPagesReachEveryone();
    void deltaRoundReachesEveryone();

private:
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GraphDirectoryFixture> m_fixture;
    QByteArray m_token;
};

void TestGraphDirectoryScale::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    const int users = qEnvironmentVariableIntValue("TENANTDESK_SCALE_USERS") > 0
                          ? qEnvironmentVariableIntValue("TENANTDESK_SCALE_USERS")
                          : 20000;
    QElapsedTimer timer;
    timer.start();
    m_fixture = std::make_unique<GraphDirectoryFixture>(*m_client, users);
    qInfo("fixture: %d users in %lld ms", users, timer.elapsed());
    m_token = m_fixture->appToken();
}

void TestGraphDirectoryScale::listingPagesReachEveryone_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("advanced");
    QTest::addColumn<bool>("everyone");
    QTest::newRow("storage order") << "/v1.0/users?$top=999&$select=id,displayName" << false << true;
    QTest::newRow("orderby displayName")
        << "/v1.0/users?$top=999&$select=id,displayName&$orderby=displayName" << false << true;
    QTest::newRow("orderby upn desc")
        << "/v1.0/users?$top=999&$select=id&$orderby=userPrincipalName%20desc" << false << true;
    QTest::newRow("filter") << QStringLiteral("/v1.0/users?$top=999&$select=id&$filter=") +
                                   QString::fromLatin1(QUrl::toPercentEncoding(
                                       QStringLiteral("startswith(displayName,'Ann')")))
                            << false << false;
    QTest::newRow("advanced ne + count")
        << QStringLiteral("/v1.0/users?$top=999&$select=id&$count=true&$filter=") +
               QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("jobTitle ne 'Zookeeper'")))
        << true << true;
}

void TestGraphDirectoryScale::listingPagesReachEveryone()
{
    QFETCH(QString, url);
    QFETCH(bool, advanced);
    QFETCH(bool, everyone);
    QElapsedTimer timer;
    timer.start();
    QJsonArray items;
    QString error;
    int pages = 0;
    QVERIFY2(m_fixture->collect(url, m_token, &items, &error,
                                advanced ? GraphDirectoryFixture::eventual()
                                         : QList<QPair<QByteArray, QByteArray>>(),
                                1000, &pages),
             qPrintable(error));
    const qint64 ms = timer.elapsed();
    const QStringList ids = GraphDirectoryFixture::ids(items);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    if (everyone)
        QCOMPARE(items.size(), m_client->tenant().users.aliveCount());
    else
        QVERIFY(!items.isEmpty());
    qInfo("%s: %lld items in %d pages, %lld ms (%.1f ms/page)", QTest::currentDataTag(),
          qlonglong(items.size()), pages, ms, double(ms) / pages);
}

void TestGraphDirectoryScale::deltaRoundReachesEveryone()
{
    QElapsedTimer timer;
    timer.start();
    QString next = QStringLiteral("/v1.0/users/delta?$select=displayName,jobTitle");
    QSet<QString> seen;
    int pages = 0;
    QString deltaLink;
    while (!next.isEmpty() && pages < 5000) {
        const auto reply = m_client->get(next, m_token);
        QCOMPARE(reply.status, 200);
        ++pages;
        for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray())
            seen.insert(v.toObject().value(QLatin1String("id")).toString());
        next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
        deltaLink = reply.json().value(QLatin1String("@odata.deltaLink")).toString();
    }
    QCOMPARE(seen.size(), m_client->tenant().users.aliveCount());
    QVERIFY(!deltaLink.isEmpty());
    qInfo("delta initial round: %lld users in %d pages, %lld ms", qlonglong(seen.size()), pages,
          timer.elapsed());
}

QTEST_GUILESS_MAIN(TestGraphDirectoryScale)
#include "tst_graphdirectoryscale.moc"
