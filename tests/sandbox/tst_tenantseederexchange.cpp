// The seeded school tenant's Exchange side: a mailbox for everyone with a calendar named in their
// language, function mailboxes with the staff who look after them, and calendar sharing.
#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/recipientresolver.h"
#include "seededtenant.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <memory>

namespace {
QString str(const QJsonObject &object, const char *key)
{
    return SeededTenant::str(object, key);
}

bool isPerson(const Tenant &tenant, const QString &userId)
{
    return tenant.educationUsers.contains(userId);
}
} // namespace

class TestTenantSeederExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPersonHasAMailboxWithALocalizedCalendar();
    void sharedMailboxesHaveCarers();
    void calendarPermissionsHaveStandardRows();

private:
    std::unique_ptr<Tenant> m_tenant; // seed 11, 5 schools, 3000 people
};

void TestTenantSeederExchange::initTestCase()
{
    m_tenant = SeededTenant::make(11, 5, 3000);
}

void TestTenantSeederExchange::everyPersonHasAMailboxWithALocalizedCalendar()
{
    const Tenant &t = *m_tenant;
    const QHash<QString, QString> folders{{QStringLiteral("da-DK"), QStringLiteral("Kalender")},
                                          {QStringLiteral("nb-NO"), QStringLiteral("Kalender")},
                                          {QStringLiteral("de-DE"), QStringLiteral("Kalender")},
                                          {QStringLiteral("pl-PL"), QStringLiteral("Kalendarz")},
                                          {QStringLiteral("et-EE"), QStringLiteral("Kalender")}};
    int english = 0, people = 0;
    QSet<QString> folderIds;
    const RecipientResolver resolver(t);
    for (qsizetype i = 0; i < t.users.slotCount(); ++i) {
        const QJsonObject &u = t.users.at(i);
        const QString id = str(u, "id");
        if (!t.users.isAlive(i)) {
            QVERIFY(!t.mailboxes.contains(id));
            continue;
        }
        QVERIFY2(t.mailboxes.contains(id), qPrintable(str(u, "displayName")));
        QCOMPARE(str(t.mailboxes.value(id), "Language"), str(u, "preferredLanguage"));
        // What Exchange's cmdlets see: the stored fields plus what RecipientResolver derives from the owner.
        const QJsonObject box = resolver.mailbox(id);
        QCOMPARE(str(box, "PrimarySmtpAddress"), str(u, "mail"));
        QCOMPARE(str(box, "Alias"), str(u, "mailNickname"));
        QCOMPARE(str(box, "DisplayName"), str(u, "displayName"));
        QVERIFY(!str(box, "Guid").isEmpty() && str(box, "Guid") != id);
        QVERIFY(box.value(QLatin1String("GrantSendOnBehalfTo")).isArray());
        QVERIFY(box.value(QLatin1String("HiddenFromAddressListsEnabled")).isBool());
        const QString folderId = str(box, "CalendarFolderId");
        QVERIFY(folderId.size() > 40 && !folderIds.contains(folderId));
        folderIds.insert(folderId);
        if (!isPerson(t, id))
            continue;
        ++people;
        QCOMPARE(str(box, "RecipientTypeDetails"), QStringLiteral("UserMailbox"));
        const QString folder = str(box, "CalendarFolderName");
        if (folder == QLatin1String("Calendar"))
            ++english;
        else
            QCOMPARE(folder, folders.value(str(u, "preferredLanguage")));
    }
    QVERIFY2(english >= people / 50 && english <= people / 10, qPrintable(QString::number(english)));
}

void TestTenantSeederExchange::sharedMailboxesHaveCarers()
{
    const Tenant &t = *m_tenant;
    int shared = 0, hidden = 0, onBehalf = 0;
    for (auto it = t.mailboxes.begin(); it != t.mailboxes.end(); ++it) {
        if (str(it.value(), "RecipientTypeDetails") != QLatin1String("SharedMailbox"))
            continue;
        ++shared;
        const std::optional<QJsonObject> user = t.users.find(it.key());
        QVERIFY(user);
        QCOMPARE(user->value(QLatin1String("accountEnabled")).toBool(true), false);
        QVERIFY(user->value(QLatin1String("assignedLicenses")).toArray().isEmpty());
        QVERIFY(!t.unitsOf(it.key()).isEmpty());
        hidden += it.value().value(QLatin1String("HiddenFromAddressListsEnabled")).toBool() ? 1 : 0;
        onBehalf += it.value().value(QLatin1String("GrantSendOnBehalfTo")).toArray().size();
        int fullAccess = 0, sendAs = 0;
        for (const QJsonObject &row : t.mailboxPermissions) {
            if (str(row, "MailboxId") == it.key()) {
                ++fullAccess;
                QCOMPARE(row.value(QLatin1String("AccessRights")).toArray(),
                         QJsonArray{QStringLiteral("FullAccess")});
                QVERIFY(t.users.find(str(row, "UserId")));
            }
        }
        for (const QJsonObject &row : t.recipientPermissions)
            sendAs += str(row, "MailboxId") == it.key() ? 1 : 0;
        QVERIFY2(fullAccess >= 2 && fullAccess <= 4, qPrintable(QString::number(fullAccess)));
        QVERIFY(sendAs >= 1 && sendAs <= 2);
    }
    QCOMPARE(shared, 15);
    QCOMPARE(hidden, 5);
    QVERIFY(onBehalf >= 5);
}

void TestTenantSeederExchange::calendarPermissionsHaveStandardRows()
{
    const Tenant &t = *m_tenant;
    QCOMPARE(t.calendarPermissions.size(), t.mailboxes.size());
    int colleagues = 0, delegates = 0, external = 0;
    for (auto it = t.calendarPermissions.begin(); it != t.calendarPermissions.end(); ++it) {
        const QVector<QJsonObject> &rows = it.value();
        QVERIFY(rows.size() >= 2);
        QCOMPARE(str(rows.at(0), "User"), QStringLiteral("Default"));
        QCOMPARE(rows.at(0).value(QLatin1String("AccessRights")).toArray(),
                 QJsonArray{QStringLiteral("AvailabilityOnly")});
        QCOMPARE(str(rows.at(1), "User"), QStringLiteral("Anonymous"));
        QCOMPARE(rows.at(1).value(QLatin1String("AccessRights")).toArray(),
                 QJsonArray{QStringLiteral("None")});
        QSet<QString> users;
        for (const QJsonObject &row : rows) {
            const QString user = str(row, "User");
            QVERIFY2(!users.contains(user), "one row per user and folder");
            users.insert(user);
            const QString flags = str(row, "SharingPermissionFlags");
            if (flags.startsWith(QLatin1String("Delegate"))) {
                ++delegates;
                QCOMPARE(row.value(QLatin1String("AccessRights")).toArray(),
                         QJsonArray{QStringLiteral("Editor")});
            } else {
                QCOMPARE(flags, QStringLiteral("None"));
            }
            if (user.contains(QLatin1Char('@')))
                ++external;
            else if (user != QLatin1String("Default") && user != QLatin1String("Anonymous")) {
                QVERIFY(t.users.find(user));
                ++colleagues;
            }
        }
    }
    QVERIFY(colleagues > 50);
    QVERIFY(delegates >= 3);
    QVERIFY(external >= 5);
    QCOMPARE(t.sharingPolicies.size(), 1);
    const QJsonObject policy = t.sharingPolicies.at(0).toObject();
    QCOMPARE(str(policy, "Name"), QStringLiteral("Default Sharing Policy"));
    QCOMPARE(policy.value(QLatin1String("Domains")).toArray(),
             (QJsonArray{QStringLiteral("Anonymous:CalendarSharingFreeBusyReviewer"),
                         QStringLiteral("*:CalendarSharingFreeBusySimple")}));
}

QTEST_GUILESS_MAIN(TestTenantSeederExchange)
#include "tst_tenantseederexchange.moc"
