#include "exchangefixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

// Distribution lists through Exchange, and the same lists as Graph sees them (tenant.groups,
// tenant.groupMembers and the membership log that groups/delta replays).
class TestExchangeDistributionGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createIsAGraphDistributionList();
    void membersAddRemove();
    void managerCheckAndSettings();
    void securityGroupAndRemoval();
    void adminApiV2ReadsMembersOnly();

private:
    QJsonArray rows(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("value")).toArray();
    }
    SandboxClient::Reply run(const QString &cmdlet, const QJsonObject &parameters)
    {
        return m_exo->invoke(m_exo->adminToken(), cmdlet, parameters);
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
    QString m_groupId;
    QString m_address;
};

void TestExchangeDistributionGroups::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_exo = std::make_unique<ExchangeFixture>(*m_client);
    m_address = QStringLiteral("tdx-staff@") + m_exo->domain();
}

void TestExchangeDistributionGroups::createIsAGraphDistributionList()
{
    const quint64 before = m_client->tenant().sequence;
    const auto created = run(QStringLiteral("New-DistributionGroup"),
                             {{QStringLiteral("Name"), QStringLiteral("Tdx Staff")},
                              {QStringLiteral("Alias"), QStringLiteral("tdx-staff")},
                              {QStringLiteral("PrimarySmtpAddress"), m_address},
                              {QStringLiteral("Type"), QStringLiteral("Distribution")},
                              {QStringLiteral("RequireSenderAuthenticationEnabled"), false},
                              {QStringLiteral("ManagedBy"), QJsonArray{m_exo->adminId}},
                              {QStringLiteral("Members"), QJsonArray{m_exo->annaAddress()}}});
    QCOMPARE(created.status, 200);
    const QJsonObject row = rows(created).first().toObject();
    QCOMPARE(row.value(QLatin1String("RecipientTypeDetails")).toString(),
             QStringLiteral("MailUniversalDistributionGroup"));
    QCOMPARE(row.value(QLatin1String("RequireSenderAuthenticationEnabled")).toBool(true), false);
    m_groupId = row.value(QLatin1String("ExternalDirectoryObjectId")).toString();

    const std::optional<QJsonObject> group = m_client->tenant().groups.find(m_groupId);
    QVERIFY(group);
    QCOMPARE(group->value(QLatin1String("mailEnabled")).toBool(), true);
    QCOMPARE(group->value(QLatin1String("securityEnabled")).toBool(true), false);
    QCOMPARE(group->value(QLatin1String("groupTypes")).toArray(), QJsonArray());
    QCOMPARE(group->value(QLatin1String("mail")).toString(), m_address);
    QCOMPARE(m_client->tenant().groupMembers.value(m_groupId), QStringList{m_exo->annaId});
    QCOMPARE(m_client->tenant().groupOwners.value(m_groupId), QStringList{m_exo->adminId});
    QVERIFY(m_client->tenant().sequence > before);
    bool logged = false;
    for (const auto &change : m_client->tenant().membershipLog)
        logged =
            logged || (change.groupId == m_groupId && change.memberId == m_exo->annaId && !change.removed);
    QVERIFY(logged);

    // The address is now taken.
    QCOMPARE(
        run(QStringLiteral("New-DistributionGroup"), {{QStringLiteral("Name"), QStringLiteral("Tdx Staff 2")},
                                                      {QStringLiteral("PrimarySmtpAddress"), m_address}})
            .status,
        400);
    // Get by address, alias and name.
    for (const QString &identity : {m_address, QStringLiteral("tdx-staff"), QStringLiteral("Tdx Staff")})
        QCOMPARE(rows(run(QStringLiteral("Get-DistributionGroup"), {{QStringLiteral("Identity"), identity}}))
                     .first()
                     .toObject()
                     .value(QLatin1String("ExternalDirectoryObjectId"))
                     .toString(),
                 m_groupId);
}

void TestExchangeDistributionGroups::membersAddRemove()
{
    const QJsonObject addBjorn{{QStringLiteral("Identity"), m_address},
                               {QStringLiteral("Member"), m_exo->bjornAddress()},
                               {QStringLiteral("BypassSecurityGroupManagerCheck"), true}};
    QCOMPARE(run(QStringLiteral("Add-DistributionGroupMember"), addBjorn).status, 200);
    QCOMPARE(m_client->tenant().groupMembers.value(m_groupId), (QStringList{m_exo->annaId, m_exo->bjornId}));
    const auto duplicate = run(QStringLiteral("Add-DistributionGroupMember"), addBjorn);
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(ExchangeFixture::errorType(duplicate),
             QStringLiteral("Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException"));

    const auto members =
        run(QStringLiteral("Get-DistributionGroupMember"), {{QStringLiteral("Identity"), m_groupId}});
    QCOMPARE(members.status, 200);
    QStringList addresses;
    for (const QJsonValue &v : rows(members))
        addresses.append(v.toObject().value(QLatin1String("PrimarySmtpAddress")).toString());
    QCOMPARE(addresses, (QStringList{m_exo->annaAddress(), m_exo->bjornAddress()}));

    const QJsonObject removeAnna{{QStringLiteral("Identity"), m_address},
                                 {QStringLiteral("Member"), m_exo->annaId},
                                 {QStringLiteral("BypassSecurityGroupManagerCheck"), true}};
    QCOMPARE(run(QStringLiteral("Remove-DistributionGroupMember"), removeAnna).status, 200);
    QCOMPARE(m_client->tenant().groupMembers.value(m_groupId), QStringList{m_exo->bjornId});
    const auto &log = m_client->tenant().membershipLog;
    QVERIFY(log.last().removed && log.last().memberId == m_exo->annaId && log.last().groupId == m_groupId);
    QCOMPARE(run(QStringLiteral("Remove-DistributionGroupMember"), removeAnna).status, 400);
    QCOMPARE(run(QStringLiteral("Add-DistributionGroupMember"),
                 {{QStringLiteral("Identity"), m_address},
                  {QStringLiteral("Member"), QStringLiteral("ghost@") + m_exo->domain()},
                  {QStringLiteral("BypassSecurityGroupManagerCheck"), true}})
                 .status,
             404);
}

void TestExchangeDistributionGroups::managerCheckAndSettings()
{
    // The app isn't a manager of the list: without the bypass Exchange refuses.
    const auto refused = m_exo->invoke(
        m_exo->appToken(), QStringLiteral("Add-DistributionGroupMember"),
        {{QStringLiteral("Identity"), m_address}, {QStringLiteral("Member"), m_exo->outsiderAddress()}});
    QCOMPARE(refused.status, 400);
    QVERIFY(ExchangeFixture::errorText(refused).contains(QLatin1String("manager of the group")));
    // The admin manages it.
    QCOMPARE(
        run(QStringLiteral("Add-DistributionGroupMember"),
            {{QStringLiteral("Identity"), m_address}, {QStringLiteral("Member"), m_exo->outsiderAddress()}})
            .status,
        200);

    QCOMPARE(run(QStringLiteral("Set-DistributionGroup"),
                 {{QStringLiteral("Identity"), m_address},
                  {QStringLiteral("HiddenFromAddressListsEnabled"), true},
                  {QStringLiteral("DisplayName"), QStringLiteral("Tdx Staff (all)")},
                  {QStringLiteral("ManagedBy"),
                   QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#Exchange.GenericHashTable")},
                               {QStringLiteral("Add"), m_exo->annaAddress()}}}})
                 .status,
             200);
    const QJsonObject row =
        rows(run(QStringLiteral("Get-DistributionGroup"), {{QStringLiteral("Identity"), m_address}}))
            .first()
            .toObject();
    QCOMPARE(row.value(QLatin1String("HiddenFromAddressListsEnabled")).toBool(), true);
    QCOMPARE(row.value(QLatin1String("DisplayName")).toString(), QStringLiteral("Tdx Staff (all)"));
    QCOMPARE(row.value(QLatin1String("ManagedBy")).toArray(),
             (QJsonArray{QStringLiteral("tdx.admin"), QStringLiteral("tdx.anna")}));
    QCOMPARE(m_client->tenant().groups.find(m_groupId)->value(QLatin1String("displayName")).toString(),
             QStringLiteral("Tdx Staff (all)"));
    QVERIFY(run(QStringLiteral("New-DistributionGroup"),
                {{QStringLiteral("Name"), QStringLiteral("x")},
                 {QStringLiteral("HiddenFromAddressListsEnabled"), true}})
                .status == 400);
}

void TestExchangeDistributionGroups::securityGroupAndRemoval()
{
    const auto created = run(QStringLiteral("New-DistributionGroup"),
                             {{QStringLiteral("Name"), QStringLiteral("Tdx Teachers Security")},
                              {QStringLiteral("Type"), QStringLiteral("Security")}});
    QCOMPARE(created.status, 200);
    const QString id =
        rows(created).first().toObject().value(QLatin1String("ExternalDirectoryObjectId")).toString();
    QCOMPARE(m_client->tenant().groups.find(id)->value(QLatin1String("securityEnabled")).toBool(), true);
    QCOMPARE(rows(created).first().toObject().value(QLatin1String("GroupType")).toString(),
             QStringLiteral("Universal, SecurityEnabled"));

    const auto all = run(QStringLiteral("Get-DistributionGroup"), {});
    QStringList ids;
    for (const QJsonValue &v : rows(all))
        ids.append(v.toObject().value(QLatin1String("ExternalDirectoryObjectId")).toString());
    QVERIFY(ids.contains(id) && ids.contains(m_groupId));

    QCOMPARE(
        run(QStringLiteral("Remove-DistributionGroup"),
            {{QStringLiteral("Identity"), id}, {QStringLiteral("BypassSecurityGroupManagerCheck"), true}})
            .status,
        200);
    QVERIFY(!m_client->tenant().groups.find(id));
    QVERIFY(!m_client->tenant().groupMembers.contains(id));
    QCOMPARE(run(QStringLiteral("Get-DistributionGroup"), {{QStringLiteral("Identity"), id}}).status, 404);
}

void TestExchangeDistributionGroups::adminApiV2ReadsMembersOnly()
{
    const QByteArray token = m_exo->adminTokenV2();
    const auto members = m_exo->invokeV2(token, QStringLiteral("DistributionGroupMember"),
                                         QStringLiteral("Get-DistributionGroupMember"),
                                         {{QStringLiteral("Identity"), m_address}});
    QCOMPARE(members.status, 200);
    QCOMPARE(rows(members).size(), int(m_client->tenant().groupMembers.value(m_groupId).size()));
    QCOMPARE(m_exo
                 ->invokeV2(token, QStringLiteral("DistributionGroupMember"),
                            QStringLiteral("Add-DistributionGroupMember"),
                            {{QStringLiteral("Identity"), m_address},
                             {QStringLiteral("Member"), m_exo->annaAddress()}})
                 .status,
             400);
    QCOMPARE(m_exo
                 ->invokeV2(token, QStringLiteral("DistributionGroupMember"),
                            QStringLiteral("New-DistributionGroup"),
                            {{QStringLiteral("Name"), QStringLiteral("Tdx v2")}})
                 .status,
             400);
    QVERIFY(!m_client->tenant().groupMembers.value(m_groupId).contains(m_exo->annaId));
}

QTEST_GUILESS_MAIN(TestExchangeDistributionGroups)
#include "tst_exchangedistributiongroups.moc"
