// The Graph and Exchange mappers against Microsoft's published example bodies (../shared/graph-examples) and
// Exchange's documented output shapes: every wire annotation is turned into a domain fact here.
#include "core/group.h"
#include "core/schoolclass.h"
#include "core/subscribedsku.h"
#include "core/tenantpolicy.h"
#include "core/user.h"
#include "graph/directorypage.h"
#include "graph/jsonslices.h"
#include "graph/mappers/calendarpermissionmapper.h"
#include "graph/mappers/directorymapper.h"
#include "graph/mappers/groupmapper.h"
#include "graph/mappers/mailboxmapper.h"
#include "graph/mappers/usermapper.h"
#include "graph/queries/userqueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject example(const char *name)
{
    QFile file(QStringLiteral(TENANTDESK_SHARED_DIR "/graph-examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing example %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray exampleText(const char *name)
{
    QFile file(QStringLiteral(TENANTDESK_SHARED_DIR "/graph-examples/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing example %s", name);
    return file.readAll();
}

QJsonArray valueOf(const char *name)
{
    return example(name).value(QLatin1String("value")).toArray();
}
} // namespace

class TestMappers : public QObject
{
    Q_OBJECT
private slots:
    void usersListBecomesUsers();
    void pageItemsAreCutAsTheyCame();
    void pageItemsCutFromAwkwardText();
    void listedRecordsKeepTheirText();
    void directoryPagesReadAsQtReadsThem();
    void directoryPagesMapAsDocumentsDo();
    void malformedDirectoryPagesAreRefused();
    void usersDeltaSoftDeletionIsAState();
    void hardRemovalIsARemoval();
    void groupsDeltaMembersBecomeMemberships();
    void removedMemberIsARemovedMembership();
    void assignedLicencesBecomeALicenceSet();
    void groupKinds_data();
    void groupKinds();
    void skusClassesAndPolicy();
    void calendarPermissionsFromGraph();
    void calendarPermissionsFromExchange();
    void mailboxesAndTheirRights();
    void userBodyHasOnlyWritableProperties();
    void partitionsCoverEveryAddressOnce();
};

void TestMappers::usersListBecomesUsers()
{
    const QJsonArray items = valueOf("users-list.json");
    QVERIFY(!items.isEmpty());
    const DirectoryChanges changes = DirectoryMapper::fromPage(DirectoryKind::User, items);
    QCOMPARE(changes.records.size(), items.size());
    QVERIFY(changes.removals.isEmpty());
    for (int i = 0; i < items.size(); ++i) {
        const User user = User::fromRecord(changes.records.at(i));
        QCOMPARE(user.id, items.at(i).toObject().value(QLatin1String("id")).toString());
        QCOMPARE(user.userPrincipalName,
                 items.at(i).toObject().value(QLatin1String("userPrincipalName")).toString());
        for (auto it = changes.records.at(i).properties.constBegin();
             it != changes.records.at(i).properties.constEnd(); ++it)
            QVERIFY2(!it.key().contains(QLatin1Char('@')), qPrintable(it.key()));
    }
}

// Each element of "value", cut from Microsoft's example pages, parses to the same object as the page's own
// parse: the snapshot stores that text instead of serializing the object again.
void TestMappers::pageItemsAreCutAsTheyCame()
{
    for (const char *name :
         {"users-list.json", "users-delta-deltalink-changes.json", "groups-delta-members-delta.json",
          "directoryobjects-delta-users-groups.json", "educationschools-list.json"}) {
        const QByteArray body = exampleText(name);
        const QJsonArray items =
            QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
        QList<QByteArray> texts;
        QVERIFY2(JsonSlices::arrayItems(body, QByteArrayLiteral("value"), &texts), name);
        QCOMPARE(texts.size(), items.size());
        for (int i = 0; i < items.size(); ++i) {
            QVERIFY2(texts.at(i).startsWith('{') && texts.at(i).endsWith('}'), texts.at(i).constData());
            QCOMPARE(QJsonDocument::fromJson(texts.at(i)).object(), items.at(i).toObject());
        }
    }
}

void TestMappers::pageItemsCutFromAwkwardText()
{
    // "value" also inside strings and nested objects, escaped quotes and backslashes, brackets in strings,
    // nested arrays, whitespace and line breaks between elements.
    const QByteArray body = R"({"@odata.context":"x \"value\": [1]","nested":{"value":[9,9]},
        "value" : [ {"id":"a","displayName":"Ann \"[A]\" {x}","tags":[["p",1],{"q":"]"}]} ,
        {"id":"b\\","empty":{}}
        ,{"id":"c","s":"\u00e6,"}],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$skiptoken=[x]"})";
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
    QCOMPARE(items.size(), 3);
    QList<QByteArray> texts;
    QVERIFY(JsonSlices::arrayItems(body, QByteArrayLiteral("value"), &texts));
    QCOMPARE(texts.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QJsonDocument::fromJson(texts.at(i)).object(), items.at(i).toObject());
    QVERIFY(JsonSlices::arrayItems(QByteArrayLiteral(R"({"value":[]})"), QByteArrayLiteral("value"), &texts));
    QVERIFY(texts.isEmpty());
    QVERIFY(
        !JsonSlices::arrayItems(QByteArrayLiteral(R"({"value":null})"), QByteArrayLiteral("value"), &texts));
    QVERIFY(
        !JsonSlices::arrayItems(QByteArrayLiteral(R"({"other":[1]})"), QByteArrayLiteral("value"), &texts));
    QVERIFY(!JsonSlices::arrayItems(QByteArrayLiteral(R"({"value":[{"id":"cut)"), QByteArrayLiteral("value"),
                                    &texts));
    QVERIFY(texts.isEmpty());
}

// A listed object without annotations keeps its text; one that carried an annotation does not (its text
// would carry it too), nor does any record when the texts do not match the items one to one.
void TestMappers::listedRecordsKeepTheirText()
{
    const QByteArray body = exampleText("users-delta-deltalink-changes.json");
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
    QList<QByteArray> texts;
    QVERIFY(JsonSlices::arrayItems(body, QByteArrayLiteral("value"), &texts));
    const DirectoryChanges changes = DirectoryMapper::fromPage(DirectoryKind::User, items, texts);
    QCOMPARE(changes.records.size(), 2);
    QCOMPARE(changes.records[0].json, texts.at(0));
    QVERIFY(changes.records[1].json.isEmpty()); // "@removed"
    QVERIFY(DirectoryMapper::fromPage(DirectoryKind::User, items, texts.mid(1)).records[0].json.isEmpty());
}

// Raw strings with escaped quotes confuse moc's scanner; moc needs nothing from here.
#ifndef Q_MOC_RUN
namespace {
// Awkward text for readers: "value" inside strings and nested objects, escapes, brackets in strings, nested
// arrays, whitespace and line breaks between elements, items that are not objects.
const QByteArray kAwkwardPage =
    R"({"@odata.context":"x \"value\": [1]","nested":{"value":[9,9]},"@odata.count":3,
    "value" : [ {"id":"a","displayName":"Ann \"[A]\" {x}","tags":[["p",1],{"q":"]"}],"accountEnabled":false,
    "manager":{"id":"m","displayName":"not the user"},"assignedLicenses":[{"skuId":"s1","disabledPlans":["x"]},{"skuId":"s2"}]} ,
    {"id":"b\\","empty":{},"mail":"b\u00e6@x.dk","accountEnabled":null,"assignedLicenses":[]}
    ,{"id":"c","s":"\u00e6,","members@delta":[{"id":"d"}]}, "text", 5, null, [1],
    {"id":"g", "members@delta" : [{"@odata.type":"#microsoft.graph.group","id":"m1"},{"id":"m2","@removed":{"reason":"deleted"}}] ,
     "displayName":"G", "owners@delta":[] },{"members@delta":[],"id":"h","teachers@delta":[{"id":"t"}]},
    {"members@delta":[], "owners@delta":[{"id":"o"}]}, {"id":"k","members@delta":null}, {"id":"r","@removed":{"reason":"changed"}}],
    "@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$skiptoken=[x]"})";

const char *const kPages[] = {"users-list.json", "users-delta-deltalink-changes.json",
                              "groups-delta-members-delta.json", "directoryobjects-delta-users-groups.json",
                              "educationschools-list.json"};
} // namespace

// The streaming reader of listing pages finds what Qt's document finds: the same items with the same text,
// ids, indexed columns, licences, annotations and links.
void TestMappers::directoryPagesReadAsQtReadsThem()
{
    QList<QByteArray> bodies{kAwkwardPage};
    for (const char *name : kPages)
        bodies.append(exampleText(name));
    for (const QByteArray &body : std::as_const(bodies)) {
        const QJsonObject document = QJsonDocument::fromJson(body).object();
        QVERIFY(!document.isEmpty());
        const QJsonArray items = document.value(QLatin1String("value")).toArray();
        DirectoryPage page;
        QString problem;
        QVERIFY2(DirectoryPage::read(body, &page, &problem), qPrintable(problem));
        QVERIFY(page.hasValue);
        QCOMPARE(page.items.size(), items.size());
        QCOMPARE(page.nextLink, document.value(QLatin1String("@odata.nextLink")).toString());
        QCOMPARE(page.deltaLink, document.value(QLatin1String("@odata.deltaLink")).toString());
        for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
            if (it.key() != QLatin1String("value") && !it.value().isObject() && !it.value().isArray())
                QCOMPARE(page.annotations.value(it.key()), it.value());
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const DirectoryPage::Item &item = page.items.at(i);
            if (!items.at(i).isObject()) {
                QVERIFY(item.json.isEmpty());
                QVERIFY(item.id.isEmpty());
                continue;
            }
            const QJsonObject object = items.at(i).toObject();
            // An object's "…@delta" lists are read as references and cut from its text; any other
            // annotation (or such a key that is no list) leaves the object to be read in full.
            bool annotated = false;
            QJsonObject withoutLists = object;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (!it.key().contains(QLatin1Char('@')))
                    continue;
                if (it.key().endsWith(QLatin1String("@delta")) && it.value().isArray())
                    withoutLists.remove(it.key());
                else
                    annotated = true;
            }
            QCOMPARE(item.annotated, annotated);
            QCOMPARE(QJsonDocument::fromJson(item.json).object(), annotated ? object : withoutLists);
            if (!annotated) {
                QCOMPARE(item.deltaLists.size(), object.size() - withoutLists.size());
                for (const DirectoryPage::DeltaList &list : item.deltaLists) {
                    const QJsonArray references = object.value(list.key).toArray();
                    QCOMPARE(list.references.size(), references.size());
                    for (qsizetype r = 0; r < references.size(); ++r) {
                        const QJsonObject reference = references.at(r).toObject();
                        QCOMPARE(list.references.at(r).id, reference.value(QLatin1String("id")).toString());
                        QCOMPARE(list.references.at(r).type,
                                 reference.value(QLatin1String("@odata.type")).toString());
                        QCOMPARE(list.references.at(r).removed,
                                 reference.contains(QLatin1String("@removed")));
                    }
                }
            }
            QCOMPARE(item.id, object.value(QLatin1String("id")).toString());
            const auto expected = DirectoryRecord::Columns::of(object);
            QCOMPARE(item.columns.displayName, expected.displayName);
            QCOMPARE(item.columns.userPrincipalName, expected.userPrincipalName);
            QCOMPARE(item.columns.mail, expected.mail);
            QCOMPARE(item.columns.jobTitle, expected.jobTitle);
            QCOMPARE(item.columns.department, expected.department);
            QCOMPARE(item.columns.accountEnabled, expected.accountEnabled);
            const QJsonValue licences = object.value(QLatin1String("assignedLicenses"));
            QCOMPARE(item.hasLicences, licences.isArray());
            QStringList skuIds;
            for (const QJsonValue &licence : licences.toArray())
                skuIds.append(licence.toObject().value(QLatin1String("skuId")).toString());
            QCOMPARE(item.licenceSkuIds, skuIds);
        }
    }
    DirectoryPage page;
    QString problem;
    QVERIFY(DirectoryPage::read(kAwkwardPage, &page, &problem));
    QCOMPARE(page.items.at(0).columns.displayName, QStringLiteral("Ann \"[A]\" {x}"));
    QCOMPARE(page.items.at(0).columns.accountEnabled, 0);
    QCOMPARE(page.items.at(0).licenceSkuIds, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
    QCOMPARE(page.items.at(1).id, QStringLiteral("b\\"));
    QCOMPARE(page.items.at(1).columns.mail, QString::fromUtf8("b\xc3\xa6@x.dk"));
    QCOMPARE(page.items.at(1).columns.accountEnabled, -1);
    QVERIFY(!page.items.at(2).annotated);
    QCOMPARE(page.items.at(2).json, QByteArray(R"({"id":"c","s":"\u00e6,"})"));
    QCOMPARE(page.items.at(7).json, QByteArray("{\"id\":\"g\" ,\n     \"displayName\":\"G\" }"));
    QCOMPARE(page.items.at(8).json, QByteArray(R"({"id":"h"})"));
    QVERIFY(page.items.at(10).annotated); // "members@delta": null
    QVERIFY(page.items.at(11).annotated); // "@removed"
    QCOMPARE(page.annotations.value(QLatin1String("@odata.count")).toInt(), 3);
    QVERIFY(DirectoryPage::read(QByteArrayLiteral(R"({"value":null})"), &page, &problem));
    QVERIFY(!page.hasValue);
}

// Records from the streaming reader carry the objects' text and columns only, and mean what the records of
// the document mean: same ids, states, properties, removals, memberships and licences.
void TestMappers::directoryPagesMapAsDocumentsDo()
{
    const QList<QPair<const char *, DirectoryKind>> pages{
        {"users-list.json", DirectoryKind::User},
        {"users-delta-deltalink-changes.json", DirectoryKind::User},
        {"groups-delta-members-delta.json", DirectoryKind::Group},
        {"educationschools-list.json", DirectoryKind::AdministrativeUnit}};
    QList<QPair<QByteArray, DirectoryKind>> bodies{{kAwkwardPage, DirectoryKind::User},
                                                   {kAwkwardPage, DirectoryKind::Group},
                                                   {kAwkwardPage, DirectoryKind::EducationClass}};
    for (const auto &[name, kind] : pages)
        bodies.append({exampleText(name), kind});
    for (const auto &[body, kind] : std::as_const(bodies)) {
        const QJsonArray items =
            QJsonDocument::fromJson(body).object().value(QLatin1String("value")).toArray();
        QList<QByteArray> texts;
        QVERIFY(JsonSlices::arrayItems(body, QByteArrayLiteral("value"), &texts));
        const DirectoryChanges expected = DirectoryMapper::fromPage(kind, items, texts);
        DirectoryPage page;
        QString problem;
        QVERIFY2(DirectoryPage::read(body, &page, &problem), qPrintable(problem));
        const DirectoryChanges streamed = DirectoryMapper::fromPage(kind, page);
        QCOMPARE(streamed.records.size(), expected.records.size());
        for (qsizetype i = 0; i < expected.records.size(); ++i) {
            const DirectoryRecord &a = expected.records.at(i);
            const DirectoryRecord &b = streamed.records.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.state, a.state);
            if (!a.json.isEmpty())
                QCOMPARE(b.json, a.json);
            QCOMPARE(b.allProperties(), a.allProperties());
            QCOMPARE(b.indexedColumns().displayName, a.indexedColumns().displayName);
            QCOMPARE(b.indexedColumns().accountEnabled, a.indexedColumns().accountEnabled);
            QCOMPARE(b.text("userPrincipalName"), a.text("userPrincipalName"));
            if (kind == DirectoryKind::User && !a.json.isEmpty())
                QVERIFY(b.columnsOnly && b.properties.isEmpty()); // no QJsonObject was built
        }
        QCOMPARE(streamed.removals.size(), expected.removals.size());
        QCOMPARE(streamed.memberships.size(), expected.memberships.size());
        for (qsizetype i = 0; i < expected.memberships.size(); ++i) {
            QCOMPARE(streamed.memberships.at(i).containerId, expected.memberships.at(i).containerId);
            QCOMPARE(streamed.memberships.at(i).member.id, expected.memberships.at(i).member.id);
            QCOMPARE(streamed.memberships.at(i).removed, expected.memberships.at(i).removed);
            QCOMPARE(streamed.memberships.at(i).relation, expected.memberships.at(i).relation);
            QCOMPARE(streamed.memberships.at(i).member.kind, expected.memberships.at(i).member.kind);
        }
        QCOMPARE(streamed.licences.size(), expected.licences.size());
        for (qsizetype i = 0; i < expected.licences.size(); ++i) {
            QCOMPARE(streamed.licences.at(i).userId, expected.licences.at(i).userId);
            QCOMPARE(streamed.licences.at(i).skuIds, expected.licences.at(i).skuIds);
        }
    }
}

// What a malformed reply looks like to the reader: refused with what is wrong and at which byte, nothing
// half-read kept; nesting however deep does not exhaust the stack.
void TestMappers::malformedDirectoryPagesAreRefused()
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    for (const QByteArray &body :
         {QByteArrayLiteral(R"({"value":[{"id":"cut)"),
          QByteArrayLiteral(R"({"value":[{"id":"a"}]} trailing)"),
          QByteArrayLiteral("{\"value\":[{\"id\":\"a\xff\"}]}"), QByteArrayLiteral(R"([{"id":"a"}])"),
          QByteArrayLiteral(R"({"value":[{"id":"a",}]})"), QByteArrayLiteral("<html>proxy</html>"),
          QByteArrayLiteral(""), QByteArray("{\"value\":[{\"id\":\"a\"}]}\0{", 24), deep}) {
        DirectoryPage page;
        QString problem;
        QVERIFY2(!DirectoryPage::read(body, &page, &problem), body.left(60).constData());
        QVERIFY(problem.startsWith(QLatin1String("JSON: ")));
        QVERIFY(page.items.isEmpty());
        QVERIFY(!page.hasValue);
    }
    DirectoryPage page;
    QString problem;
    QVERIFY(!DirectoryPage::read(QByteArrayLiteral(R"({"value":[{"id":"cut)"), &page, &problem));
    QVERIFY2(problem.contains(QLatin1String("at byte 20")), qPrintable(problem));
    // Deep nesting is read without recursion.
    QVERIFY(DirectoryPage::read(QByteArrayLiteral(R"({"value":[{"id":"a","x":)") + deep + "}]}", &page,
                                &problem));
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.at(0).id, QStringLiteral("a"));
}
#endif

void TestMappers::usersDeltaSoftDeletionIsAState()
{
    const DirectoryChanges changes =
        DirectoryMapper::fromPage(DirectoryKind::User, valueOf("users-delta-deltalink-changes.json"));
    QCOMPARE(changes.records.size(), 2);
    QCOMPARE(changes.records[0].properties.value(QLatin1String("displayName")).toString(),
             QStringLiteral("MOD Administrator"));
    QVERIFY(!changes.records[0].isSoftDeleted());
    QCOMPARE(changes.records[1].id, QStringLiteral("8ffff70c-1c63-4860-b963-e34ec660931d"));
    QVERIFY(changes.records[1].isSoftDeleted());
    QVERIFY(!changes.records[1].properties.contains(QLatin1String("@removed")));
    QVERIFY(changes.removals.isEmpty());
    QVERIFY(UserMapper::fromJson(valueOf("users-delta-deltalink-changes.json").at(1).toObject()).deleted);
    // A partial user (delta) says nothing about licences.
    QVERIFY(changes.licences.isEmpty());
}

void TestMappers::hardRemovalIsARemoval()
{
    const QJsonArray page{QJsonObject{{QStringLiteral("id"), QStringLiteral("gone")},
                                      {QStringLiteral("@removed"),
                                       QJsonObject{{QStringLiteral("reason"), QStringLiteral("deleted")}}}},
                          QJsonObject{{QStringLiteral("displayName"), QStringLiteral("no id")}}};
    const DirectoryChanges changes = DirectoryMapper::fromPage(DirectoryKind::Group, page);
    QVERIFY(changes.records.isEmpty()); // the one without an id is dropped
    QCOMPARE(changes.removals.size(), 1);
    QCOMPARE(changes.removals[0].kind, DirectoryKind::Group);
    QCOMPARE(changes.removals[0].id, QStringLiteral("gone"));
}

void TestMappers::groupsDeltaMembersBecomeMemberships()
{
    // Microsoft's example leaves the group's id out; an object without an id cannot be kept.
    QJsonArray page = valueOf("groups-delta-members-delta.json");
    QVERIFY(DirectoryMapper::fromPage(DirectoryKind::Group, page).isEmpty());
    QJsonObject group0 = page.at(0).toObject();
    group0.insert(QStringLiteral("id"), QStringLiteral("02bd9fd6-8f93-4758-87c3-1fb73740a315"));
    page.replace(0, group0);
    const DirectoryChanges changes = DirectoryMapper::fromPage(DirectoryKind::Group, page);
    QCOMPARE(changes.records.size(), 1);
    QVERIFY(!changes.records[0].properties.contains(QLatin1String("members@delta")));
    QCOMPARE(changes.memberships.size(), 2);
    for (const DirectoryChanges::Membership &membership : changes.memberships) {
        QCOMPARE(membership.relation, DirectoryRelation::GroupMember);
        QCOMPARE(membership.member.kind, MemberRef::Kind::User);
        QVERIFY(!membership.removed);
    }
    QCOMPARE(changes.memberships[0].member.id, QStringLiteral("693acd06-2877-4339-8ade-b704261fe7a0"));
    const Group group = Group::fromRecord(changes.records[0]);
    QCOMPARE(group.displayName, QStringLiteral("All Company"));
    QCOMPARE(group.kind(), Group::Kind::Microsoft365);
}

void TestMappers::removedMemberIsARemovedMembership()
{
    const QJsonObject school{
        {QStringLiteral("id"), QStringLiteral("school-1")},
        {QStringLiteral("members@delta"),
         QJsonArray{QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.group")},
                                {QStringLiteral("id"), QStringLiteral("g1")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                {QStringLiteral("@removed"),
                                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("deleted")}}}}}}};
    const DirectoryChanges changes = DirectoryMapper::fromPage(DirectoryKind::AdministrativeUnit, {school});
    QCOMPARE(changes.memberships.size(), 2);
    QCOMPARE(changes.memberships[0].relation, DirectoryRelation::AdministrativeUnitMember);
    QCOMPARE(changes.memberships[0].member, (MemberRef{MemberRef::Kind::Group, QStringLiteral("g1")}));
    QVERIFY(!changes.memberships[0].removed);
    QCOMPARE(changes.memberships[1].member, (MemberRef{MemberRef::Kind::User, QStringLiteral("u1")}));
    QVERIFY(changes.memberships[1].removed);
    // A listed member list leaves removed entries out.
    QCOMPARE(DirectoryMapper::memberRefs(school.value(QLatin1String("members@delta")).toArray()).size(), 1);
}

void TestMappers::assignedLicencesBecomeALicenceSet()
{
    const QJsonObject user{
        {QStringLiteral("id"), QStringLiteral("u1")},
        {QStringLiteral("assignedLicenses"),
         QJsonArray{QJsonObject{{QStringLiteral("skuId"), QStringLiteral("sku-a")},
                                {QStringLiteral("disabledPlans"), QJsonArray{QStringLiteral("p")}}},
                    QJsonObject{{QStringLiteral("skuId"), QStringLiteral("sku-b")}}}}};
    const DirectoryChanges changes = DirectoryMapper::fromPage(DirectoryKind::User, {user});
    QCOMPARE(changes.licences.size(), 1);
    QCOMPARE(changes.licences[0].userId, QStringLiteral("u1"));
    QCOMPARE(changes.licences[0].skuIds, (QSet<QString>{QStringLiteral("sku-a"), QStringLiteral("sku-b")}));
    const User typed = UserMapper::fromJson(user);
    QCOMPARE(typed.assignedLicences.size(), 2);
    QCOMPARE(typed.assignedLicences[0].disabledPlans, QStringList{QStringLiteral("p")});
    // An empty array is a user with no licences (a set to apply), not "not selected".
    QJsonObject none = user;
    none.insert(QStringLiteral("assignedLicenses"), QJsonArray());
    QCOMPARE(DirectoryMapper::fromPage(DirectoryKind::User, {none}).licences.size(), 1);
    QVERIFY(DirectoryMapper::fromPage(DirectoryKind::User, {none}).licences[0].skuIds.isEmpty());
}

void TestMappers::groupKinds_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<int>("kind");
    const auto group = [](const QJsonArray &types, bool mail, bool security) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("g")},
                           {QStringLiteral("groupTypes"), types},
                           {QStringLiteral("mailEnabled"), mail},
                           {QStringLiteral("securityEnabled"), security}};
    };
    QTest::newRow("microsoft 365") << group({QStringLiteral("Unified")}, true, false)
                                   << int(Group::Kind::Microsoft365);
    QTest::newRow("dynamic 365") << group({QStringLiteral("Unified"), QStringLiteral("DynamicMembership")},
                                          true, false)
                                 << int(Group::Kind::Microsoft365);
    QTest::newRow("security") << group({}, false, true) << int(Group::Kind::Security);
    QTest::newRow("distribution list") << group({}, true, false) << int(Group::Kind::Distribution);
    QTest::newRow("mail-enabled security") << group({}, true, true) << int(Group::Kind::MailEnabledSecurity);
    QTest::newRow("neither") << group({}, false, false) << int(Group::Kind::Other);
}

void TestMappers::groupKinds()
{
    QFETCH(QJsonObject, json);
    QFETCH(int, kind);
    const Group group = GroupMapper::fromJson(json);
    QCOMPARE(int(group.kind()), kind);
    // And back: the body Graph is sent keeps what decides the kind.
    const Group again = GroupMapper::fromJson(GroupMapper::toJson(group).value(QLatin1String("id")).isUndefined()
                                                  ? [&] {
                                                        QJsonObject body = GroupMapper::toJson(group);
                                                        body.insert(QStringLiteral("id"), group.id);
                                                        return body;
                                                    }()
                                                  : GroupMapper::toJson(group));
    QCOMPARE(int(again.kind()), kind);
}

void TestMappers::skusClassesAndPolicy()
{
    const DirectoryChanges skus =
        DirectoryMapper::fromPage(DirectoryKind::SubscribedSku, valueOf("subscribedskus-list.json"));
    QVERIFY(!skus.records.isEmpty());
    const SubscribedSku sku = SubscribedSku::fromRecord(skus.records.first());
    QCOMPARE(sku.consumedUnits, 14);
    QCOMPARE(sku.enabledUnits, 25);
    QCOMPARE(sku.availableUnits(), 11);
    QCOMPARE(sku.skuId, QStringLiteral("c7df2760-2c81-4ef7-b578-5b5392b571df"));

    const SchoolClass schoolClass = SchoolClass::fromRecord(
        DirectoryMapper::record(DirectoryKind::EducationClass, example("educationclass-get.json")));
    QCOMPARE(schoolClass.displayName, QStringLiteral("Leadership 101"));
    QCOMPARE(schoolClass.mailNickname, QStringLiteral("Leadership101"));

    const DirectoryRecord policyRecord =
        DirectoryMapper::record(DirectoryKind::AuthorizationPolicy, example("authorizationpolicy-get.json"));
    QVERIFY(!policyRecord.properties.contains(QLatin1String("@odata.context")));
    const TenantPolicy policy = TenantPolicy::fromRecord(policyRecord);
    QVERIFY(policy.allowEmailVerifiedUsersToJoinOrganization);
    QVERIFY(policy.allowedToSignUpEmailBasedSubscriptions);
    QVERIFY(policy.allowedToCreateSecurityGroups);
    // Round trip through the record keeps what the type does not know.
    const DirectoryRecord again = policy.toRecord(policyRecord);
    QCOMPARE(again.properties.value(QLatin1String("allowInvitesFrom")).toString(),
             QStringLiteral("everyone"));
}

void TestMappers::calendarPermissionsFromGraph()
{
    const QJsonArray items = valueOf("calendarpermissions-list.json");
    const CalendarPermission external = CalendarPermissionMapper::fromGraph(
        QStringLiteral("owner@x"), QStringLiteral("cal"), items.at(0).toObject());
    QCOMPARE(external.sharee, CalendarPermission::Sharee::External);
    QCOMPARE(external.graphRole, QStringLiteral("read"));
    QCOMPARE(external.allowedRoles.size(), 3);
    QCOMPARE(external.id, items.at(0).toObject().value(QLatin1String("id")).toString()); // the tenant's id
    const CalendarPermission organisation = CalendarPermissionMapper::fromGraph(
        QStringLiteral("owner@x"), QStringLiteral("cal"), items.at(1).toObject());
    QCOMPARE(organisation.sharee, CalendarPermission::Sharee::MyOrganization);
    QVERIFY(!organisation.removable);
    QCOMPARE(organisation.graphRole, QStringLiteral("freeBusyRead"));
    // Changing a role sends only the role.
    QCOMPARE(CalendarPermissionMapper::toGraph(organisation).keys(), QStringList{QStringLiteral("role")});
}

void TestMappers::calendarPermissionsFromExchange()
{
    const auto row = [](const QString &user, const QString &rights, const QString &flags) {
        return QJsonObject{{QStringLiteral("User"), user},
                           {QStringLiteral("AccessRights"), QJsonArray{rights}},
                           {QStringLiteral("SharingPermissionFlags"), flags}};
    };
    const CalendarPermission defaultEntry = CalendarPermissionMapper::fromExchange(
        QStringLiteral("o"), QStringLiteral("c"),
        row(QStringLiteral("Default"), QStringLiteral("AvailabilityOnly"), {}));
    QCOMPARE(defaultEntry.sharee, CalendarPermission::Sharee::MyOrganization);
    QCOMPARE(defaultEntry.exchangeAccessRights, QStringLiteral("AvailabilityOnly"));
    QCOMPARE(defaultEntry.graphRole, QStringLiteral("freeBusyRead"));
    QCOMPARE(CalendarPermissionMapper::fromExchange(
                 {}, {}, row(QStringLiteral("Anonymous"), QStringLiteral("None"), {}))
                 .sharee,
             CalendarPermission::Sharee::Anonymous);
    const CalendarPermission outside = CalendarPermissionMapper::fromExchange(
        {}, {}, row(QStringLiteral("ExchangePublishedUser.ola@partner.no"), QStringLiteral("Reviewer"), {}));
    QCOMPARE(outside.sharee, CalendarPermission::Sharee::External);
    QCOMPARE(outside.address, QStringLiteral("ola@partner.no"));
    const CalendarPermission delegate = CalendarPermissionMapper::fromExchange(
        {}, {}, row(QStringLiteral("anna@skole.dk"), QStringLiteral("Editor"), QStringLiteral("Delegate")));
    QCOMPARE(delegate.sharee, CalendarPermission::Sharee::Internal);
    QCOMPARE(delegate.exchangeSharingPermissionFlags, QStringLiteral("Delegate"));
    QCOMPARE(delegate.graphRole, QStringLiteral("delegateWithoutPrivateEventAccess"));
    QVERIFY(delegate.isDelegate());
    // A folder role Graph has no calendarRoleType for stays "custom", never a guessed neighbour.
    QCOMPARE(CalendarPermissionMapper::fromExchange(
                 {}, {}, row(QStringLiteral("bo@skole.dk"), QStringLiteral("PublishingAuthor"), {}))
                 .graphRole,
             QStringLiteral("custom"));
}

void TestMappers::mailboxesAndTheirRights()
{
    const QJsonObject shared{{QStringLiteral("Guid"), QStringLiteral("mbx-1")},
                             {QStringLiteral("DisplayName"), QStringLiteral("Kontoret")},
                             {QStringLiteral("PrimarySmtpAddress"), QStringLiteral("kontor@skole.dk")},
                             {QStringLiteral("RecipientTypeDetails"), QStringLiteral("SharedMailbox")},
                             {QStringLiteral("HiddenFromAddressListsEnabled"), true},
                             {QStringLiteral("GrantSendOnBehalfTo"), QJsonArray{QStringLiteral("anna")}},
                             {QStringLiteral("EmailAddresses"), QStringLiteral("SMTP:kontor@skole.dk")}};
    const Mailbox mailbox = MailboxMapper::fromExchange(shared);
    QCOMPARE(mailbox.kind, Mailbox::Kind::Shared);
    QVERIFY(mailbox.hiddenFromAddressList);
    QCOMPARE(mailbox.emailAddresses, QStringList{QStringLiteral("SMTP:kontor@skole.dk")});
    QCOMPARE(MailboxMapper::sendOnBehalf(mailbox).size(), 1);
    QCOMPARE(MailboxMapper::sendOnBehalf(mailbox)[0].right, MailboxPermission::Right::SendOnBehalf);

    const QList<MailboxPermission> fullAccess = MailboxMapper::fromMailboxPermission(
        mailbox.id, {{QStringLiteral("User"), QStringLiteral("bo@skole.dk")},
                     {QStringLiteral("AccessRights"),
                      QJsonArray{QStringLiteral("FullAccess"), QStringLiteral("ReadPermission")}},
                     {QStringLiteral("IsInherited"), false},
                     {QStringLiteral("Deny"), false}});
    QCOMPARE(fullAccess.size(), 1);
    QCOMPARE(fullAccess[0].trustee, QStringLiteral("bo@skole.dk"));
    // The mailbox's own SELF entry is not a person's access.
    QVERIFY(MailboxMapper::fromMailboxPermission(
                mailbox.id, {{QStringLiteral("User"), QStringLiteral("NT AUTHORITY\\SELF")},
                             {QStringLiteral("AccessRights"), QStringLiteral("FullAccess")}})
                .isEmpty());
    const QList<MailboxPermission> sendAs = MailboxMapper::fromRecipientPermission(
        mailbox.id, {{QStringLiteral("Trustee"), QStringLiteral("bo@skole.dk")},
                     {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}},
                     {QStringLiteral("AccessControlType"), QStringLiteral("Allow")}});
    QCOMPARE(sendAs.size(), 1);
    QCOMPARE(sendAs[0].right, MailboxPermission::Right::SendAs);
    QVERIFY(!sendAs[0].deny);
}

void TestMappers::userBodyHasOnlyWritableProperties()
{
    User user;
    user.id = QStringLiteral("ignored");
    user.displayName = QStringLiteral("Søren Ærø");
    user.userPrincipalName = QStringLiteral("soeren.aeroe@skole.dk");
    user.usageLocation = QStringLiteral("DK");
    user.createdDateTime = QDateTime::currentDateTimeUtc();
    const QJsonObject body = UserMapper::toJson(user);
    QVERIFY(!body.contains(QLatin1String("id")));
    QVERIFY(!body.contains(QLatin1String("createdDateTime")));
    QCOMPARE(body.value(QLatin1String("mailNickname")).toString(), QStringLiteral("soeren.aeroe"));
    QCOMPARE(body.value(QLatin1String("accountEnabled")).toBool(), true);
}

void TestMappers::partitionsCoverEveryAddressOnce()
{
    // Evaluate the partition filters on sample addresses the way Graph compares strings (ordinal, lower
    // case).
    const QStringList filters = UserQueries::partitionFilters();
    QCOMPARE(filters.size(), 27);
    const auto matches = [](const QString &filter, const QString &upn) {
        bool ok = true;
        const QRegularExpression ge(QStringLiteral("ge '([a-z])'"));
        const QRegularExpression le(QStringLiteral("le '([a-z])'"));
        const auto g = ge.match(filter);
        const auto l = le.match(filter);
        if (g.hasMatch())
            ok = ok && upn >= g.captured(1);
        if (l.hasMatch())
            ok = ok && upn <= l.captured(1);
        return ok;
    };
    for (const QString &upn :
         {QStringLiteral("0pupil@x"), QStringLiteral("a@x"), QStringLiteral("anna@x"),
          QStringLiteral("m.hansen@x"), QStringLiteral("zoe@x"), QStringLiteral("zz@x")}) {
        int hits = 0;
        for (const QString &filter : filters)
            hits += matches(filter, upn) ? 1 : 0;
        QVERIFY2(hits == 1, qPrintable(upn));
    }
    QVERIFY(UserQueries::list(filters.first())
                .contains(QStringLiteral("$filter=userPrincipalName%20le%20%27a%27")));
}

QTEST_GUILESS_MAIN(TestMappers)
#include "tst_mappers.moc"
