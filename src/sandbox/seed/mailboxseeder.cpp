#include "sandbox/seed/mailboxseeder.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/seed/seedcontext.h"

#include <QJsonArray>

#include <algorithm>

namespace {
const char *const externalSharees[] = {"vikar@gmail.com", "praktikant@outlook.com",
                                       "skolepsykolog@hotmail.com", "coach.idraet@gmail.com"};
} // namespace

void MailboxSeeder::seed()
{
    SeedContext &c = m_context;
    Tenant &t = c.tenant;
    t.mailboxes.reserve(c.people.size() + 4 * c.schools.size());
    t.calendarPermissions.reserve(c.people.size() + 4 * c.schools.size());
    seedUserMailboxes();
    for (int s = 0; s < c.schools.size(); ++s)
        seedSharedMailboxes(s);
    for (int s = 0; s < c.schools.size(); ++s)
        seedCalendarSharing(s);

    t.sharingPolicies.append(QJsonObject{
        {QStringLiteral("Name"), QStringLiteral("Default Sharing Policy")},
        {QStringLiteral("Identity"), QStringLiteral("Default Sharing Policy")},
        {QStringLiteral("Id"), QStringLiteral("Default Sharing Policy")},
        {QStringLiteral("Guid"), c.random.guid()},
        {QStringLiteral("Default"), true},
        {QStringLiteral("Enabled"), true},
        {QStringLiteral("Domains"), QJsonArray{QStringLiteral("Anonymous:CalendarSharingFreeBusyReviewer"),
                                               QStringLiteral("*:CalendarSharingFreeBusySimple")}},
    });
}

void MailboxSeeder::seedUserMailboxes()
{
    SeedContext &c = m_context;
    Tenant &t = c.tenant;
    // A user mailbox stores only what its owner's user object does not say: type, language, calendar
    // folder name, visibility, send-on-behalf. Exchange's RecipientResolver derives the rest (Name, Alias,
    // DisplayName, PrimarySmtpAddress, EmailAddresses, Guid, CalendarFolderId) from the owner, so the
    // seeded mailboxes of one language share one object: a large tenant costs no JSON per mailbox.
    const QVector<NamePools::Language> &languages = NamePools::languages();
    QVector<QJsonObject> localized;
    QVector<QJsonObject> english;
    for (const NamePools::Language &language : languages) {
        QJsonObject box = mailboxTemplate(QStringLiteral("UserMailbox"), language.locale);
        box.insert(QStringLiteral("CalendarFolderName"), language.calendarFolder);
        localized.append(box);
        // A few mailboxes were set up with English regional settings, so their calendar is "Calendar".
        box.insert(QStringLiteral("CalendarFolderName"), QStringLiteral("Calendar"));
        english.append(box);
    }
    // Every calendar starts with the organisation's and anonymous rows (shared until one changes).
    const QVector<QJsonObject> standardRows{
        QJsonObject{{QStringLiteral("User"), QStringLiteral("Default")},
                    {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("AvailabilityOnly")}},
                    {QStringLiteral("SharingPermissionFlags"), QStringLiteral("None")}},
        QJsonObject{{QStringLiteral("User"), QStringLiteral("Anonymous")},
                    {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("None")}},
                    {QStringLiteral("SharingPermissionFlags"), QStringLiteral("None")}}};
    for (const SeedContext::Person &p : std::as_const(c.people)) {
        if (!p.alive)
            continue;
        const int language = c.schools.at(std::max(p.school, 0)).language;
        t.mailboxes.insert(p.id, c.random.chance(0.05) ? english.at(language) : localized.at(language));
        t.calendarPermissions.insert(p.id, standardRows);
    }
}

QString MailboxSeeder::calendarFolderId()
{
    // Shaped like Exchange's folder ids: "AAMkA" + a URL-safe base64 entry id.
    return QStringLiteral("AAMkA") +
           QString::fromLatin1(m_context.random.bytes(45).toBase64(QByteArray::Base64UrlEncoding)) +
           QStringLiteral("AAA=");
}

QJsonObject MailboxSeeder::mailboxTemplate(const QString &recipientType, const QString &locale)
{
    return QJsonObject{{QStringLiteral("GrantSendOnBehalfTo"), QJsonArray()},
                       {QStringLiteral("HiddenFromAddressListsEnabled"), false},
                       {QStringLiteral("Language"), locale},
                       {QStringLiteral("RecipientTypeDetails"), recipientType}};
}

QJsonObject MailboxSeeder::mailbox(QJsonObject box, const QString &ownerId, const QString &alias,
                                   const QString &displayName, const QString &address,
                                   const QString &calendarFolderName, const QString &guid,
                                   const QString &calendarFolderId)
{
    box.insert(QStringLiteral("Alias"), alias);
    box.insert(QStringLiteral("CalendarFolderId"), calendarFolderId);
    box.insert(QStringLiteral("CalendarFolderName"), calendarFolderName);
    box.insert(QStringLiteral("DisplayName"), displayName);
    box.insert(QStringLiteral("ExternalDirectoryObjectId"), ownerId);
    box.insert(QStringLiteral("Guid"), guid);
    box.insert(QStringLiteral("Name"), alias);
    box.insert(QStringLiteral("PrimarySmtpAddress"), address);
    return box;
}

void MailboxSeeder::addCalendarRow(const QString &mailboxId, const QString &user, const QString &accessRight,
                                   const QString &flags)
{
    m_context.tenant.calendarPermissions[mailboxId].append(
        QJsonObject{{QStringLiteral("User"), user},
                    {QStringLiteral("AccessRights"), QJsonArray{accessRight}},
                    {QStringLiteral("SharingPermissionFlags"), flags}});
}

void MailboxSeeder::seedSharedMailboxes(int schoolIndex)
{
    SeedContext &c = m_context;
    Tenant &t = c.tenant;
    const SeedContext::School &school = c.schools.at(schoolIndex);
    const NamePools::Language &language = c.languageOf(school);

    // Who looks after the function mailboxes: other staff first, then teachers.
    QVector<int> carers = school.staff;
    for (int i = int(carers.size()) - 1; i > 0; --i)
        std::swap(carers[i], carers[c.random.bounded(i + 1)]);
    QVector<int> teachers = school.teachers;
    for (int i = int(teachers.size()) - 1; i > 0; --i)
        std::swap(teachers[i], teachers[c.random.bounded(i + 1)]);
    carers += teachers;

    for (int m = 0; m < language.sharedMailboxes.size(); ++m) {
        const QString &name = language.sharedMailboxes.at(m);
        const QString id = c.random.guid();
        const QString localPart = AddressPolicy::asciiSlug(name);
        const QString address = localPart + QLatin1Char('@') + school.domain;
        const QString alias = c.aliases.allocateAlias(localPart + QLatin1Char('-') + school.code);
        const QString displayName = name + QStringLiteral(" – ") + school.name;
        t.users.load(
            QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("accountEnabled"), false},
                {QStringLiteral("assignedLicenses"), QJsonArray()},
                {QStringLiteral("businessPhones"), QJsonArray()},
                {QStringLiteral("companyName"), t.displayName},
                {QStringLiteral("createdDateTime"), c.randomCreatedTime()},
                {QStringLiteral("department"), school.name},
                {QStringLiteral("displayName"), displayName},
                {QStringLiteral("employeeId"), QJsonValue::Null},
                {QStringLiteral("givenName"), QJsonValue::Null},
                {QStringLiteral("jobTitle"), QJsonValue::Null},
                {QStringLiteral("mail"), address},
                {QStringLiteral("mailNickname"), alias},
                {QStringLiteral("mobilePhone"), QJsonValue::Null},
                {QStringLiteral("officeLocation"), QJsonValue::Null},
                {QStringLiteral("onPremisesSyncEnabled"), QJsonValue::Null},
                {QStringLiteral("preferredLanguage"), language.locale},
                {QStringLiteral("proxyAddresses"), QJsonArray{QStringLiteral("SMTP:") + address}},
                {QStringLiteral("surname"), QJsonValue::Null},
                {QStringLiteral("usageLocation"), QJsonValue::Null},
                {QStringLiteral("userPrincipalName"), address},
                {QStringLiteral("userType"), QStringLiteral("Member")},
            },
            false);
        t.unitMembers[school.id].append(id);

        addCalendarRow(id, QStringLiteral("Default"), QStringLiteral("AvailabilityOnly"));
        addCalendarRow(id, QStringLiteral("Anonymous"), QStringLiteral("None"));
        const QString guid = c.random.guid();
        QJsonObject box =
            mailbox(mailboxTemplate(QStringLiteral("SharedMailbox"), language.locale), id, alias, displayName,
                    address, language.calendarFolder, guid, calendarFolderId());
        // The last one (the management's) is kept out of the address list.
        if (m == language.sharedMailboxes.size() - 1)
            box.insert(QStringLiteral("HiddenFromAddressListsEnabled"), true);

        const int count = std::min(int(carers.size()), c.random.between(2, 4));
        const int offset = carers.isEmpty() ? 0 : c.random.bounded(int(carers.size()));
        QJsonArray sendOnBehalf;
        for (int k = 0; k < count; ++k) {
            const QString userId = c.people.at(carers.at((offset + k) % carers.size())).id;
            t.mailboxPermissions.append(
                QJsonObject{{QStringLiteral("MailboxId"), id},
                            {QStringLiteral("UserId"), userId},
                            {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("FullAccess")}},
                            {QStringLiteral("AutoMapping"), !c.random.chance(0.2)}});
            if (k < 2)
                t.recipientPermissions.append(
                    QJsonObject{{QStringLiteral("MailboxId"), id},
                                {QStringLiteral("TrusteeId"), userId},
                                {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}}});
            else
                sendOnBehalf.append(userId);
            addCalendarRow(id, userId, QStringLiteral("Editor"));
        }
        if (m == 0 && school.principal >= 0)
            sendOnBehalf.append(c.people.at(school.principal).id);
        box.insert(QStringLiteral("GrantSendOnBehalfTo"), sendOnBehalf);
        t.mailboxes.insert(id, box);
    }
}

void MailboxSeeder::seedCalendarSharing(int schoolIndex)
{
    SeedContext &c = m_context;
    const SeedContext::School &school = c.schools.at(schoolIndex);
    QVector<int> colleagues = school.teachers;
    colleagues += school.staff;
    const int n = int(colleagues.size());
    if (n < 2)
        return;
    static constexpr const char *roles[] = {"Reviewer", "Reviewer", "LimitedDetails", "LimitedDetails",
                                            "Editor"};
    for (int i = 0; i < n; ++i) {
        const QString owner = c.people.at(colleagues.at(i)).id;
        QVector<int> used{i};
        auto another = [&]() {
            for (int attempt = 0; attempt < 8; ++attempt) {
                const int j = c.random.bounded(n);
                if (!used.contains(j)) {
                    used.append(j);
                    return j;
                }
            }
            return -1;
        };
        if (c.random.chance(0.25)) {
            const int shares = c.random.between(1, 3);
            for (int k = 0; k < shares; ++k) {
                const int j = another();
                if (j >= 0)
                    addCalendarRow(owner, c.people.at(colleagues.at(j)).id,
                                   QLatin1String(roles[c.random.bounded(5)]));
            }
        }
        if (c.random.chance(0.04)) {
            const int j = another();
            if (j >= 0)
                addCalendarRow(owner, c.people.at(colleagues.at(j)).id, QStringLiteral("Editor"),
                               c.random.chance(0.6) ? QStringLiteral("Delegate")
                                                    : QStringLiteral("Delegate, CanViewPrivateItems"));
        }
    }
    // A couple of external sharees per school (a substitute teacher, a trainee ...).
    for (int k = 0; k < 2; ++k) {
        const QString owner = c.people.at(colleagues.at(c.random.bounded(n))).id;
        const QString sharee = QLatin1String(externalSharees[(schoolIndex * 2 + k) % 4]);
        bool present = false;
        for (const QJsonObject &row : std::as_const(c.tenant.calendarPermissions[owner]))
            present = present || row.value(QLatin1String("User")).toString() == sharee;
        if (!present)
            addCalendarRow(owner, sharee,
                           k == 0 ? QStringLiteral("AvailabilityOnly") : QStringLiteral("LimitedDetails"));
    }
}
