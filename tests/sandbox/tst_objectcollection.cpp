#include "sandbox/directory/directorypager.h"
#include "sandbox/directory/objectcollection.h"
#include "sandbox/directory/objecttext.h"
#include "sandbox/odata/directoryschema.h"
#include "sandbox/odata/odataquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

// The sandbox keeps directory objects as text (ObjectText), values many objects share once, and cuts pages
// from the texts: what is read back and what a page shows must be what was stored.
class TestObjectCollection : public QObject
{
    Q_OBJECT

private slots:
    void objectsReadBackAsStored();
    void sharedValuesAreKeptOnce();
    void stringsAreReadFromTheText();
    void membersLocateEachValue();
    void pagesShowWhatProjectingShows_data();
    void pagesShowWhatProjectingShows();

private:
    static QJsonObject awkwardUser(const QString &id);
    static QJsonArray plans(const QString &date);
};

QJsonObject TestObjectCollection::awkwardUser(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), QStringLiteral("Søren \"Ø\" Ærø\\ \t Łódź 😀")},
        {QStringLiteral("userPrincipalName"), id + QStringLiteral("@skole.dk")},
        {QStringLiteral("accountEnabled"), false},
        {QStringLiteral("jobTitle"), QJsonValue::Null},
        {QStringLiteral("businessPhones"), QJsonArray{QStringLiteral("+45 1234"), QStringLiteral("x}y]")}},
        {QStringLiteral("onPremisesExtensionAttributes"),
         QJsonObject{{QStringLiteral("extensionAttribute1"), QStringLiteral("a,b:{c}")},
                     {QStringLiteral("extensionAttribute2"), 42.5}}},
        {QStringLiteral("assignedLicenses"),
         QJsonArray{
             QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                         {QStringLiteral("skuId"), QStringLiteral("4b590615-0888-425a-a965-b3bf7789848d")}}}},
        {QStringLiteral("assignedPlans"), plans(QStringLiteral("2024-01-01T01:30:00Z"))},
    };
}

QJsonArray TestObjectCollection::plans(const QString &date)
{
    QJsonArray out;
    for (int i = 0; i < 12; ++i)
        out.append(QJsonObject{{QStringLiteral("assignedDateTime"), date},
                               {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
                               {QStringLiteral("service"), QStringLiteral("exchange")},
                               {QStringLiteral("servicePlanId"), QString::number(i)}});
    return out;
}

void TestObjectCollection::objectsReadBackAsStored()
{
    ObjectCollection users;
    const QJsonObject user = awkwardUser(QStringLiteral("u1"));
    users.insert(user, 1);
    QCOMPARE(users.at(0), user);
    QCOMPARE(*users.find(QStringLiteral("u1")), user);
    QVERIFY(!users.find(QStringLiteral("u2")));
    QCOMPARE(users.idAt(0), QStringLiteral("u1"));

    // Changes go through the text as well.
    QVERIFY(users.update(QStringLiteral("u1"),
                         {{QStringLiteral("jobTitle"), QStringLiteral("Lærer")},
                          {QStringLiteral("accountEnabled"), QJsonValue::Null}},
                         2));
    QJsonObject changed = user;
    changed.insert(QStringLiteral("jobTitle"), QStringLiteral("Lærer"));
    changed.remove(QStringLiteral("accountEnabled"));
    QCOMPARE(users.at(0), changed);
    QVERIFY(users.softDelete(QStringLiteral("u1"), QStringLiteral("2026-01-01T00:00:00Z"), 3));
    QVERIFY(!users.find(QStringLiteral("u1")));
    QCOMPARE(users.findDeleted(QStringLiteral("u1"))->value(QLatin1String("deletedDateTime")).toString(),
             QStringLiteral("2026-01-01T00:00:00Z"));
    QVERIFY(users.restore(QStringLiteral("u1"), 4));
    QCOMPARE(users.at(0), changed);
}

void TestObjectCollection::sharedValuesAreKeptOnce()
{
    ObjectCollection users;
    for (int i = 0; i < 3; ++i)
        users.insert(awkwardUser(QStringLiteral("u%1").arg(i)), quint64(i + 1));
    const QByteArray plansText =
        QJsonDocument(plans(QStringLiteral("2024-01-01T01:30:00Z"))).toJson(QJsonDocument::Compact);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(!users.text(i).contains("capabilityStatus"), users.text(i).constData());
        QCOMPARE(users.at(i).value(QLatin1String("assignedPlans")).toArray(),
                 plans(QStringLiteral("2024-01-01T01:30:00Z")));
    }
    // Equal values share one index; a different one gets its own.
    const int first = users.intern(plans(QStringLiteral("2024-01-01T01:30:00Z")));
    QCOMPARE(users.intern(QJsonDocument::fromJson(plansText).array()), first);
    const int other = users.intern(plans(QStringLiteral("2025-01-01T01:30:00Z")));
    QVERIFY(other != first);
    QVERIFY(users.update(QStringLiteral("u1"),
                         {{QStringLiteral("assignedPlans"), plans(QStringLiteral("2025-01-01T01:30:00Z"))}},
                         9));
    QCOMPARE(users.at(1).value(QLatin1String("assignedPlans")).toArray(),
             plans(QStringLiteral("2025-01-01T01:30:00Z")));
    QCOMPARE(users.at(0).value(QLatin1String("assignedPlans")).toArray(),
             plans(QStringLiteral("2024-01-01T01:30:00Z")));
    // A reference is not a string to a filter.
    QCOMPARE(users.stringAt(0, QLatin1StringView("assignedPlans")), QString());
    // Only the shared properties are replaced by references: the same array elsewhere is kept as it is.
    QJsonObject elsewhere = awkwardUser(QStringLiteral("u9"));
    elsewhere.insert(QStringLiteral("businessPhones"), plans(QStringLiteral("2024-01-01T01:30:00Z")));
    users.insert(elsewhere, 10);
    QVERIFY(users.text(3).contains("capabilityStatus"));
    QCOMPARE(users.at(3), elsewhere);
}

void TestObjectCollection::stringsAreReadFromTheText()
{
    ObjectCollection users;
    users.insert(awkwardUser(QStringLiteral("u1")), 1);
    QCOMPARE(users.stringAt(0, QLatin1StringView("displayName")),
             QStringLiteral("Søren \"Ø\" Ærø\\ \t Łódź 😀"));
    QCOMPARE(users.stringAt(0, QLatin1StringView("userPrincipalName")), QStringLiteral("u1@skole.dk"));
    QVERIFY(users.stringAt(0, QLatin1StringView("jobTitle")).isNull());       // null
    QVERIFY(users.stringAt(0, QLatin1StringView("accountEnabled")).isNull()); // a boolean
    QVERIFY(users.stringAt(0, QLatin1StringView("mail")).isNull());           // absent
    // A nested member of the same name is not the top-level one.
    QVERIFY(users.stringAt(0, QLatin1StringView("extensionAttribute1")).isNull());
}

void TestObjectCollection::membersLocateEachValue()
{
    const QJsonObject user = awkwardUser(QStringLiteral("u1"));
    const QByteArray text = ObjectText::fromObject(user);
    ObjectText::Members members;
    QVERIFY(ObjectText::members(text, &members));
    QCOMPARE(members.size(), qsizetype(user.size()));
    QStringList keys;
    for (const ObjectText::Member &m : members) {
        const QString key = QString::fromUtf8(m.key);
        keys.append(key);
        const QByteArray raw = text.mid(m.begin, m.end - m.begin);
        const QJsonValue value = QJsonDocument::fromJson("[" + raw + "]").array().first();
        QVERIFY2(value == user.value(key), raw.constData());
    }
    QCOMPARE(keys, user.keys()); // sorted, as a page's merge expects
    QVERIFY(!ObjectText::members(QByteArrayLiteral("[1,2]"), &members));
    QVERIFY(!ObjectText::members(QByteArrayLiteral("{\"a\":"), &members));
}

void TestObjectCollection::pagesShowWhatProjectingShows_data()
{
    QTest::addColumn<QString>("select");
    QTest::newRow("default properties") << QString();
    QTest::newRow("licences and plans")
        << QStringLiteral("id,assignedLicenses,assignedPlans,displayName,accountEnabled");
    QTest::newRow("absent and hidden") << QStringLiteral("mail,passwordProfile,businessPhones,jobTitle");
}

void TestObjectCollection::pagesShowWhatProjectingShows()
{
    QFETCH(QString, select);
    ObjectCollection users;
    for (int i = 0; i < 5; ++i) {
        QJsonObject user = awkwardUser(QStringLiteral("u%1").arg(i));
        if (i == 2)
            user.insert(QStringLiteral("passwordProfile"),
                        QJsonObject{{QStringLiteral("password"), QStringLiteral("secret")}});
        if (i == 3)
            user.remove(QStringLiteral("assignedPlans"));
        users.insert(user, quint64(i + 1));
    }
    const DirectorySchema schema = DirectorySchema::user();
    SandboxRequest request;
    request.method = "GET";
    request.path = QStringLiteral("/v1.0/users");
    request.baseUrl = QStringLiteral("https://127.0.0.1:1");
    if (!select.isEmpty())
        request.query.addQueryItem(QStringLiteral("$select"), select);
    DirectoryPager pager;
    const SandboxResponse page = pager.list(request, users, schema, false, QStringLiteral("users"));
    QCOMPARE(page.status, 200);
    QJsonParseError error{};
    const QJsonArray value =
        QJsonDocument::fromJson(page.body, &error).object().value(QLatin1String("value")).toArray();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(value.size(), 5);
    ODataQuery query(request);
    SandboxResponse failure;
    QVERIFY(query.validate(schema, true, &failure));
    for (int i = 0; i < 5; ++i) {
        const QJsonObject expected = query.project(users.at(i), schema);
        QCOMPARE(value.at(i).toObject(), expected);
        QVERIFY(!QJsonDocument(value.at(i).toObject()).toJson().contains("secret"));
    }
}

QTEST_GUILESS_MAIN(TestObjectCollection)
#include "tst_objectcollection.moc"
