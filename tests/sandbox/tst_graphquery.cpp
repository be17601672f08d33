#include "graphdirectoryfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QtTest>

#include <functional>
#include <memory>

using Predicate = std::function<bool(const QJsonObject &)>;
Q_DECLARE_METATYPE(Predicate)

// The query engine behind GET /users and /groups: every $filter operator against a brute-force evaluation
// over the tenant, the advanced-query rules (ConsistencyLevel: eventual + $count=true), $orderby across
// pages, $search, and Graph's 400 answers for what it does not support.
class TestGraphQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filterMatchesBruteForce_data();
    void filterMatchesBruteForce();
    void advancedQueriesNeedHeaderAndCount_data();
    void advancedQueriesNeedHeaderAndCount();
    void unsupportedFilters();
    void filtersSeeChangedObjects();
    void orderByPagesInOrder_data();
    void orderByPagesInOrder();
    void orderByWithFilterIsAdvanced();
    void searchByTokenPrefix();
    void groupFilters();

private:
    QStringList expected(const ObjectCollection &collection, const Predicate &predicate) const;
    QStringList fetch(const QString &url, bool advanced, int *pages = nullptr);
    static QString encoded(const QString &filter)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(filter));
    }
    static QString errorCode(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    static QString errorMessage(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GraphDirectoryFixture> m_fixture;
    QByteArray m_token;
};

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool hasSku(const QJsonObject &o, const QString &sku)
{
    for (const QJsonValue &l : o.value(QLatin1String("assignedLicenses")).toArray()) {
        if (l.toObject().value(QLatin1String("skuId")).toString().compare(sku, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

void TestGraphQuery::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_fixture = std::make_unique<GraphDirectoryFixture>(*m_client, 1500);
    m_token = m_fixture->appToken();
}

QStringList TestGraphQuery::expected(const ObjectCollection &collection, const Predicate &predicate) const
{
    QStringList ids;
    for (qsizetype p = 0; p < collection.slotCount(); ++p) {
        if (collection.isAlive(p) && predicate(collection.at(p)))
            ids.append(str(collection.at(p), "id"));
    }
    ids.sort();
    return ids;
}

QStringList TestGraphQuery::fetch(const QString &url, bool advanced, int *pages)
{
    QJsonArray items;
    QString error;
    QString full = url;
    if (advanced)
        full += QStringLiteral("&$count=true");
    if (!m_fixture->collect(full, m_token, &items, &error,
                            advanced ? GraphDirectoryFixture::eventual()
                                     : QList<QPair<QByteArray, QByteArray>>(),
                            400, pages)) {
        qWarning().noquote() << error;
        return {QStringLiteral("<failed>")};
    }
    QStringList ids = GraphDirectoryFixture::ids(items);
    ids.sort();
    return ids;
}

void TestGraphQuery::filterMatchesBruteForce_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("advanced");
    QTest::addColumn<Predicate>("predicate");
    const QString a1 = GraphDirectoryFixture::kA1Student;
    const QString domain = m_fixture->domain();

    QTest::newRow("eq bool") << "accountEnabled eq false" << false << Predicate([](const QJsonObject &o) {
        return o.value(QLatin1String("accountEnabled")) == QJsonValue(false);
    });
    QTest::newRow("eq string, any case")
        << "jobTitle eq 'teacher'" << false
        << Predicate([](const QJsonObject &o) { return str(o, "jobTitle") == QLatin1String("Teacher"); });
    QTest::newRow("startswith")
        << "startswith(displayName,'Ann')" << false << Predicate([](const QJsonObject &o) {
               return str(o, "displayName").startsWith(QLatin1String("ann"), Qt::CaseInsensitive);
           });
    QTest::newRow("string range, any case")
        << QStringLiteral("userPrincipalName ge 'B' and userPrincipalName le 'm~'") << false
        << Predicate([](const QJsonObject &o) {
               const QString upn = str(o, "userPrincipalName");
               return upn.compare(QLatin1String("b"), Qt::CaseInsensitive) >= 0 &&
                      upn.compare(QLatin1String("M~"), Qt::CaseInsensitive) <= 0;
           });
    QTest::newRow("in") << "jobTitle in ('Teacher','Student')" << false
                        << Predicate([](const QJsonObject &o) {
                               return str(o, "jobTitle") == QLatin1String("Teacher") ||
                                      str(o, "jobTitle") == QLatin1String("Student");
                           });
    QTest::newRow("or with parentheses and and")
        << "(jobTitle eq 'Teacher' and accountEnabled eq true) or department eq 'Dept 1'" << false
        << Predicate([](const QJsonObject &o) {
               return (str(o, "jobTitle") == QLatin1String("Teacher") &&
                       o.value(QLatin1String("accountEnabled")).toBool()) ||
                      str(o, "department") == QLatin1String("Dept 1");
           });
    QTest::newRow("ne (advanced)") << "city ne 'Oslo'" << true << Predicate([](const QJsonObject &o) {
        return str(o, "city") != QLatin1String("Oslo");
    });
    QTest::newRow("not (advanced)")
        << "not(startswith(displayName,'Ann'))" << true << Predicate([](const QJsonObject &o) {
               return !str(o, "displayName").startsWith(QLatin1String("Ann"), Qt::CaseInsensitive);
           });
    QTest::newRow("endswith (advanced)")
        << QStringLiteral("endswith(mail,'7@%1')").arg(domain) << true
        << Predicate([domain](const QJsonObject &o) {
               return str(o, "mail").endsWith(QStringLiteral("7@") + domain, Qt::CaseInsensitive);
           });
    QTest::newRow("eq null (advanced)")
        << "city eq null" << true << Predicate([](const QJsonObject &o) { return str(o, "city").isEmpty(); });
    QTest::newRow("licence any") << QStringLiteral("assignedLicenses/any(x:x/skuId eq %1)").arg(a1) << false
                                 << Predicate([a1](const QJsonObject &o) { return hasSku(o, a1); });
    QTest::newRow("no licence $count (advanced)")
        << "assignedLicenses/$count eq 0" << true << Predicate([](const QJsonObject &o) {
               return o.value(QLatin1String("assignedLicenses")).toArray().isEmpty();
           });
    QTest::newRow("proxyAddresses any startswith")
        << "proxyAddresses/any(p:startswith(p,'smtp:ann'))" << false << Predicate([](const QJsonObject &o) {
               for (const QJsonValue &p : o.value(QLatin1String("proxyAddresses")).toArray()) {
                   if (p.toString().startsWith(QLatin1String("smtp:ann"), Qt::CaseInsensitive))
                       return true;
               }
               return false;
           });
    QTest::newRow("date range") << "createdDateTime ge 2024-01-01T10:00:00Z" << false
                                << Predicate([](const QJsonObject &o) {
                                       return !str(o, "createdDateTime").isEmpty() &&
                                              str(o, "createdDateTime") >=
                                                  QLatin1String("2024-01-01T10:00:00Z");
                                   });
    QTest::newRow("not licence any (advanced)")
        << QStringLiteral("not(assignedLicenses/any(x:x/skuId eq %1)) and usageLocation eq 'NO'").arg(a1)
        << true << Predicate([a1](const QJsonObject &o) {
               return !hasSku(o, a1) && str(o, "usageLocation") == QLatin1String("NO");
           });
}

void TestGraphQuery::filterMatchesBruteForce()
{
    QFETCH(QString, filter);
    QFETCH(bool, advanced);
    QFETCH(Predicate, predicate);
    const QStringList want = expected(m_client->tenant().users, predicate);
    QVERIFY2(!want.isEmpty(), "the fixture should make every filter match something");
    const QStringList got =
        fetch(QStringLiteral("/v1.0/users?$select=id&$top=250&$filter=") + encoded(filter), advanced);
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got, want);
}

void TestGraphQuery::advancedQueriesNeedHeaderAndCount_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("ne") << "$filter=" + encoded("accountEnabled ne true") << "Operator 'ne' is not supported";
    QTest::newRow("not") << "$filter=" + encoded("not(jobTitle eq 'Teacher')")
                         << "Operator 'not' is not supported";
    QTest::newRow("endsWith") << "$filter=" + encoded("endswith(mail,'@x.example')")
                              << "Operator 'endsWith' is not supported";
    QTest::newRow("collection count")
        << "$filter=" + encoded("assignedLicenses/$count eq 0") << "Operator '$count'";
    QTest::newRow("orderby with filter")
        << "$orderby=displayName&$filter=" + encoded("accountEnabled eq true")
        << "Sorting not supported for current query.";
    QTest::newRow("advanced-only property")
        << "$filter=" + encoded("mobilePhone eq '123'") << "Operator 'eq' is not supported";
}

void TestGraphQuery::advancedQueriesNeedHeaderAndCount()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const QString url = QStringLiteral("/v1.0/users?") + query;
    const auto bare = m_client->get(url, m_token);
    QCOMPARE(bare.status, 400);
    QCOMPARE(errorCode(bare), QStringLiteral("Request_UnsupportedQuery"));
    QVERIFY2(errorMessage(bare).startsWith(message), qPrintable(errorMessage(bare)));
    // The header alone is not enough: $count=true is part of the advanced query parameters.
    QCOMPARE(m_client->request("GET", url, m_token, QByteArray(), GraphDirectoryFixture::eventual()).status,
             400);
    QCOMPARE(m_client->get(url + QStringLiteral("&$count=true"), m_token).status, 400);
    const auto advanced = m_client->request("GET", url + QStringLiteral("&$count=true"), m_token,
                                            QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(advanced.status, 200);
    QVERIFY(advanced.json().contains(QLatin1String("@odata.count")));
}

void TestGraphQuery::unsupportedFilters()
{
    const auto unfilterable =
        m_client->get(QStringLiteral("/v1.0/users?$filter=") + encoded("faxNumber eq '1'"), m_token);
    QCOMPARE(unfilterable.status, 400);
    QCOMPARE(errorCode(unfilterable), QStringLiteral("Request_UnsupportedQuery"));
    QCOMPARE(errorMessage(unfilterable),
             QStringLiteral("Unsupported or invalid query filter clause specified for property 'faxNumber' "
                            "of resource 'User'."));
    const auto endsWithCity = m_client->request(
        "GET", QStringLiteral("/v1.0/users?$count=true&$filter=") + encoded("endswith(city,'o')"), m_token,
        QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(endsWithCity.status, 400);
    QVERIFY(errorMessage(endsWithCity).contains(QLatin1String("'city'")));
    const auto undeclared =
        m_client->get(QStringLiteral("/v1.0/users?$filter=") + encoded("shoeSize eq 44"), m_token);
    QCOMPARE(undeclared.status, 400);
    QVERIFY(errorMessage(undeclared).contains(QLatin1String("shoeSize")));
    const auto syntax =
        m_client->get(QStringLiteral("/v1.0/users?$filter=") + encoded("displayName eq"), m_token);
    QCOMPARE(syntax.status, 400);
    QVERIFY(errorMessage(syntax).startsWith(QLatin1String("Invalid filter clause")));
    QCOMPARE(
        m_client->get(QStringLiteral("/v1.0/users?$filter=") + encoded("startswith(displayName,'A'"), m_token)
            .status,
        400);
    QCOMPARE(
        m_client
            ->get(QStringLiteral("/v1.0/users?$filter=") + encoded("proxyAddresses eq 'smtp:a@b'"), m_token)
            .status,
        400);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users?$orderby=jobTitle"), m_token).status, 400);
    const auto search =
        m_client->get(QStringLiteral("/v1.0/users?$search=") + encoded("\"displayName:ann\""), m_token);
    QCOMPARE(search.status, 400);
    QCOMPARE(errorMessage(search),
             QStringLiteral("Request with $search query parameter only works through MSGraph with a "
                            "special request header: 'ConsistencyLevel: eventual'"));
}

// A filtered scan compares cached, case-folded property values; a change to an object between two scans
// must be seen by the second.
void TestGraphQuery::filtersSeeChangedObjects()
{
    const QString filter = QStringLiteral("/v1.0/users?$select=id&$top=250&$filter=") +
                           encoded(QStringLiteral("startswith(displayName,'zZ Filter')"));
    QCOMPARE(fetch(filter, false), QStringList());
    const QString id = str(m_client->tenant().users.at(3), "id");
    const QString before = str(m_client->tenant().users.at(3), "displayName");
    const auto rename = [&](const QString &name) {
        return m_client
            ->request("PATCH", QStringLiteral("/v1.0/users/") + id, m_token,
                      QJsonDocument(QJsonObject{{QStringLiteral("displayName"), name}}).toJson(),
                      {{"Content-Type", "application/json"}})
            .status;
    };
    QCOMPARE(rename(QStringLiteral("ZZ FILTER Ærø")), 204);
    QCOMPARE(fetch(filter, false), QStringList{id});
    QCOMPARE(rename(before), 204);
    QCOMPARE(fetch(filter, false), QStringList());
}

void TestGraphQuery::orderByPagesInOrder_data()
{
    QTest::addColumn<QString>("orderBy");
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("descending");
    QTest::newRow("displayName") << "displayName"
                                 << "displayName" << false;
    QTest::newRow("displayName desc") << "displayName desc"
                                      << "displayName" << true;
    QTest::newRow("userPrincipalName") << "userPrincipalName asc"
                                       << "userPrincipalName" << false;
}

void TestGraphQuery::orderByPagesInOrder()
{
    QFETCH(QString, orderBy);
    QFETCH(QString, property);
    QFETCH(bool, descending);
    QJsonArray items;
    QString error;
    QVERIFY2(
        m_fixture->collect(
            QStringLiteral("/v1.0/users?$top=97&$select=id,%1&$orderby=%2").arg(property, encoded(orderBy)),
            m_token, &items, &error),
        qPrintable(error));
    QCOMPARE(items.size(), m_client->tenant().users.aliveCount());
    QStringList keys;
    for (const QJsonValue &v : items)
        keys.append(v.toObject().value(property).toString().toLower());
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    if (descending)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(keys, sorted);
    const QStringList ids = GraphDirectoryFixture::ids(items);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

void TestGraphQuery::orderByWithFilterIsAdvanced()
{
    const QString url = QStringLiteral("/v1.0/users?$top=10&$count=true&$orderby=displayName desc&$filter=") +
                        encoded("startswith(displayName,'Ann')");
    QJsonArray items;
    QString error;
    QVERIFY2(m_fixture->collect(url, m_token, &items, &error, GraphDirectoryFixture::eventual()),
             qPrintable(error));
    const QStringList want = expected(m_client->tenant().users, [](const QJsonObject &o) {
        return str(o, "displayName").startsWith(QLatin1String("Ann"), Qt::CaseInsensitive);
    });
    QCOMPARE(items.size(), want.size());
    for (int i = 1; i < items.size(); ++i) {
        QVERIFY(items.at(i - 1).toObject().value(QLatin1String("displayName")).toString().toLower() >=
                items.at(i).toObject().value(QLatin1String("displayName")).toString().toLower());
    }
    const auto first =
        m_client->request("GET", url, m_token, QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(first.json().value(QLatin1String("@odata.count")).toInt(), want.size());
}

void TestGraphQuery::searchByTokenPrefix()
{
    const QString url =
        QStringLiteral("/v1.0/users?$top=200&$search=") + encoded("\"displayName:ann\" OR \"mail:piotr\"");
    QJsonArray items;
    QString error;
    QVERIFY2(m_fixture->collect(url, m_token, &items, &error, GraphDirectoryFixture::eventual()),
             qPrintable(error));
    const QStringList want = expected(m_client->tenant().users, [](const QJsonObject &o) {
        const auto tokens = [](const QString &text) {
            QStringList out;
            QString current;
            for (const QChar c : text + QLatin1Char(' ')) {
                if (c.isLetterOrNumber()) {
                    current.append(c.toLower());
                } else if (!current.isEmpty()) {
                    out.append(current);
                    current.clear();
                }
            }
            return out;
        };
        for (const QString &t : tokens(str(o, "displayName")))
            if (t.startsWith(QLatin1String("ann")))
                return true;
        for (const QString &t : tokens(str(o, "mail")))
            if (t.startsWith(QLatin1String("piotr")))
                return true;
        return false;
    });
    QStringList got = GraphDirectoryFixture::ids(items);
    got.sort();
    QCOMPARE(got, want);
    const auto badProperty =
        m_client->request("GET", QStringLiteral("/v1.0/users?$search=") + encoded("\"faxNumber:1\""), m_token,
                          QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(badProperty.status, 400);
}

void TestGraphQuery::groupFilters()
{
    const Tenant &t = m_client->tenant();
    const QStringList unified =
        fetch(QStringLiteral("/v1.0/groups?$filter=") + encoded("groupTypes/any(c:c eq 'Unified')"), false);
    QCOMPARE(unified, expected(t.groups, [](const QJsonObject &o) {
                 return o.value(QLatin1String("groupTypes"))
                     .toArray()
                     .contains(QJsonValue(QStringLiteral("Unified")));
             }));
    QVERIFY(unified.contains(m_fixture->classGroupId));
    const QStringList lists = fetch(QStringLiteral("/v1.0/groups?$filter=") +
                                        encoded("mailEnabled eq true and securityEnabled eq false"),
                                    false);
    QVERIFY(lists.contains(m_fixture->distributionListId));
    QVERIFY(!lists.contains(m_fixture->mailSecurityGroupId));
    const QStringList byNick =
        fetch(QStringLiteral("/v1.0/groups?$filter=") + encoded("startswith(mailNickname,'tdd-')"), false);
    QCOMPARE(byNick.size(), 4);
    const auto bad = m_client->get(QStringLiteral("/v1.0/groups?$filter=") +
                                       encoded("createdDateTime ge 2021-11-01T00:00:00Z"),
                                   m_token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(
        errorMessage(bad),
        QStringLiteral(
            "Unsupported or invalid query filter clause specified for property 'createdDateTime' of resource "
            "'Group'."));
}

QTEST_GUILESS_MAIN(TestGraphQuery)
#include "tst_graphquery.moc"
