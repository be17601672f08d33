#include "exchangefixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

// Calendar folder permissions through Exchange: the localized calendar name (a Polish mailbox's calendar
// is "Kalendarz", not "Calendar"), the folder id from Get-MailboxFolderStatistics, all roles, delegate
// flags, and the errors for adding an existing entry or changing a missing one.
class TestExchangeFolderPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void localizedNameIsRequired();
    void folderStatisticsGiveNameAndId();
    void addSetRemove();
    void delegateFlagsOnlyWithEditor();
    void everyRoleIsAccepted();
    void externalAndDefaultEntries();
    void adminApiV2FolderPermissions();

private:
    QJsonArray rows(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("value")).toArray();
    }
    QString annaCalendar() const { return m_exo->annaAddress() + QStringLiteral(":\\Kalendarz"); }
    SandboxClient::Reply folder(const QString &cmdlet, const QJsonObject &parameters)
    {
        return m_exo->invoke(m_exo->adminToken(), cmdlet, parameters);
    }
    QJsonObject rowFor(const QString &user)
    {
        for (const QJsonValue &v : rows(folder(QStringLiteral("Get-MailboxFolderPermission"),
                                               {{QStringLiteral("Identity"), annaCalendar()}}))) {
            if (v.toObject().value(QLatin1String("User")).toString() == user)
                return v.toObject();
        }
        return QJsonObject();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
};

void TestExchangeFolderPermissions::initTestCase()
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
}

void TestExchangeFolderPermissions::localizedNameIsRequired()
{
    const auto polish =
        folder(QStringLiteral("Get-MailboxFolderPermission"), {{QStringLiteral("Identity"), annaCalendar()}});
    QCOMPARE(polish.status, 200);
    const QJsonArray list = rows(polish);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value(QLatin1String("User")).toString(), QStringLiteral("Default"));
    QCOMPARE(list[0].toObject().value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("AvailabilityOnly")});
    QCOMPARE(list[0].toObject().value(QLatin1String("FolderName")).toString(), QStringLiteral("Kalendarz"));
    QCOMPARE(list[1].toObject().value(QLatin1String("User")).toString(), QStringLiteral("Anonymous"));

    const QString english = m_exo->annaAddress() + QStringLiteral(":\\Calendar");
    const auto wrong =
        folder(QStringLiteral("Get-MailboxFolderPermission"), {{QStringLiteral("Identity"), english}});
    QCOMPARE(wrong.status, 404);
    QCOMPARE(
        ExchangeFixture::errorText(wrong),
        QStringLiteral("The operation couldn't be performed because '%1' couldn't be found.").arg(english));

    // The Danish mailbox's calendar is "Kalender"; names compare case-insensitively.
    QCOMPARE(folder(QStringLiteral("Get-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), m_exo->bjornAddress() + QStringLiteral(":\\kalender")}})
                 .status,
             200);
}

void TestExchangeFolderPermissions::folderStatisticsGiveNameAndId()
{
    const auto stats = folder(QStringLiteral("Get-MailboxFolderStatistics"),
                              {{QStringLiteral("Identity"), m_exo->annaAddress()},
                               {QStringLiteral("FolderScope"), QStringLiteral("Calendar")}});
    QCOMPARE(stats.status, 200);
    QJsonObject calendar;
    for (const QJsonValue &v : rows(stats)) {
        if (v.toObject().value(QLatin1String("FolderType")).toString() == QLatin1String("Calendar"))
            calendar = v.toObject();
    }
    QCOMPARE(calendar.value(QLatin1String("Name")).toString(), QStringLiteral("Kalendarz"));
    QCOMPARE(calendar.value(QLatin1String("FolderPath")).toString(), QStringLiteral("/Kalendarz"));
    const QString folderId = calendar.value(QLatin1String("FolderId")).toString();
    QVERIFY(!folderId.isEmpty());

    const auto byId =
        folder(QStringLiteral("Get-MailboxFolderPermission"),
               {{QStringLiteral("Identity"), m_exo->annaAddress() + QLatin1Char(':') + folderId}});
    QCOMPARE(byId.status, 200);
    QCOMPARE(rows(byId).first().toObject().value(QLatin1String("FolderName")).toString(),
             QStringLiteral("Kalendarz"));
    QCOMPARE(folder(QStringLiteral("Get-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), m_exo->annaAddress() + QStringLiteral(":AAMkAnotAfolder")}})
                 .status,
             404);
}

void TestExchangeFolderPermissions::addSetRemove()
{
    const QJsonObject add{{QStringLiteral("Identity"), annaCalendar()},
                          {QStringLiteral("User"), m_exo->bjornAddress()},
                          {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Reviewer")}},
                          {QStringLiteral("SendNotificationToUser"), false}};
    const auto added = folder(QStringLiteral("Add-MailboxFolderPermission"), add);
    QCOMPARE(added.status, 200);
    const QJsonObject row = rows(added).first().toObject();
    // Exchange names the user by display name.
    QCOMPARE(row.value(QLatin1String("User")).toString(), QStringLiteral("Tdx Bjørn Ærø"));
    QCOMPARE(row.value(QLatin1String("AccessRights")).toArray(), QJsonArray{QStringLiteral("Reviewer")});
    QCOMPARE(row.value(QLatin1String("Identity")).toString(), QStringLiteral("tdx.anna:\\Kalendarz"));
    bool stored = false;
    for (const QJsonObject &e : m_client->tenant().calendarPermissions.value(m_exo->annaId))
        stored = stored ||
                 (e.value(QLatin1String("User")).toString() == m_exo->bjornId &&
                  e.value(QLatin1String("AccessRights")).toArray() == QJsonArray{QStringLiteral("Reviewer")});
    QVERIFY(stored);

    const auto duplicate = folder(QStringLiteral("Add-MailboxFolderPermission"), add);
    QCOMPARE(duplicate.status, 400);
    QCOMPARE(ExchangeFixture::errorType(duplicate),
             QStringLiteral(
                 "Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException"));
    QCOMPARE(ExchangeFixture::errorText(duplicate),
             QStringLiteral("An existing permission entry was found for user: Tdx Bjørn Ærø."));

    const auto missing = folder(QStringLiteral("Set-MailboxFolderPermission"),
                                {{QStringLiteral("Identity"), annaCalendar()},
                                 {QStringLiteral("User"), m_exo->outsiderAddress()},
                                 {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Editor")}}});
    QVERIFY(missing.status == 400 || missing.status == 404);
    QCOMPARE(
        ExchangeFixture::errorType(missing),
        QStringLiteral("Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException"));

    QCOMPARE(folder(QStringLiteral("Set-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), annaCalendar()},
                     {QStringLiteral("User"), QStringLiteral("tdx.bjorn")},
                     {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("LimitedDetails")}}})
                 .status,
             200);
    QCOMPARE(rowFor(QStringLiteral("Tdx Bjørn Ærø")).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("LimitedDetails")});

    QCOMPARE(folder(QStringLiteral("Remove-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), annaCalendar()},
                     {QStringLiteral("User"), m_exo->bjornAddress()}})
                 .status,
             200);
    QVERIFY(rowFor(QStringLiteral("Tdx Bjørn Ærø")).isEmpty());
    const auto removeMissing = folder(
        QStringLiteral("Remove-MailboxFolderPermission"),
        {{QStringLiteral("Identity"), annaCalendar()}, {QStringLiteral("User"), m_exo->bjornAddress()}});
    QCOMPARE(
        ExchangeFixture::errorType(removeMissing),
        QStringLiteral("Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException"));
}

void TestExchangeFolderPermissions::delegateFlagsOnlyWithEditor()
{
    const auto reviewerDelegate =
        folder(QStringLiteral("Add-MailboxFolderPermission"),
               {{QStringLiteral("Identity"), annaCalendar()},
                {QStringLiteral("User"), m_exo->outsiderAddress()},
                {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Reviewer")}},
                {QStringLiteral("SharingPermissionFlags"), QStringLiteral("Delegate")}});
    QCOMPARE(reviewerDelegate.status, 400);
    const auto privateWithoutDelegate =
        folder(QStringLiteral("Add-MailboxFolderPermission"),
               {{QStringLiteral("Identity"), annaCalendar()},
                {QStringLiteral("User"), m_exo->outsiderAddress()},
                {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Editor")}},
                {QStringLiteral("SharingPermissionFlags"), QStringLiteral("CanViewPrivateItems")}});
    QCOMPARE(privateWithoutDelegate.status, 400);
    QVERIFY(rowFor(QStringLiteral("Tdx Outsider")).isEmpty());

    const auto delegate =
        folder(QStringLiteral("Add-MailboxFolderPermission"),
               {{QStringLiteral("Identity"), annaCalendar()},
                {QStringLiteral("User"), m_exo->outsiderAddress()},
                {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Editor")}},
                {QStringLiteral("SharingPermissionFlags"), QStringLiteral("Delegate,CanViewPrivateItems")}});
    QCOMPARE(delegate.status, 200);
    QCOMPARE(rowFor(QStringLiteral("Tdx Outsider")).value(QLatin1String("SharingPermissionFlags")).toString(),
             QStringLiteral("Delegate, CanViewPrivateItems"));

    // Set keeps an Editor's flags unless told otherwise; a non-Editor role drops them.
    QCOMPARE(folder(QStringLiteral("Set-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), annaCalendar()},
                     {QStringLiteral("User"), m_exo->outsiderAddress()},
                     {QStringLiteral("AccessRights"), QStringLiteral("Editor")},
                     {QStringLiteral("SharingPermissionFlags"), QStringLiteral("Delegate")}})
                 .status,
             200);
    QCOMPARE(rowFor(QStringLiteral("Tdx Outsider")).value(QLatin1String("SharingPermissionFlags")).toString(),
             QStringLiteral("Delegate"));
    QCOMPARE(folder(QStringLiteral("Set-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), annaCalendar()},
                     {QStringLiteral("User"), m_exo->outsiderAddress()},
                     {QStringLiteral("AccessRights"), QStringLiteral("Reviewer")}})
                 .status,
             200);
    QVERIFY(rowFor(QStringLiteral("Tdx Outsider")).value(QLatin1String("SharingPermissionFlags")).isNull());
}

void TestExchangeFolderPermissions::everyRoleIsAccepted()
{
    const QStringList roles{QStringLiteral("Owner"),
                            QStringLiteral("PublishingEditor"),
                            QStringLiteral("Editor"),
                            QStringLiteral("PublishingAuthor"),
                            QStringLiteral("Author"),
                            QStringLiteral("NonEditingAuthor"),
                            QStringLiteral("Reviewer"),
                            QStringLiteral("Contributor"),
                            QStringLiteral("AvailabilityOnly"),
                            QStringLiteral("LimitedDetails"),
                            QStringLiteral("None")};
    const QString calendar = m_exo->bjornAddress() + QStringLiteral(":\\Kalender");
    QCOMPARE(m_exo
                 ->invoke(m_exo->adminToken(), QStringLiteral("Add-MailboxFolderPermission"),
                          {{QStringLiteral("Identity"), calendar},
                           {QStringLiteral("User"), m_exo->annaAddress()},
                           {QStringLiteral("AccessRights"), QStringLiteral("owner")}})
                 .status,
             200);
    for (const QString &role : roles) {
        QCOMPARE(m_exo
                     ->invoke(m_exo->adminToken(), QStringLiteral("Set-MailboxFolderPermission"),
                              {{QStringLiteral("Identity"), calendar},
                               {QStringLiteral("User"), m_exo->annaAddress()},
                               {QStringLiteral("AccessRights"), QJsonArray{role}}})
                     .status,
                 200);
        const auto get = m_exo->invoke(
            m_exo->adminToken(), QStringLiteral("Get-MailboxFolderPermission"),
            {{QStringLiteral("Identity"), calendar}, {QStringLiteral("User"), m_exo->annaAddress()}});
        QCOMPARE(rows(get).first().toObject().value(QLatin1String("AccessRights")).toArray(),
                 QJsonArray{role});
    }
    QCOMPARE(m_exo
                 ->invoke(m_exo->adminToken(), QStringLiteral("Set-MailboxFolderPermission"),
                          {{QStringLiteral("Identity"), calendar},
                           {QStringLiteral("User"), m_exo->annaAddress()},
                           {QStringLiteral("AccessRights"), QStringLiteral("FreeBusyTimeOnly")}})
                 .status,
             400);
}

void TestExchangeFolderPermissions::externalAndDefaultEntries()
{
    const auto external = folder(QStringLiteral("Add-MailboxFolderPermission"),
                                 {{QStringLiteral("Identity"), annaCalendar()},
                                  {QStringLiteral("User"), QStringLiteral("parent@example.org")},
                                  {QStringLiteral("AccessRights"), QStringLiteral("AvailabilityOnly")}});
    QCOMPARE(external.status, 200);
    QCOMPARE(rows(external).first().toObject().value(QLatin1String("User")).toString(),
             QStringLiteral("ExchangePublishedUser.parent@example.org"));
    const auto externalEditor = folder(QStringLiteral("Set-MailboxFolderPermission"),
                                       {{QStringLiteral("Identity"), annaCalendar()},
                                        {QStringLiteral("User"), QStringLiteral("parent@example.org")},
                                        {QStringLiteral("AccessRights"), QStringLiteral("Editor")}});
    QCOMPARE(externalEditor.status, 400);

    QCOMPARE(folder(QStringLiteral("Set-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), annaCalendar()},
                     {QStringLiteral("User"), QStringLiteral("Default")},
                     {QStringLiteral("AccessRights"), QStringLiteral("LimitedDetails")}})
                 .status,
             200);
    QCOMPARE(rowFor(QStringLiteral("Default")).value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("LimitedDetails")});
    // The Default entry always exists: adding it while it grants something is refused.
    QCOMPARE(folder(QStringLiteral("Add-MailboxFolderPermission"),
                    {{QStringLiteral("Identity"), annaCalendar()},
                     {QStringLiteral("User"), QStringLiteral("Default")},
                     {QStringLiteral("AccessRights"), QStringLiteral("Reviewer")}})
                 .status,
             400);
}

void TestExchangeFolderPermissions::adminApiV2FolderPermissions()
{
    const QByteArray token = m_exo->adminTokenV2();
    const QString calendar = m_exo->bjornAddress() + QStringLiteral(":\\Kalender");
    const auto add = m_exo->invokeV2(
        token, QStringLiteral("MailboxFolderPermission"), QStringLiteral("Add-MailboxFolderPermission"),
        {{QStringLiteral("Identity"), calendar},
         {QStringLiteral("User"), m_exo->outsiderAddress()},
         {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("Editor")}},
         {QStringLiteral("SharingPermissionFlags"), QStringLiteral("Delegate")}});
    QCOMPARE(add.status, 200);
    const auto get = m_exo->invokeV2(token, QStringLiteral("MailboxFolderPermission"),
                                     QStringLiteral("Get-MailboxFolderPermission"),
                                     {{QStringLiteral("Identity"), calendar}});
    QCOMPARE(get.status, 200);
    QVERIFY(rows(get).size() >= 3);
    // Get-MailboxFolderStatistics isn't part of the Admin API.
    QCOMPARE(m_exo
                 ->invokeV2(token, QStringLiteral("MailboxFolderPermission"),
                            QStringLiteral("Get-MailboxFolderStatistics"),
                            {{QStringLiteral("Identity"), m_exo->bjornAddress()}})
                 .status,
             400);
    // A technician can't touch a calendar outside the school.
    const auto outside =
        m_exo->invoke(m_exo->technicianToken(), QStringLiteral("Add-MailboxFolderPermission"),
                      {{QStringLiteral("Identity"), m_exo->outsiderAddress() + QStringLiteral(":\\Calendar")},
                       {QStringLiteral("User"), m_exo->annaAddress()},
                       {QStringLiteral("AccessRights"), QStringLiteral("Reviewer")}});
    QCOMPARE(outside.status, 403);
}

QTEST_GUILESS_MAIN(TestExchangeFolderPermissions)
#include "tst_exchangefolderpermissions.moc"
