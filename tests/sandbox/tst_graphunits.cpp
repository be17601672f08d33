// Administrative units, their members, scoped role memberships and unified role assignments.
#include "sandboxclient.h"
#include "schemavalidator.h"
#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrl>

class TestGraphUnits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listAndGet();
    void pagingFollowsNextLinks();
    void selectAndFilter();
    void create();
    void createNeedsPermissionAndRole();
    void membersAddListRemove();
    void membersPaging();
    void scopedRoleMembers();
    void roleAssignments();
    void roleAssignmentErrors();
    void seededUnits();

private:
    static QString errorCode(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    void validate(const QJsonValue &value, const QString &definition)
    {
        const QList<SchemaValidator::Error> errors = m_schema.validate(value, definition);
        QVERIFY2(errors.isEmpty(), qPrintable(SchemaValidator::describe(errors)));
    }
    // Every item of a collection, following @odata.nextLink; `pages` counts the requests.
    QJsonArray all(const QString &url, const QByteArray &token, int *pages)
    {
        QJsonArray items;
        QString next = url;
        *pages = 0;
        while (!next.isEmpty() && *pages < 1000) {
            const auto reply = m_client.get(next, token);
            if (reply.status != 200)
                return QJsonArray();
            ++*pages;
            for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray())
                items.append(v);
            next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
        }
        return items;
    }
    QString domain() { return m_client.tenant().initialDomain; }

    SandboxClient m_client;
    SchemaValidator m_schema;
    QByteArray m_reader, m_writer, m_roles;
    QString m_unit, m_pupil, m_group;
};

void TestGraphUnits::initTestCase()
{
    QVERIFY2(m_client.isRunning(), qPrintable(m_client.startError()));
    Tenant &tenant = m_client.tenant();
    if (tenant.initialDomain.isEmpty())
        tenant.initialDomain = QStringLiteral("tdtest.onmicrosoft.com");
    TenantFixtures fixtures(tenant);
    m_unit = fixtures.addUnit(QStringLiteral("TDU Nørre Skole"));
    for (int i = 0; i < 5; ++i)
        fixtures.addUnit(QStringLiteral("TDU Extra %1").arg(i));
    m_pupil = fixtures.addUser(QStringLiteral("tdu.pupil@") + domain(), QStringLiteral("Unit Pupil"));
    m_group = fixtures.addGroup(QStringLiteral("TDU 7A"), QStringLiteral("tdu7a"));
    m_reader = m_client.mintToken({QStringLiteral("AdministrativeUnit.Read.All")});
    m_writer = m_client.mintToken({QStringLiteral("AdministrativeUnit.ReadWrite.All")});
    m_roles = m_client.mintToken({QStringLiteral("RoleManagement.ReadWrite.Directory")});
}

void TestGraphUnits::listAndGet()
{
    const auto reply = m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits"), m_reader);
    QCOMPARE(reply.status, 200);
    validate(reply.json(), QStringLiteral("microsoft.graph.administrativeUnitCollectionResponse"));
    bool found = false;
    for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray()) {
        const QJsonObject unit = v.toObject();
        if (unit.value(QLatin1String("id")).toString() == m_unit) {
            found = true;
            QCOMPARE(unit.value(QLatin1String("displayName")).toString(), QStringLiteral("TDU Nørre Skole"));
            // Like Microsoft's example, unset properties come back as null.
            QVERIFY(unit.contains(QLatin1String("membershipRule")));
            QVERIFY(unit.value(QLatin1String("deletedDateTime")).isNull());
        }
    }
    QVERIFY(found);

    const auto one = m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits/") + m_unit, m_reader);
    QCOMPARE(one.status, 200);
    validate(one.json(), QStringLiteral("microsoft.graph.administrativeUnit"));
    QCOMPARE(one.json().value(QLatin1String("id")).toString(), m_unit);

    const auto missing =
        m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits/") + Tenant::newGuid(), m_reader);
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("Request_ResourceNotFound"));

    const auto denied = m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits"),
                                     m_client.mintToken({QStringLiteral("User.Read.All")}));
    QCOMPARE(denied.status, 403);
    QCOMPARE(errorCode(denied), QStringLiteral("Authorization_RequestDenied"));
}

void TestGraphUnits::pagingFollowsNextLinks()
{
    int pages = 0;
    const QJsonArray items =
        all(QStringLiteral("/v1.0/directory/administrativeUnits?$top=2"), m_reader, &pages);
    const qsizetype expected = m_client.tenant().administrativeUnits.aliveCount();
    QCOMPARE(items.size(), expected);
    QCOMPARE(pages, int((expected + 1) / 2));
    QSet<QString> ids;
    for (const QJsonValue &v : items)
        ids.insert(v.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), expected);

    const auto first =
        m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits?$top=2&$select=id"), m_reader);
    const QString next = first.json().value(QLatin1String("@odata.nextLink")).toString();
    QVERIFY(next.startsWith(m_client.baseUrl() + QStringLiteral("/v1.0/directory/administrativeUnits?")));
    QVERIFY(next.contains(QLatin1String("skiptoken")));
    // The next page keeps $select.
    const auto second = m_client.get(next, m_reader);
    QCOMPARE(second.status, 200);
    for (const QJsonValue &v : second.json().value(QLatin1String("value")).toArray())
        QCOMPARE(v.toObject().keys(), QStringList{QStringLiteral("id")});

    for (const char *top : {"0", "1000", "x"}) {
        const auto bad = m_client.get(
            QStringLiteral("/v1.0/directory/administrativeUnits?$top=") + QLatin1String(top), m_reader);
        QCOMPARE(bad.status, 400);
        validate(bad.json(), QStringLiteral("odata.error"));
    }
    const auto badToken =
        m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits?$skiptoken=garbage"), m_reader);
    QCOMPARE(badToken.status, 400);
}

void TestGraphUnits::selectAndFilter()
{
    const auto selected =
        m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits?$select=displayName"), m_reader);
    QCOMPARE(selected.status, 200);
    for (const QJsonValue &v : selected.json().value(QLatin1String("value")).toArray())
        QCOMPARE(v.toObject().keys(), QStringList{QStringLiteral("displayName")});

    const auto unknown =
        m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits?$select=shoeSize"), m_reader);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(errorCode(unknown), QStringLiteral("Request_UnsupportedQuery"));

    QUrl url(m_client.baseUrl() + QStringLiteral("/v1.0/directory/administrativeUnits"));
    url.setQuery(QStringLiteral("$filter=displayName eq 'TDU Nørre Skole'"));
    const auto filtered = m_client.get(url.toString(QUrl::FullyEncoded), m_reader);
    QCOMPARE(filtered.status, 200);
    const QJsonArray value = filtered.json().value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(QLatin1String("id")).toString(), m_unit);
}

void TestGraphUnits::create()
{
    const qsizetype before = m_client.tenant().administrativeUnits.aliveCount();
    const auto reply = m_client.postJson(
        QStringLiteral("/v1.0/directory/administrativeUnits"), m_writer,
        QJsonObject{{QStringLiteral("displayName"), QStringLiteral("TDU Vestskolen")},
                    {QStringLiteral("description"), QStringLiteral("Vestskolen staff and pupils")},
                    {QStringLiteral("visibility"), QStringLiteral("HiddenMembership")}});
    QCOMPARE(reply.status, 201);
    validate(reply.json(), QStringLiteral("microsoft.graph.administrativeUnit"));
    const QString id = reply.json().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(reply.json().value(QLatin1String("visibility")).toString(), QStringLiteral("HiddenMembership"));
    QCOMPARE(m_client.tenant().administrativeUnits.aliveCount(), before + 1);
    const auto read = m_client.get(QStringLiteral("/v1.0/directory/administrativeUnits/") + id, m_reader);
    QCOMPARE(read.json().value(QLatin1String("description")).toString(),
             QStringLiteral("Vestskolen staff and pupils"));

    const QList<QJsonObject> bad{QJsonObject{{QStringLiteral("description"), QStringLiteral("no name")}},
                                 QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")},
                                             {QStringLiteral("visibility"), QStringLiteral("Secret")}},
                                 QJsonObject{{QStringLiteral("displayName"), QStringLiteral("x")},
                                             {QStringLiteral("colour"), QStringLiteral("blue")}}};
    for (const QJsonObject &body : bad) {
        const auto r =
            m_client.postJson(QStringLiteral("/v1.0/directory/administrativeUnits"), m_writer, body);
        QCOMPARE(r.status, 400);
        validate(r.json(), QStringLiteral("odata.error"));
    }
    QCOMPARE(m_client.tenant().administrativeUnits.aliveCount(), before + 1);
}

void TestGraphUnits::createNeedsPermissionAndRole()
{
    const QJsonObject body{{QStringLiteral("displayName"), QStringLiteral("TDU Denied")}};
    QCOMPARE(m_client.postJson(QStringLiteral("/v1.0/directory/administrativeUnits"), m_reader, body).status,
             403);

    TenantFixtures fixtures(m_client.tenant());
    const QString technician =
        fixtures.addUser(QStringLiteral("tdu.tech@") + domain(), QStringLiteral("Unit Tech"));
    fixtures.addRole(technician, DirectoryRoles::UserAdministrator,
                     QStringLiteral("/administrativeUnits/") + m_unit);
    const QByteArray techToken =
        m_client.mintToken({QStringLiteral("AdministrativeUnit.ReadWrite.All")}, technician);
    QCOMPARE(m_client.postJson(QStringLiteral("/v1.0/directory/administrativeUnits"), techToken, body).status,
             403);
    // ...nor change the unit's membership.
    const auto ref = m_client.postJson(
        QStringLiteral("/v1.0/directory/administrativeUnits/%1/members/$ref").arg(m_unit), techToken,
        QJsonObject{{QStringLiteral("@odata.id"),
                     QStringLiteral("https://graph.microsoft.com/v1.0/users/") + m_pupil}});
    QCOMPARE(ref.status, 403);

    const QString admin =
        fixtures.addUser(QStringLiteral("tdu.admin@") + domain(), QStringLiteral("Unit Admin"));
    fixtures.addRole(admin, DirectoryRoles::GlobalAdministrator);
    QCOMPARE(m_client
                 .postJson(QStringLiteral("/v1.0/directory/administrativeUnits"),
                           m_client.mintToken({QStringLiteral("AdministrativeUnit.ReadWrite.All")}, admin),
                           body)
                 .status,
             201);
}

void TestGraphUnits::membersAddListRemove()
{
    const QString base = QStringLiteral("/v1.0/directory/administrativeUnits/%1/members").arg(m_unit);
    const auto add = [&](const QString &reference) {
        return m_client.postJson(base + QStringLiteral("/$ref"), m_writer,
                                 QJsonObject{{QStringLiteral("@odata.id"), reference}});
    };
    QCOMPARE(add(QStringLiteral("https://graph.microsoft.com/v1.0/users/") + m_pupil).status, 204);
    QCOMPARE(add(m_client.baseUrl() + QStringLiteral("/v1.0/groups/") + m_group).status, 204);
    QVERIFY(m_client.tenant().unitMembers.value(m_unit).contains(m_pupil));
    QVERIFY(m_client.tenant().unitsOf(m_pupil).contains(m_unit));

    const auto again = add(QStringLiteral("https://graph.microsoft.com/v1.0/users/") + m_pupil);
    QCOMPARE(again.status, 400);
    QCOMPARE(errorCode(again), QStringLiteral("Request_BadRequest"));
    const auto ghost =
        add(QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") + Tenant::newGuid());
    QCOMPARE(ghost.status, 404);

    const auto list = m_client.get(base, m_reader);
    QCOMPARE(list.status, 200);
    validate(list.json(), QStringLiteral("microsoft.graph.directoryObjectCollectionResponse"));
    QHash<QString, QString> types;
    for (const QJsonValue &v : list.json().value(QLatin1String("value")).toArray())
        types.insert(v.toObject().value(QLatin1String("id")).toString(),
                     v.toObject().value(QLatin1String("@odata.type")).toString());
    QCOMPARE(types.value(m_pupil), QStringLiteral("#microsoft.graph.user"));
    QCOMPARE(types.value(m_group), QStringLiteral("#microsoft.graph.group"));

    QCOMPARE(m_client.request("DELETE", base + QStringLiteral("/%1/$ref").arg(m_group), m_writer).status,
             204);
    QVERIFY(!m_client.tenant().unitMembers.value(m_unit).contains(m_group));
    QCOMPARE(m_client.request("DELETE", base + QStringLiteral("/%1/$ref").arg(m_group), m_writer).status,
             404);
    QCOMPARE(m_client.request("DELETE", base + QStringLiteral("/%1/$ref").arg(m_pupil), m_reader).status,
             403);
}

void TestGraphUnits::membersPaging()
{
    TenantFixtures fixtures(m_client.tenant());
    const QString unit = fixtures.addUnit(QStringLiteral("TDU Paged"));
    for (int i = 0; i < 5; ++i)
        fixtures.addUnitMember(unit, fixtures.addUser(QStringLiteral("tdu.p%1@").arg(i) + domain(),
                                                      QStringLiteral("Paged %1").arg(i)));
    int pages = 0;
    const QJsonArray members = all(
        QStringLiteral("/v1.0/directory/administrativeUnits/%1/members?$top=2").arg(unit), m_reader, &pages);
    QCOMPARE(members.size(), 5);
    QCOMPARE(pages, 3);
}

void TestGraphUnits::scopedRoleMembers()
{
    TenantFixtures fixtures(m_client.tenant());
    const QString technician =
        fixtures.addUser(QStringLiteral("tdu.helpdesk@") + domain(), QStringLiteral("Help Desk"));
    const QString base =
        QStringLiteral("/v1.0/directory/administrativeUnits/%1/scopedRoleMembers").arg(m_unit);
    QVERIFY(!m_client.tenant().canManageObject(SandboxCaller{QString(), technician, QString(), {}}, m_pupil));

    const auto reply = m_client.postJson(
        base, m_roles,
        QJsonObject{{QStringLiteral("roleId"), DirectoryRoles::HelpdeskAdministrator},
                    {QStringLiteral("roleMemberInfo"), QJsonObject{{QStringLiteral("id"), technician}}}});
    QCOMPARE(reply.status, 201);
    const QJsonObject membership = reply.json();
    QCOMPARE(membership.value(QLatin1String("administrativeUnitId")).toString(), m_unit);
    QCOMPARE(membership.value(QLatin1String("roleId")).toString(), DirectoryRoles::HelpdeskAdministrator);
    const QJsonObject info = membership.value(QLatin1String("roleMemberInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("id")).toString(), technician);
    QCOMPARE(info.value(QLatin1String("displayName")).toString(), QStringLiteral("Help Desk"));
    QCOMPARE(info.value(QLatin1String("userPrincipalName")).toString(),
             QStringLiteral("tdu.helpdesk@") + domain());

    // The tenant's scope rules see it: the technician now manages the unit's members.
    QVERIFY(m_client.tenant().scopedUnitsOf(technician).contains(m_unit));
    QVERIFY(m_client.tenant().canManageObject(SandboxCaller{QString(), technician, QString(), {}}, m_pupil));

    const auto list = m_client.get(base, m_reader);
    QCOMPARE(list.status, 200);
    bool listed = false;
    for (const QJsonValue &v : list.json().value(QLatin1String("value")).toArray())
        listed = listed || v.toObject().value(QLatin1String("id")) == membership.value(QLatin1String("id"));
    QVERIFY(listed);

    // Global Administrator cannot be scoped to a unit; a reader cannot add memberships.
    QCOMPARE(m_client
                 .postJson(base, m_roles,
                           QJsonObject{{QStringLiteral("roleId"), DirectoryRoles::GlobalAdministrator},
                                       {QStringLiteral("roleMemberInfo"),
                                        QJsonObject{{QStringLiteral("id"), technician}}}})
                 .status,
             400);
    QCOMPARE(m_client
                 .postJson(base, m_reader,
                           QJsonObject{{QStringLiteral("roleId"), DirectoryRoles::UserAdministrator},
                                       {QStringLiteral("roleMemberInfo"),
                                        QJsonObject{{QStringLiteral("id"), technician}}}})
                 .status,
             403);

    const QString item = base + QLatin1Char('/') + membership.value(QLatin1String("id")).toString();
    QCOMPARE(m_client.get(item, m_reader).status, 200);
    QCOMPARE(m_client.request("DELETE", item, m_roles).status, 204);
    QVERIFY(!m_client.tenant().scopedUnitsOf(technician).contains(m_unit));
    QCOMPARE(m_client.get(item, m_reader).status, 404);
}

void TestGraphUnits::roleAssignments()
{
    TenantFixtures fixtures(m_client.tenant());
    const QString user =
        fixtures.addUser(QStringLiteral("tdu.rbac@") + domain(), QStringLiteral("Rbac User"));
    const QString scope = QStringLiteral("/administrativeUnits/") + m_unit;
    const QString base = QStringLiteral("/v1.0/roleManagement/directory/roleAssignments");
    const auto created = m_client.postJson(
        base, m_roles,
        QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.unifiedRoleAssignment")},
                    {QStringLiteral("roleDefinitionId"), DirectoryRoles::UserAdministrator},
                    {QStringLiteral("principalId"), user},
                    {QStringLiteral("directoryScopeId"), scope}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.json().value(QLatin1String("directoryScopeId")).toString(), scope);
    QVERIFY(m_client.tenant().rolesOf(user, scope).contains(DirectoryRoles::UserAdministrator));

    QUrl url(m_client.baseUrl() + base);
    url.setQuery(QStringLiteral("$filter=principalId eq '%1' and directoryScopeId eq '%2'").arg(user, scope));
    const auto filtered = m_client.get(url.toString(QUrl::FullyEncoded),
                                       m_client.mintToken({QStringLiteral("RoleManagement.Read.Directory")}));
    QCOMPARE(filtered.status, 200);
    const QJsonArray value = filtered.json().value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(QLatin1String("id")).toString(), id);

    url.setQuery(QStringLiteral("$filter=principalId eq '%1' and directoryScopeId eq '/'").arg(user));
    QCOMPARE(m_client.get(url.toString(QUrl::FullyEncoded), m_roles)
                 .json()
                 .value(QLatin1String("value"))
                 .toArray()
                 .size(),
             0);

    // The same assignment is the unit's scoped role membership.
    const auto scoped = m_client.get(
        QStringLiteral("/v1.0/directory/administrativeUnits/%1/scopedRoleMembers/%2").arg(m_unit, id),
        m_roles);
    QCOMPARE(scoped.status, 200);
    QCOMPARE(
        scoped.json().value(QLatin1String("roleMemberInfo")).toObject().value(QLatin1String("id")).toString(),
        user);

    QCOMPARE(m_client.get(base + QLatin1Char('/') + id, m_roles).status, 200);
    QCOMPARE(m_client.request("DELETE", base + QLatin1Char('/') + id, m_roles).status, 204);
    QVERIFY(m_client.tenant().rolesOf(user, scope).isEmpty());
}

void TestGraphUnits::roleAssignmentErrors()
{
    TenantFixtures fixtures(m_client.tenant());
    const QString user =
        fixtures.addUser(QStringLiteral("tdu.rbac2@") + domain(), QStringLiteral("Rbac Two"));
    const QString base = QStringLiteral("/v1.0/roleManagement/directory/roleAssignments");
    const auto body = [&](const QString &role, const QString &principal, const QString &scope) {
        return QJsonObject{{QStringLiteral("roleDefinitionId"), role},
                           {QStringLiteral("principalId"), principal},
                           {QStringLiteral("directoryScopeId"), scope}};
    };
    QCOMPARE(
        m_client
            .postJson(base, m_roles, body(DirectoryRoles::HelpdeskAdministrator, user, QStringLiteral("/")))
            .status,
        201);
    const auto duplicate = m_client.postJson(
        base, m_roles, body(DirectoryRoles::HelpdeskAdministrator, user, QStringLiteral("/")));
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(
        m_client
            .postJson(base, m_roles,
                      body(DirectoryRoles::HelpdeskAdministrator, Tenant::newGuid(), QStringLiteral("/")))
            .status,
        404);
    QCOMPARE(m_client.postJson(base, m_roles, body(Tenant::newGuid(), user, QStringLiteral("/"))).status,
             404);
    QCOMPARE(m_client
                 .postJson(base, m_roles,
                           body(DirectoryRoles::HelpdeskAdministrator, user,
                                QStringLiteral("/administrativeUnits/") + Tenant::newGuid()))
                 .status,
             404);
    QCOMPARE(
        m_client.postJson(base, m_reader, body(DirectoryRoles::UserAdministrator, user, QStringLiteral("/")))
            .status,
        403);
    QCOMPARE(m_client.get(base + QStringLiteral("?$filter=startswith(principalId,'a')"), m_roles).status,
             400);
}

void TestGraphUnits::seededUnits()
{
    // Every seeded unit and its members read as Microsoft's types.
    const ObjectCollection &units = m_client.tenant().administrativeUnits;
    int checked = 0;
    for (qsizetype i = 0; i < units.slotCount() && checked < 8; ++i) {
        if (!units.isAlive(i))
            continue;
        ++checked;
        const QString id = units.at(i).value(QLatin1String("id")).toString();
        QString next = QStringLiteral("/v1.0/directory/administrativeUnits/%1/members?$top=999").arg(id);
        int count = 0;
        while (!next.isEmpty()) {
            const auto reply = m_client.get(next, m_reader);
            QCOMPARE(reply.status, 200);
            validate(reply.json(), QStringLiteral("microsoft.graph.directoryObjectCollectionResponse"));
            count += int(reply.json().value(QLatin1String("value")).toArray().size());
            next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
        }
        QVERIFY(count <= m_client.tenant().unitMembers.value(id).size());
    }
    const auto assignments =
        m_client.get(QStringLiteral("/v1.0/roleManagement/directory/roleAssignments"), m_roles);
    QCOMPARE(assignments.status, 200);
    QCOMPARE(assignments.json().value(QLatin1String("value")).toArray().size(),
             qMin<qsizetype>(100, m_client.tenant().roleAssignments.size()));
}

QTEST_GUILESS_MAIN(TestGraphUnits)
#include "tst_graphunits.moc"
