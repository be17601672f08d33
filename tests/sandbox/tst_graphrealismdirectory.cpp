// The sandbox's directory listings under the --realism switches that are hard on a full sync: ranges on
// userPrincipalName refused ("upn-ranges"), page tokens that expire ("page-token-expiry"), a lowered /users
// page size ("page-size"); and gt/lt, which no directory property supports, refused always.
#include "sandboxclient.h"

#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QThread>
#include <QUrl>
#include <QtTest>

class TestGraphRealismDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void gtAndLtAreAlwaysRefused_data();
    void gtAndLtAreAlwaysRefused();
    void upnRangesRefusedBySwitch();
    void expiredPageTokens_data();
    void expiredPageTokens();
    void usersPageSizeLowered();

private:
    SandboxClient::Reply users(const QString &query)
    {
        return m_client->get(QStringLiteral("/v1.0/users?") + query, m_token);
    }
    static QString filter(const QString &text)
    {
        return QStringLiteral("$filter=") + QString::fromLatin1(QUrl::toPercentEncoding(text));
    }
    static QString errorCode(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    static QString errorMessage(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
    SandboxOptions::Realism &realism() { return m_client->sandbox().server().realism(); }

    std::unique_ptr<SandboxClient> m_client;
    QByteArray m_token;
};

void TestGraphRealismDirectory::initTestCase()
{
    SandboxOptions options;
    options.users = 300;
    options.schools = 2;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_token = m_client->adminAppToken();
}

void TestGraphRealismDirectory::init()
{
    realism() = SandboxOptions::Realism();
}

void TestGraphRealismDirectory::gtAndLtAreAlwaysRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("property");
    QTest::newRow("upn gt") << "userPrincipalName gt 'm'"
                            << "userPrincipalName";
    QTest::newRow("upn lt") << "userPrincipalName lt 'm'"
                            << "userPrincipalName";
    QTest::newRow("date gt") << "createdDateTime gt 2024-01-01T00:00:00Z"
                             << "createdDateTime";
    QTest::newRow("in an and") << "accountEnabled eq true and displayName lt 'B'"
                               << "displayName";
}

void TestGraphRealismDirectory::gtAndLtAreAlwaysRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, property);
    const auto reply = users(filter(text));
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_UnsupportedQuery"));
    QCOMPARE(errorMessage(reply),
             QStringLiteral("Unsupported or invalid query filter clause specified for property '%1' of "
                            "resource 'User'.")
                 .arg(property));
    // ge/le stay where the tables allow them.
    QCOMPARE(users(filter(QStringLiteral("createdDateTime ge 2024-01-01T00:00:00Z"))).status, 200);
}

void TestGraphRealismDirectory::upnRangesRefusedBySwitch()
{
    const QString range = filter(QStringLiteral("userPrincipalName ge 'a' and userPrincipalName le 'b'"));
    QCOMPARE(users(range).status, 200);
    realism().upnRangesRefused = true;
    for (const QString &text :
         {QStringLiteral("userPrincipalName ge 'a' and userPrincipalName le 'b'"),
          QStringLiteral("userPrincipalName le 'a'"), QStringLiteral("userPrincipalName ge 'z'")}) {
        const auto reply = users(filter(text));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("Request_UnsupportedQuery"));
        QCOMPARE(errorMessage(reply),
                 QStringLiteral("Unsupported or invalid query filter clause specified for property "
                                "'userPrincipalName' of resource 'User'."));
    }
    // What still works: startsWith and eq on the address, ranges on other properties.
    const auto prefix = users(filter(QStringLiteral("startswith(userPrincipalName,'a')")));
    QCOMPARE(prefix.status, 200);
    QVERIFY(!prefix.json().value(QLatin1String("value")).toArray().isEmpty());
    QCOMPARE(users(filter(QStringLiteral("givenName ge 'a'"))).status, 200);
}

void TestGraphRealismDirectory::expiredPageTokens_data()
{
    QTest::addColumn<QString>("firstPage");
    QTest::newRow("users") << "/v1.0/users?$top=20&$select=id";
    QTest::newRow("users by prefix") << "/v1.0/users?$top=5&$filter=startswith(userPrincipalName,'a')";
    QTest::newRow("users ordered") << "/v1.0/users?$top=20&$orderby=displayName";
    QTest::newRow("classes") << "/v1.0/education/classes?$top=2";
}

void TestGraphRealismDirectory::expiredPageTokens()
{
    QFETCH(QString, firstPage);
    realism().pageTokenExpirySeconds = 1;
    const auto first = m_client->get(firstPage, m_token);
    QCOMPARE(first.status, 200);
    const QString next = first.json().value(QLatin1String("@odata.nextLink")).toString();
    QVERIFY(!next.isEmpty());
    // A fresh token is followed; the same token later is refused.
    QCOMPARE(m_client->get(next, m_token).status, 200);
    QThread::msleep(1100);
    const auto expired = m_client->get(next, m_token);
    QCOMPARE(expired.status, 400);
    QCOMPARE(errorCode(expired), QStringLiteral("Directory_ExpiredPageToken"));
    QCOMPARE(errorMessage(expired),
             QStringLiteral("The specified page token value has expired and can no longer be included in "
                            "your request."));
    // Without the switch tokens never expire.
    realism().pageTokenExpirySeconds = 0;
    QCOMPARE(m_client->get(next, m_token).status, 200);
}

void TestGraphRealismDirectory::usersPageSizeLowered()
{
    QCOMPARE(users(QStringLiteral("$top=999")).status, 200);
    realism().usersMaxPageSize = 50;
    const auto refused = users(QStringLiteral("$top=51"));
    QCOMPARE(refused.status, 400);
    QCOMPARE(errorCode(refused), QStringLiteral("Request_BadRequest"));
    QCOMPARE(errorMessage(refused), QStringLiteral("Cannot query data for more than 50 users at a time."));
    QCOMPARE(users(QStringLiteral("$top=50")).json().value(QLatin1String("value")).toArray().size(), 50);
    // Without $top a page holds no more than the limit (Graph's default is 100).
    const auto page = users(QStringLiteral("$select=id"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json().value(QLatin1String("value")).toArray().size(), 50);
    QVERIFY(page.json().contains(QLatin1String("@odata.nextLink")));
    // Groups are not limited.
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/groups?$top=999"), m_token).status, 200);
}

QTEST_MAIN(TestGraphRealismDirectory)
#include "tst_graphrealismdirectory.moc"
