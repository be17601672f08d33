// Graph calendarPermission as a view of the Exchange folder-permission rows.
#include "exchangefixture.h"
#include "sandboxclient.h"
#include "schemavalidator.h"
#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

class TestGraphCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listShowsExchangeRowsAsGraphSees();
    void localizedCalendarNameDoesNotMatter();
    void getOne();
    void createWritesExchangeRows();
    void createErrors();
    void updateOnlyRole();
    void deleteEntries();
    void exchangeChangesShowInGraph();
    void graphChangesShowInExchange();
    void accessRules();
    void seededMailboxes();

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
    QString permissionsUrl(const QString &user) const
    {
        return QStringLiteral("/v1.0/users/%1/calendar/calendarPermissions").arg(user);
    }
    static QString idFor(const QString &address)
    {
        return QString::fromLatin1((QStringLiteral("ExchangePublishedUser.") + address).toUtf8().toBase64());
    }
    QJsonObject entry(const SandboxClient::Reply &reply, const QString &id)
    {
        for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    }
    QJsonObject row(const QString &mailbox, const QString &user)
    {
        for (const QJsonObject &r : m_client->tenant().calendarPermissions.value(mailbox)) {
            if (r.value(QLatin1String("User")).toString() == user)
                return r;
        }
        return QJsonObject();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
    SchemaValidator m_schema;
    QByteArray m_reader, m_writer;
    QString m_owner, m_ownerAddress;                    // bjorn: calendar "Kalender"
    QString m_colleague, m_colleagueAddress;            // anna: calendar "Kalendarz"
    QString m_author, m_delegate, m_noMailbox, m_group; // extra recipients
    QString m_external = QStringLiteral("partner@fabrikam.example");
};

void TestGraphCalendar::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_exo = std::make_unique<ExchangeFixture>(*m_client);
    Tenant &tenant = m_client->tenant();
    const QString domain = m_exo->domain();
    m_owner = m_exo->bjornId;
    m_ownerAddress = m_exo->bjornAddress();
    m_colleague = m_exo->annaId;
    m_colleagueAddress = m_exo->annaAddress();
    TenantFixtures fixtures(tenant);
    m_author = fixtures.addUser(QStringLiteral("tdc.author@") + domain, QStringLiteral("Tdc Author"));
    fixtures.addMailbox(m_author, QStringLiteral("tdc.author@") + domain);
    m_delegate = fixtures.addUser(QStringLiteral("tdc.delegate@") + domain, QStringLiteral("Tdc Delegate"));
    fixtures.addMailbox(m_delegate, QStringLiteral("tdc.delegate@") + domain);
    m_noMailbox = fixtures.addUser(QStringLiteral("tdc.nomail@") + domain, QStringLiteral("Tdc No Mailbox"));
    m_group = fixtures.addGroup(QStringLiteral("Tdc Teachers"), QStringLiteral("tdc.teachers"));

    const auto makeRow = [](const QString &user, const char *rights, const char *flags) {
        return QJsonObject{{QStringLiteral("User"), user},
                           {QStringLiteral("AccessRights"), QJsonArray{QLatin1String(rights)}},
                           {QStringLiteral("SharingPermissionFlags"), QLatin1String(flags)}};
    };
    tenant.calendarPermissions.insert(
        m_owner, {makeRow(QStringLiteral("Default"), "AvailabilityOnly", "None"),
                  makeRow(QStringLiteral("Anonymous"), "None", "None"),
                  makeRow(m_colleague, "Reviewer", "None"), makeRow(m_external, "LimitedDetails", "None"),
                  makeRow(m_author, "Author", "None"), makeRow(m_delegate, "Editor", "Delegate")});
    m_reader = m_client->mintToken({QStringLiteral("Calendars.Read")});
    m_writer = m_client->mintToken({QStringLiteral("Calendars.ReadWrite")});
}

void TestGraphCalendar::listShowsExchangeRowsAsGraphSees()
{
    const auto reply = m_client->get(permissionsUrl(m_owner), m_reader);
    QCOMPARE(reply.status, 200);
    validate(reply.json(), QStringLiteral("microsoft.graph.calendarPermissionCollectionResponse"));
    const QJsonArray value = reply.json().value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 5); // Anonymous is not shown

    const QJsonObject organization = value.last().toObject();
    QCOMPARE(organization,
             (QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("RGVmYXVsdA==")},
                 {QStringLiteral("isRemovable"), false},
                 {QStringLiteral("isInsideOrganization"), true},
                 {QStringLiteral("role"), QStringLiteral("freeBusyRead")},
                 {QStringLiteral("allowedRoles"),
                  QJsonArray{QStringLiteral("none"), QStringLiteral("freeBusyRead"),
                             QStringLiteral("limitedRead"), QStringLiteral("read"), QStringLiteral("write")}},
                 {QStringLiteral("emailAddress"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("My Organization")}}}}));

    const QJsonObject colleague = entry(reply, idFor(m_colleagueAddress));
    QCOMPARE(colleague.value(QLatin1String("role")).toString(), QStringLiteral("read"));
    QCOMPARE(colleague.value(QLatin1String("isInsideOrganization")).toBool(), true);
    QCOMPARE(colleague.value(QLatin1String("isRemovable")).toBool(), true);
    QCOMPARE(
        colleague.value(QLatin1String("emailAddress")).toObject().value(QLatin1String("address")).toString(),
        m_colleagueAddress);
    QCOMPARE(
        colleague.value(QLatin1String("emailAddress")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Tdx Anna Nowak"));
    QVERIFY(colleague.value(QLatin1String("allowedRoles"))
                .toArray()
                .contains(QStringLiteral("delegateWithPrivateEventAccess")));

    const QJsonObject external = entry(reply, idFor(m_external));
    QCOMPARE(external.value(QLatin1String("isInsideOrganization")).toBool(true), false);
    QCOMPARE(external.value(QLatin1String("role")).toString(), QStringLiteral("limitedRead"));
    QCOMPARE(
        external.value(QLatin1String("allowedRoles")).toArray(),
        (QJsonArray{QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"), QStringLiteral("read")}));
    QCOMPARE(external.value(QLatin1String("emailAddress")).toObject().value(QLatin1String("name")).toString(),
             m_external);

    QCOMPARE(entry(reply, idFor(QStringLiteral("tdc.author@") + m_exo->domain()))
                 .value(QLatin1String("role"))
                 .toString(),
             QStringLiteral("custom"));
    QCOMPARE(entry(reply, idFor(QStringLiteral("tdc.delegate@") + m_exo->domain()))
                 .value(QLatin1String("role"))
                 .toString(),
             QStringLiteral("delegateWithoutPrivateEventAccess"));
}

void TestGraphCalendar::localizedCalendarNameDoesNotMatter()
{
    // anna's calendar is "Kalendarz", bjorn's "Kalender": Graph addresses both as /calendar, by id or UPN.
    QCOMPARE(
        m_client->tenant().mailboxes.value(m_colleague).value(QLatin1String("CalendarFolderName")).toString(),
        QStringLiteral("Kalendarz"));
    for (const QString &who : {m_colleague, m_colleagueAddress, m_ownerAddress}) {
        const auto reply = m_client->get(permissionsUrl(who), m_reader);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()
                     .value(QLatin1String("value"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 QStringLiteral("RGVmYXVsdA=="));
    }
}

void TestGraphCalendar::getOne()
{
    const auto one =
        m_client->get(permissionsUrl(m_owner) + QLatin1Char('/') + idFor(m_colleagueAddress), m_reader);
    QCOMPARE(one.status, 200);
    validate(one.json(), QStringLiteral("microsoft.graph.calendarPermission"));
    QCOMPARE(one.json().value(QLatin1String("role")).toString(), QStringLiteral("read"));
    const auto missing = m_client->get(
        permissionsUrl(m_owner) + QLatin1Char('/') + idFor(QStringLiteral("ghost@x.example")), m_reader);
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("ErrorItemNotFound"));
    validate(missing.json(), QStringLiteral("odata.error"));
}

void TestGraphCalendar::createWritesExchangeRows()
{
    const auto create = [&](const QString &address, const QString &role) {
        return m_client->postJson(permissionsUrl(m_colleague), m_writer,
                                  QJsonObject{{QStringLiteral("emailAddress"),
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                           {QStringLiteral("address"), address}}},
                                              {QStringLiteral("isInsideOrganization"), true},
                                              {QStringLiteral("isRemovable"), true},
                                              {QStringLiteral("role"), role}});
    };
    const auto write = create(m_ownerAddress, QStringLiteral("write"));
    QCOMPARE(write.status, 200);
    validate(write.json(), QStringLiteral("microsoft.graph.calendarPermission"));
    QCOMPARE(write.json().value(QLatin1String("id")).toString(), idFor(m_ownerAddress));
    QCOMPARE(
        write.json().value(QLatin1String("emailAddress")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("Tdx Bjørn Ærø"));
    QCOMPARE(row(m_colleague, m_owner).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("Editor")});
    QCOMPARE(row(m_colleague, m_owner).value(QLatin1String("SharingPermissionFlags")).toString(),
             QStringLiteral("None"));

    QCOMPARE(create(QStringLiteral("tdc.delegate@") + m_exo->domain(),
                    QStringLiteral("delegateWithPrivateEventAccess"))
                 .status,
             200);
    QCOMPARE(row(m_colleague, m_delegate).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("Editor")});
    QCOMPARE(row(m_colleague, m_delegate).value(QLatin1String("SharingPermissionFlags")).toString(),
             QStringLiteral("Delegate, CanViewPrivateItems"));

    const auto external = create(QStringLiteral("guest@partner.example"), QStringLiteral("read"));
    QCOMPARE(external.status, 200);
    QCOMPARE(external.json().value(QLatin1String("isInsideOrganization")).toBool(true), false);
    QCOMPARE(row(m_colleague, QStringLiteral("guest@partner.example"))
                 .value(QLatin1String("AccessRights"))
                 .toArray(),
             QJsonArray{QStringLiteral("Reviewer")});

    const auto group = create(QStringLiteral("tdc.teachers@") + m_client->tenant().initialDomain,
                              QStringLiteral("limitedRead"));
    QCOMPARE(group.status, 200);
    QCOMPARE(row(m_colleague, m_group).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("LimitedDetails")});
}

void TestGraphCalendar::createErrors()
{
    const int before = m_client->tenant().calendarPermissions.value(m_owner).size();
    const auto create = [&](const QString &address, const QString &role) {
        return m_client->postJson(
            permissionsUrl(m_owner), m_writer,
            QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), address}}},
                        {QStringLiteral("role"), role}});
    };
    QCOMPARE(create(QStringLiteral("outsider@else.example"), QStringLiteral("write")).status,
             400);                                                            // external: read at most
    QCOMPARE(create(m_colleagueAddress, QStringLiteral("read")).status, 400); // already there
    QCOMPARE(create(QStringLiteral("nobody@") + m_exo->domain(), QStringLiteral("read")).status,
             400); // not a recipient
    const auto badRole = create(QStringLiteral("x@else.example"), QStringLiteral("owner"));
    QCOMPARE(badRole.status, 400);
    validate(badRole.json(), QStringLiteral("odata.error"));
    QCOMPARE(create(QStringLiteral("x@else.example"), QStringLiteral("custom")).status, 400);
    QCOMPARE(m_client
                 ->postJson(permissionsUrl(m_owner), m_writer,
                            QJsonObject{{QStringLiteral("role"), QStringLiteral("read")}})
                 .status,
             400);
    QCOMPARE(m_client->tenant().calendarPermissions.value(m_owner).size(), before);
}

void TestGraphCalendar::updateOnlyRole()
{
    const QString url = permissionsUrl(m_owner) + QLatin1Char('/') + idFor(m_colleagueAddress);
    const auto patch = m_client->request("PATCH", url, m_writer, R"({"role":"limitedRead"})");
    QCOMPARE(patch.status, 200);
    QCOMPARE(patch.json().value(QLatin1String("role")).toString(), QStringLiteral("limitedRead"));
    QCOMPARE(row(m_owner, m_colleague).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("LimitedDetails")});

    const auto other = m_client->request(
        "PATCH", url, m_writer, R"({"role":"read","emailAddress":{"address":"someone@else.example"}})");
    QCOMPARE(other.status, 400);
    QCOMPARE(row(m_owner, m_colleague).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("LimitedDetails")});
    QCOMPARE(m_client->request("PATCH", url, m_writer, R"({"role":"custom"})").status, 400);

    // My Organization can be set to none (the Exchange Default row follows).
    const auto organization = m_client->request(
        "PATCH", permissionsUrl(m_owner) + QStringLiteral("/RGVmYXVsdA=="), m_writer, R"({"role":"none"})");
    QCOMPARE(organization.status, 200);
    QCOMPARE(row(m_owner, QStringLiteral("Default")).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("None")});
    QCOMPARE(m_client
                 ->request("PATCH", permissionsUrl(m_owner) + QStringLiteral("/RGVmYXVsdA=="), m_writer,
                           R"({"role":"delegateWithoutPrivateEventAccess"})")
                 .status,
             400);
    QCOMPARE(m_client
                 ->request("PATCH", permissionsUrl(m_owner) + QStringLiteral("/RGVmYXVsdA=="), m_writer,
                           R"({"role":"freeBusyRead"})")
                 .status,
             200);
}

void TestGraphCalendar::deleteEntries()
{
    const QString url = permissionsUrl(m_owner) + QLatin1Char('/') + idFor(m_external);
    QCOMPARE(m_client->request("DELETE", url, m_writer).status, 204);
    QVERIFY(row(m_owner, m_external).isEmpty());
    QCOMPARE(m_client->request("DELETE", url, m_writer).status, 404);

    const auto organization =
        m_client->request("DELETE", permissionsUrl(m_owner) + QStringLiteral("/RGVmYXVsdA=="), m_writer);
    QCOMPARE(organization.status, 400);
    validate(organization.json(), QStringLiteral("odata.error"));
    QVERIFY(!row(m_owner, QStringLiteral("Default")).isEmpty());
}

void TestGraphCalendar::exchangeChangesShowInGraph()
{
    // What Set-/Add-MailboxFolderPermission write, Graph reads.
    QVector<QJsonObject> &rows = m_client->tenant().calendarPermissions[m_owner];
    for (QJsonObject &r : rows) {
        if (r.value(QLatin1String("User")).toString() == m_author) {
            r.insert(QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Editor")});
            r.insert(QStringLiteral("SharingPermissionFlags"),
                     QStringLiteral("Delegate,CanViewPrivateItems"));
        }
    }
    const auto reply = m_client->get(permissionsUrl(m_owner), m_reader);
    QCOMPARE(entry(reply, idFor(QStringLiteral("tdc.author@") + m_exo->domain()))
                 .value(QLatin1String("role"))
                 .toString(),
             QStringLiteral("delegateWithPrivateEventAccess"));

    // Through the Exchange endpoint itself.
    const auto add =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Add-MailboxFolderPermission"),
                      {{QStringLiteral("Identity"), m_ownerAddress + QStringLiteral(":\\Kalender")},
                       {QStringLiteral("User"), QStringLiteral("visitor@museum.example")},
                       {QStringLiteral("AccessRights"), QStringLiteral("AvailabilityOnly")}});
    QVERIFY2(add.status == 200, add.body.constData());
    const auto after = m_client->get(permissionsUrl(m_owner), m_reader);
    const QJsonObject visitor = entry(after, idFor(QStringLiteral("visitor@museum.example")));
    QCOMPARE(visitor.value(QLatin1String("role")).toString(), QStringLiteral("freeBusyRead"));
    QCOMPARE(visitor.value(QLatin1String("isInsideOrganization")).toBool(true), false);
}

void TestGraphCalendar::graphChangesShowInExchange()
{
    const auto created = m_client->postJson(
        permissionsUrl(m_owner), m_writer,
        QJsonObject{{QStringLiteral("emailAddress"),
                     QJsonObject{{QStringLiteral("address"), m_exo->outsiderAddress()}}},
                    {QStringLiteral("role"), QStringLiteral("delegateWithoutPrivateEventAccess")}});
    QCOMPARE(created.status, 200);
    const auto exchange =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-MailboxFolderPermission"),
                      {{QStringLiteral("Identity"), m_ownerAddress + QStringLiteral(":\\Kalender")},
                       {QStringLiteral("User"), m_exo->outsiderAddress()}});
    QVERIFY2(exchange.status == 200, exchange.body.constData());
    const QJsonArray rows = exchange.json().value(QLatin1String("value")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("Editor")});
    QCOMPARE(rows.first().toObject().value(QLatin1String("SharingPermissionFlags")).toString(),
             QStringLiteral("Delegate"));
}

void TestGraphCalendar::accessRules()
{
    // Reads need a calendar permission, writes Calendars.ReadWrite.
    const auto none =
        m_client->get(permissionsUrl(m_owner), m_client->mintToken({QStringLiteral("User.Read.All")}));
    QCOMPARE(none.status, 403);
    QCOMPARE(errorCode(none), QStringLiteral("ErrorAccessDenied"));
    const auto readOnly = m_client->postJson(
        permissionsUrl(m_owner), m_reader,
        QJsonObject{{QStringLiteral("emailAddress"),
                     QJsonObject{{QStringLiteral("address"), QStringLiteral("a@b.example")}}},
                    {QStringLiteral("role"), QStringLiteral("read")}});
    QCOMPARE(readOnly.status, 403);
    // A signed-in user manages only their own calendar.
    QCOMPARE(m_client
                 ->get(permissionsUrl(m_owner),
                       m_client->mintToken({QStringLiteral("Calendars.ReadWrite")}, m_owner))
                 .status,
             200);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/me/calendar/calendarPermissions"),
                       m_client->mintToken({QStringLiteral("Calendars.Read")}, m_owner))
                 .status,
             200);
    const auto other = m_client->get(
        permissionsUrl(m_owner), m_client->mintToken({QStringLiteral("Calendars.ReadWrite")}, m_colleague));
    QCOMPARE(other.status, 403);
    QCOMPARE(errorCode(other), QStringLiteral("ErrorAccessDenied"));
    // Users without a mailbox, and users that do not exist.
    const auto noMailbox = m_client->get(permissionsUrl(m_noMailbox), m_reader);
    QCOMPARE(noMailbox.status, 404);
    QCOMPARE(errorCode(noMailbox), QStringLiteral("MailboxNotEnabledForRESTAPI"));
    const auto ghost = m_client->get(permissionsUrl(QStringLiteral("ghost@") + m_exo->domain()), m_reader);
    QCOMPARE(ghost.status, 404);
    QCOMPARE(errorCode(ghost), QStringLiteral("ErrorInvalidUser"));
}

void TestGraphCalendar::seededMailboxes()
{
    // The seeded calendars read through Graph as Microsoft's types, My Organization last, whatever their
    // localized folder names.
    int checked = 0;
    QSet<QString> folderNames;
    for (auto it = m_client->tenant().mailboxes.begin();
         it != m_client->tenant().mailboxes.end() && checked < 60; ++it, ++checked) {
        folderNames.insert(it.value().value(QLatin1String("CalendarFolderName")).toString());
        const auto reply = m_client->get(permissionsUrl(it.key()), m_reader);
        QCOMPARE(reply.status, 200);
        validate(reply.json(), QStringLiteral("microsoft.graph.calendarPermissionCollectionResponse"));
        const QJsonArray value = reply.json().value(QLatin1String("value")).toArray();
        QVERIFY(!value.isEmpty());
        QCOMPARE(value.last().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("RGVmYXVsdA=="));
        for (const QJsonValue &v : value) {
            const QJsonObject p = v.toObject();
            QVERIFY(p.value(QLatin1String("allowedRoles")).toArray().size() >= 3);
            if (p.value(QLatin1String("role")).toString() != QLatin1String("custom"))
                QVERIFY(p.value(QLatin1String("allowedRoles"))
                            .toArray()
                            .contains(p.value(QLatin1String("role"))) ||
                        p.value(QLatin1String("role")).toString() == QLatin1String("none"));
        }
    }
    QVERIFY(folderNames.size() >= 2); // localized names exist and did not matter
}

QTEST_GUILESS_MAIN(TestGraphCalendar)
#include "tst_graphcalendar.moc"
