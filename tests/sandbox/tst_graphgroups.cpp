#include "graphdirectoryfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

// Graph groups: create (Microsoft 365 and security groups only), read, update, delete (to the deleted
// items or, for security groups, for good), members and owners by $ref and @odata.bind, the read-only
// distribution lists and mail-enabled security groups, and deleted items with restore.
class TestGraphGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createMicrosoft365GroupWithBinds();
    void createValidates();
    void readAndUpdate();
    void membersByReference();
    void membersListIsPaged();
    void bulkBindIsAllOrNothing();
    void distributionListsAreReadOnly();
    void deleteAndRestore();
    void deletedItemsNeedACast();
    void transitiveMembersAndMemberOf();
    void directoryObjectsByIdAndGetByIds();

private:
    SandboxClient::Reply post(const QString &path, const QJsonObject &body)
    {
        return m_client->postJson(path, m_token, body);
    }
    SandboxClient::Reply patch(const QString &path, const QJsonObject &body)
    {
        return m_client->request("PATCH", path, m_token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    static QString errorMessage(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
    static QJsonObject reference(const QString &id)
    {
        return QJsonObject{{QStringLiteral("@odata.id"),
                            QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") + id}};
    }
    QString user(int i) const { return m_fixture->userIds().at(i); }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GraphDirectoryFixture> m_fixture;
    QByteArray m_token;
};

void TestGraphGroups::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_fixture = std::make_unique<GraphDirectoryFixture>(*m_client, 300);
    m_token = m_fixture->appToken();
}

void TestGraphGroups::createMicrosoft365GroupWithBinds()
{
    const auto created =
        post(QStringLiteral("/v1.0/groups"),
             QJsonObject{{QStringLiteral("displayName"), QStringLiteral("8A Class Team")},
                         {QStringLiteral("description"), QStringLiteral("Class 8A, 2025")},
                         {QStringLiteral("groupTypes"), QJsonArray{QStringLiteral("Unified")}},
                         {QStringLiteral("mailEnabled"), true},
                         {QStringLiteral("mailNickname"), QStringLiteral("8a-2025")},
                         {QStringLiteral("securityEnabled"), false},
                         {QStringLiteral("visibility"), QStringLiteral("Private")},
                         {QStringLiteral("owners@odata.bind"),
                          QJsonArray{QStringLiteral("https://graph.microsoft.com/v1.0/users/") + user(10)}},
                         {QStringLiteral("members@odata.bind"),
                          QJsonArray{QStringLiteral("https://graph.microsoft.com/v1.0/users/") + user(11),
                                     QStringLiteral("https://graph.microsoft.com/v1.0/users/") + user(12)}}});
    QCOMPARE(created.status, 201);
    const QJsonObject group = created.json();
    const QString id = group.value(QLatin1String("id")).toString();
    QString domain = m_client->tenant().initialDomain; // the tenant's default domain
    for (const QJsonValue &d :
         m_client->tenant().organization.value(QLatin1String("verifiedDomains")).toArray()) {
        if (d.toObject().value(QLatin1String("isDefault")).toBool())
            domain = d.toObject().value(QLatin1String("name")).toString();
    }
    QCOMPARE(group.value(QLatin1String("mail")).toString(), QStringLiteral("8a-2025@") + domain);
    QCOMPARE(group.value(QLatin1String("proxyAddresses")).toArray().first().toString(),
             QStringLiteral("SMTP:8a-2025@") + domain);
    QCOMPARE(group.value(QLatin1String("visibility")).toString(), QStringLiteral("Private"));
    QVERIFY(
        group.value(QLatin1String("securityIdentifier")).toString().startsWith(QLatin1String("S-1-12-1-")));
    QCOMPARE(group.value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() + QStringLiteral("/v1.0/$metadata#groups/$entity"));
    QCOMPARE(m_client->tenant().groupOwners.value(id), QStringList{user(10)});
    QCOMPARE(m_client->tenant().groupMembers.value(id), QStringList({user(11), user(12)}));
    // The alias is now taken.
    const auto again = post(QStringLiteral("/v1.0/groups"),
                            QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Other")},
                                        {QStringLiteral("groupTypes"), QJsonArray{QStringLiteral("Unified")}},
                                        {QStringLiteral("mailEnabled"), true},
                                        {QStringLiteral("mailNickname"), QStringLiteral("8a-2025")},
                                        {QStringLiteral("securityEnabled"), false}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("details"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("ObjectConflict"));
}

void TestGraphGroups::createValidates()
{
    const QJsonObject security{{QStringLiteral("displayName"), QStringLiteral("Lab PCs")},
                               {QStringLiteral("mailEnabled"), false},
                               {QStringLiteral("mailNickname"), QStringLiteral("lab-pcs")},
                               {QStringLiteral("securityEnabled"), true}};
    const auto created = post(QStringLiteral("/v1.0/groups"), security);
    QCOMPARE(created.status, 201);
    QVERIFY(created.json().value(QLatin1String("mail")).isNull());
    QCOMPARE(created.json().value(QLatin1String("groupTypes")).toArray().size(), 0);

    QJsonObject distribution = security;
    distribution.insert(QStringLiteral("mailEnabled"), true);
    distribution.insert(QStringLiteral("securityEnabled"), false);
    const auto refused = post(QStringLiteral("/v1.0/groups"), distribution);
    QCOMPARE(refused.status, 400);
    QVERIFY(errorMessage(refused).contains(QLatin1String("mail-enabled groups")));

    QJsonObject noNick = security;
    noNick.remove(QStringLiteral("mailNickname"));
    QCOMPARE(post(QStringLiteral("/v1.0/groups"), noNick).status, 400);
    QJsonObject badNick = security;
    badNick.insert(QStringLiteral("mailNickname"), QStringLiteral("lab pcs"));
    QCOMPARE(errorMessage(post(QStringLiteral("/v1.0/groups"), badNick)),
             QStringLiteral("Invalid value specified for property 'mailNickname' of resource 'Group'."));
    QJsonObject missingOwner = security;
    missingOwner.insert(QStringLiteral("mailNickname"), QStringLiteral("lab-pcs-2"));
    missingOwner.insert(QStringLiteral("owners@odata.bind"),
                        QJsonArray{QStringLiteral(
                            "https://graph.microsoft.com/v1.0/users/00000000-0000-4000-8000-000000000001")});
    QCOMPARE(post(QStringLiteral("/v1.0/groups"), missingOwner).status, 404);
    QCOMPARE(m_client->postJson(QStringLiteral("/v1.0/groups"), m_fixture->readOnlyToken(), security).status,
             403);
}

void TestGraphGroups::readAndUpdate()
{
    const QString id = m_fixture->classGroupId;
    const auto read =
        m_client->get(QStringLiteral("/v1.0/groups/%1?$select=displayName,groupTypes").arg(id), m_token);
    QCOMPARE(read.status, 200);
    QStringList keys = read.json().keys();
    keys.sort();
    QCOMPARE(keys, QStringList({"@odata.context", "displayName", "groupTypes", "id"}));
    QCOMPARE(patch(QStringLiteral("/v1.0/groups/") + id,
                   {{QStringLiteral("description"), QStringLiteral("Renamed class")}})
                 .status,
             204);
    QCOMPARE(m_client->tenant().groups.find(id)->value(QLatin1String("description")).toString(),
             QStringLiteral("Renamed class"));
    QCOMPARE(
        patch(QStringLiteral("/v1.0/groups/") + id, {{QStringLiteral("mail"), QStringLiteral("x@y.example")}})
            .status,
        400);
    QCOMPARE(
        m_client->get(QStringLiteral("/v1.0/groups/00000000-0000-4000-8000-000000000002"), m_token).status,
        404);
    const auto list = m_client->get(QStringLiteral("/v1.0/groups?$top=2"), m_token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(QLatin1String("value")).toArray().size(), 2);
    QVERIFY(list.json().contains(QLatin1String("@odata.nextLink")));
}

void TestGraphGroups::membersByReference()
{
    const QString group = m_fixture->classGroupId;
    const QString path = QStringLiteral("/v1.0/groups/%1/members/$ref").arg(group);
    const qsizetype logBefore = m_client->tenant().membershipLog.size();
    QCOMPARE(post(path, reference(user(20))).status, 204);
    QVERIFY(m_client->tenant().groupMembers.value(group).contains(user(20)));
    QCOMPARE(m_client->tenant().membershipLog.size(), logBefore + 1);
    QCOMPARE(m_client->tenant().membershipLog.last().memberId, user(20));

    const auto duplicate = post(path, reference(user(20)));
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(errorMessage(duplicate),
             QStringLiteral("One or more added object references already exist for the following "
                            "modified properties: 'members'."));
    QCOMPARE(post(path, reference(QStringLiteral("00000000-0000-4000-8000-000000000003"))).status, 404);
    QCOMPARE(post(path, QJsonObject{{QStringLiteral("@odata.id"), QStringLiteral("not a url")}}).status, 400);

    QCOMPARE(m_client
                 ->request("DELETE", QStringLiteral("/v1.0/groups/%1/members/%2/$ref").arg(group, user(20)),
                           m_token)
                 .status,
             204);
    QVERIFY(m_client->tenant().membershipLog.last().removed);
    QCOMPARE(m_client
                 ->request("DELETE", QStringLiteral("/v1.0/groups/%1/members/%2/$ref").arg(group, user(20)),
                           m_token)
                 .status,
             404);

    // Owners: a Microsoft 365 group keeps at least one.
    const QString owners = QStringLiteral("/v1.0/groups/%1/owners").arg(group);
    const auto ownerList = m_client->get(owners, m_token);
    QCOMPARE(ownerList.json().value(QLatin1String("value")).toArray().size(), 1);
    const QString owner = ownerList.json()
                              .value(QLatin1String("value"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QLatin1String("id"))
                              .toString();
    QCOMPARE(m_client->request("DELETE", owners + QStringLiteral("/%1/$ref").arg(owner), m_token).status,
             400);
    QCOMPARE(post(owners + QStringLiteral("/$ref"), reference(user(21))).status, 204);
    QCOMPARE(m_client->request("DELETE", owners + QStringLiteral("/%1/$ref").arg(owner), m_token).status,
             204);

    const QByteArray memberWriter = m_client->mintToken({QStringLiteral("GroupMember.ReadWrite.All")});
    QCOMPARE(m_client->postJson(path, memberWriter, reference(user(22))).status, 204);
    QCOMPARE(m_client->postJson(path, m_fixture->readOnlyToken(), reference(user(23))).status, 403);
}

void TestGraphGroups::membersListIsPaged()
{
    const QString group = m_fixture->securityGroupId;
    for (int i = 40; i < 45; ++i)
        QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(group), reference(user(i))).status,
                 204);
    QCOMPARE(
        post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(group), reference(m_fixture->classGroupId))
            .status,
        204);
    QJsonArray items;
    QString error;
    int pages = 0;
    QVERIFY2(
        m_fixture->collect(QStringLiteral("/v1.0/groups/%1/members?$top=2&$select=id,displayName").arg(group),
                           m_token, &items, &error, {}, 20, &pages),
        qPrintable(error));
    QCOMPARE(items.size(), m_client->tenant().groupMembers.value(group).size());
    QCOMPARE(pages, int((items.size() + 1) / 2));
    QCOMPARE(items.last().toObject().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.group"));
    QCOMPARE(items.first().toObject().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.user"));
    const auto count = m_client->request("GET", QStringLiteral("/v1.0/groups/%1/members/$count").arg(group),
                                         m_token, QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(count.body.toLongLong(), qlonglong(items.size()));
}

void TestGraphGroups::bulkBindIsAllOrNothing()
{
    const QString group = m_fixture->securityGroupId;
    const QStringList before = m_client->tenant().groupMembers.value(group);
    QJsonArray binds;
    for (int i = 100; i < 121; ++i)
        binds.append(QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") + user(i));
    QCOMPARE(patch(QStringLiteral("/v1.0/groups/") + group, {{QStringLiteral("members@odata.bind"), binds}})
                 .status,
             400);
    binds.removeLast();
    binds.replace(19, QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") +
                          before.first()); // already a member
    QCOMPARE(patch(QStringLiteral("/v1.0/groups/") + group, {{QStringLiteral("members@odata.bind"), binds}})
                 .status,
             400);
    QCOMPARE(m_client->tenant().groupMembers.value(group), before);
    binds.removeLast();
    QCOMPARE(patch(QStringLiteral("/v1.0/groups/") + group, {{QStringLiteral("members@odata.bind"), binds}})
                 .status,
             204);
    QCOMPARE(m_client->tenant().groupMembers.value(group).size(), before.size() + 19);
}

void TestGraphGroups::distributionListsAreReadOnly()
{
    const QString message =
        QStringLiteral("Cannot Update a mail-enabled security groups and or distribution list.");
    for (const QString &group : {m_fixture->distributionListId, m_fixture->mailSecurityGroupId}) {
        const auto add = post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(group), reference(user(50)));
        QCOMPARE(add.status, 400);
        QCOMPARE(errorMessage(add), message);
        const auto rename = patch(QStringLiteral("/v1.0/groups/") + group,
                                  {{QStringLiteral("displayName"), QStringLiteral("x")}});
        QCOMPARE(rename.status, 400);
        QCOMPARE(errorMessage(rename), message);
        QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/groups/") + group, m_token).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("/v1.0/groups/%1/members").arg(group), m_token).status, 200);
    }
    QCOMPARE(
        m_client
            ->request(
                "DELETE",
                QStringLiteral("/v1.0/groups/%1/members/%2/$ref").arg(m_fixture->distributionListId, user(4)),
                m_token)
            .status,
        400);
}

void TestGraphGroups::deleteAndRestore()
{
    const QString unified = m_fixture->classGroupId;
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/groups/") + unified, m_token).status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/groups/") + unified, m_token).status, 404);
    const auto bin =
        m_client->get(QStringLiteral("/v1.0/directory/deletedItems/microsoft.graph.group"), m_token);
    QCOMPARE(bin.status, 200);
    QVERIFY(GraphDirectoryFixture::ids(bin.json().value(QLatin1String("value")).toArray()).contains(unified));
    QCOMPARE(bin.json().value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() +
                 QStringLiteral("/v1.0/$metadata#directory/deletedItems/microsoft.graph.group"));
    const auto restored =
        m_client->request("POST", QStringLiteral("/v1.0/directory/deletedItems/%1/restore").arg(unified),
                          m_token, QByteArray(""));
    QCOMPARE(restored.status, 200);
    QCOMPARE(restored.json().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.group"));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/groups/") + unified, m_token).status, 200);
    QVERIFY(!m_client->tenant().groupMembers.value(unified).isEmpty());

    // A security group is deleted for good.
    const auto created = post(QStringLiteral("/v1.0/groups"),
                              QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Temp")},
                                          {QStringLiteral("mailEnabled"), false},
                                          {QStringLiteral("mailNickname"), QStringLiteral("temp")},
                                          {QStringLiteral("securityEnabled"), true}});
    const QString security = created.json().value(QLatin1String("id")).toString();
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/groups/") + security, m_token).status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/directory/deletedItems/") + security, m_token).status, 404);

    // Users: restore, and permanent deletion.
    const QString userId = user(60);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + userId, m_token).status, 204);
    const auto users =
        m_client->request("GET",
                          QStringLiteral("/v1.0/directory/deletedItems/microsoft.graph.user?$count=true"
                                         "&$orderby=deletedDateTime desc"),
                          m_token, QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json()
                 .value(QLatin1String("value"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
             userId);
    QVERIFY(!users.json()
                 .value(QLatin1String("value"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("deletedDateTime"))
                 .toString()
                 .isEmpty());
    QCOMPARE(m_client
                 ->get(QStringLiteral(
                           "/v1.0/directory/deletedItems/microsoft.graph.user?$orderby=deletedDateTime"),
                       m_token)
                 .status,
             400);
    const auto back =
        m_client->request("POST", QStringLiteral("/v1.0/directory/deletedItems/%1/restore").arg(userId),
                          m_token, QByteArray(""));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.user"));
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + userId, m_token).status, 204);
    QCOMPARE(
        m_client->request("DELETE", QStringLiteral("/v1.0/directory/deletedItems/") + userId, m_token).status,
        204);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/directory/deletedItems/") + userId, m_token).status, 404);
    QCOMPARE(m_client
                 ->request("POST", QStringLiteral("/v1.0/directory/deletedItems/%1/restore").arg(userId),
                           m_token, QByteArray(""))
                 .status,
             404);
}

void TestGraphGroups::deletedItemsNeedACast()
{
    const auto bare = m_client->get(QStringLiteral("/v1.0/directory/deletedItems"), m_token);
    QCOMPARE(bare.status, 400);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/directory/deletedItems/microsoft.graph.user"),
                       m_client->mintToken({QStringLiteral("Group.Read.All")}))
                 .status,
             403);
}

void TestGraphGroups::transitiveMembersAndMemberOf()
{
    // outer ⊃ inner ⊃ {u70, u71}; outer also holds u72 directly.
    const auto make = [&](const QString &nick) {
        return post(QStringLiteral("/v1.0/groups"), QJsonObject{{QStringLiteral("displayName"), nick},
                                                                {QStringLiteral("mailEnabled"), false},
                                                                {QStringLiteral("mailNickname"), nick},
                                                                {QStringLiteral("securityEnabled"), true}})
            .json()
            .value(QLatin1String("id"))
            .toString();
    };
    const QString outer = make(QStringLiteral("nest-outer")), inner = make(QStringLiteral("nest-inner"));
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(outer), reference(inner)).status, 204);
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(outer), reference(user(72))).status,
             204);
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(inner), reference(user(70))).status,
             204);
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(inner), reference(user(71))).status,
             204);
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(inner), reference(user(72))).status,
             204);

    const auto direct = m_client->get(QStringLiteral("/v1.0/groups/%1/members").arg(outer), m_token);
    QCOMPARE(GraphDirectoryFixture::ids(direct.json().value(QLatin1String("value")).toArray()),
             QStringList({inner, user(72)}));
    const auto transitive =
        m_client->get(QStringLiteral("/v1.0/groups/%1/transitiveMembers").arg(outer), m_token);
    QCOMPARE(transitive.status, 200);
    QCOMPARE(GraphDirectoryFixture::ids(transitive.json().value(QLatin1String("value")).toArray()),
             QStringList({inner, user(72), user(70), user(71)}));

    const auto memberOf = m_client->get(QStringLiteral("/v1.0/users/%1/memberOf").arg(user(70)), m_token);
    QCOMPARE(memberOf.status, 200);
    QCOMPARE(GraphDirectoryFixture::ids(memberOf.json().value(QLatin1String("value")).toArray()),
             QStringList{inner});
    const auto transitiveOf =
        m_client->get(QStringLiteral("/v1.0/users/%1/transitiveMemberOf").arg(user(70)), m_token);
    QCOMPARE(GraphDirectoryFixture::ids(transitiveOf.json().value(QLatin1String("value")).toArray()),
             QStringList({inner, outer}));
    // A school pupil is also a member of the school's administrative unit.
    const auto pupil = m_client->get(QStringLiteral("/v1.0/users/%1/memberOf").arg(user(1)), m_token);
    bool unit = false;
    for (const QJsonValue &v : pupil.json().value(QLatin1String("value")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == m_fixture->unitId)
            unit = v.toObject().value(QLatin1String("@odata.type")).toString() ==
                   QLatin1String("#microsoft.graph.administrativeUnit");
    }
    QVERIFY(unit);
    const auto groupOf =
        m_client->get(QStringLiteral("/v1.0/groups/%1/memberOf?$select=id,displayName").arg(inner), m_token);
    QCOMPARE(GraphDirectoryFixture::ids(groupOf.json().value(QLatin1String("value")).toArray()),
             QStringList{outer});
    QCOMPARE(
        m_client->get(QStringLiteral("/v1.0/users/00000000-0000-4000-8000-000000000009/memberOf"), m_token)
            .status,
        404);
}

void TestGraphGroups::directoryObjectsByIdAndGetByIds()
{
    const auto userObject = m_client->get(QStringLiteral("/v1.0/directoryObjects/") + user(80), m_token);
    QCOMPARE(userObject.status, 200);
    QCOMPARE(userObject.json().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.user"));
    const auto groupObject =
        m_client->get(QStringLiteral("/v1.0/directoryObjects/") + m_fixture->securityGroupId, m_token);
    QCOMPARE(groupObject.json().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.group"));
    QCOMPARE(
        m_client->get(QStringLiteral("/v1.0/directoryObjects/00000000-0000-4000-8000-00000000000a"), m_token)
            .status,
        404);

    const auto byIds = post(QStringLiteral("/v1.0/directoryObjects/getByIds"),
                            QJsonObject{{QStringLiteral("ids"),
                                         QJsonArray{user(81), m_fixture->securityGroupId,
                                                    QStringLiteral("00000000-0000-4000-8000-00000000000b")}},
                                        {QStringLiteral("types"), QJsonArray{QStringLiteral("user")}}});
    QCOMPARE(byIds.status, 200);
    QCOMPARE(GraphDirectoryFixture::ids(byIds.json().value(QLatin1String("value")).toArray()),
             QStringList{user(81)});
    const auto both =
        post(QStringLiteral("/v1.0/directoryObjects/getByIds"),
             QJsonObject{{QStringLiteral("ids"), QJsonArray{user(81), m_fixture->securityGroupId}}});
    QCOMPARE(both.json().value(QLatin1String("value")).toArray().size(), 2);

    // The sandbox keeps no manager relationships: Graph's 404 for a user without a manager.
    const auto manager = m_client->get(QStringLiteral("/v1.0/users/%1/manager").arg(user(81)), m_token);
    QCOMPARE(manager.status, 404);
    QCOMPARE(errorMessage(manager), QStringLiteral("Resource 'manager' does not exist or one of its queried "
                                                   "reference-property objects are not present."));
    const auto reports = m_client->get(QStringLiteral("/v1.0/users/%1/directReports").arg(user(81)), m_token);
    QCOMPARE(reports.status, 200);
    QVERIFY(reports.json().value(QLatin1String("value")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestGraphGroups)
#include "tst_graphgroups.moc"
