#include "sandbox/exchange/exchangefolderpermissioncmdlets.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QJsonArray>

namespace {
const QString GetPermission = QStringLiteral("Get-MailboxFolderPermission");
const QString AddPermission = QStringLiteral("Add-MailboxFolderPermission");
const QString SetPermission = QStringLiteral("Set-MailboxFolderPermission");
const QString RemovePermission = QStringLiteral("Remove-MailboxFolderPermission");
const QString FolderStatistics = QStringLiteral("Get-MailboxFolderStatistics");
const QString Default = QStringLiteral("Default");
const QString Anonymous = QStringLiteral("Anonymous");
const QString NotFoundException =
    QStringLiteral("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException");

// Roles an external (outside the organisation) user may hold on a calendar.
const QStringList ExternalRoles = {QStringLiteral("None"), QStringLiteral("AvailabilityOnly"),
                                   QStringLiteral("LimitedDetails"), QStringLiteral("Reviewer")};

ExchangeCmdletResult folderNotFound(const QString &identity)
{
    return ExchangeCmdletResult::error(
        404, NotFoundException,
        QStringLiteral("The operation couldn't be performed because '%1' couldn't be found.").arg(identity));
}

QJsonObject entry(const QString &user, const QString &role, const QString &flags = QStringLiteral("None"))
{
    return QJsonObject{{QStringLiteral("User"), user},
                       {QStringLiteral("AccessRights"), QJsonArray{role}},
                       {QStringLiteral("SharingPermissionFlags"), flags}};
}

bool isSpecial(const QString &key)
{
    return key == Default || key == Anonymous;
}
} // namespace

ExchangeFolderPermissionCmdlets::ExchangeFolderPermissionCmdlets(Tenant &tenant) : m_tenant(tenant)
{}

QStringList ExchangeFolderPermissionCmdlets::cmdlets() const
{
    return {GetPermission, AddPermission, SetPermission, RemovePermission, FolderStatistics};
}

QStringList ExchangeFolderPermissionCmdlets::roles()
{
    return {QStringLiteral("Owner"),
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
}

ExchangeCmdletResult ExchangeFolderPermissionCmdlets::invoke(const ExchangeCmdletCall &call)
{
    if (call.name() == GetPermission)
        return getPermission(call);
    if (call.name() == RemovePermission)
        return removePermission(call);
    if (call.name() == FolderStatistics)
        return folderStatistics(call);
    return changePermission(call);
}

bool ExchangeFolderPermissionCmdlets::resolveFolder(const ExchangeCmdletCall &call, bool write,
                                                    Folder *folder, ExchangeCmdletResult *failure) const
{
    const QString identity = call.string(QStringLiteral("Identity"));
    if (identity.isEmpty()) {
        *failure = ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Identity"));
        return false;
    }
    QString mailboxPart;
    QString folderPart;
    bool byId = false;
    if (!RecipientResolver::splitFolderIdentity(identity, &mailboxPart, &folderPart, &byId)) {
        // Only the calendar is kept; other folders (the mailbox root included) don't exist here.
        *failure = folderNotFound(identity);
        return false;
    }
    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient owner;
    if (resolver.resolve(mailboxPart, RecipientResolver::Mailboxes, &owner) !=
            RecipientResolver::Outcome::Found ||
        (!write && !call.inScope(m_tenant, owner.id))) {
        *failure = folderNotFound(identity);
        return false;
    }
    const QJsonObject box = resolver.mailbox(owner.id);
    const QString calendarName = box.value(QLatin1String("CalendarFolderName")).toString();
    const bool matches = byId ? folderPart == box.value(QLatin1String("CalendarFolderId")).toString()
                              : folderPart.compare(calendarName, Qt::CaseInsensitive) == 0;
    if (!matches) {
        *failure = folderNotFound(identity);
        return false;
    }
    if (write && !call.inScope(m_tenant, owner.id)) {
        *failure = ExchangeCmdletResult::outOfWriteScope(call.name(), identity);
        return false;
    }
    folder->mailboxId = owner.id;
    folder->mailboxName = box.value(QLatin1String("Name")).toString();
    folder->name = calendarName;
    return true;
}

bool ExchangeFolderPermissionCmdlets::resolveUser(const RecipientResolver &resolver, const QString &user,
                                                  QString *key, bool *external,
                                                  ExchangeCmdletResult *failure) const
{
    *external = false;
    if (user.compare(Default, Qt::CaseInsensitive) == 0) {
        *key = Default;
        return true;
    }
    if (user.compare(Anonymous, Qt::CaseInsensitive) == 0) {
        *key = Anonymous;
        return true;
    }
    RecipientResolver::Recipient r;
    const RecipientResolver::Outcome outcome = resolver.resolve(user, RecipientResolver::Any, &r);
    if (outcome == RecipientResolver::Outcome::Found) {
        *key = r.id;
        return true;
    }
    if (outcome == RecipientResolver::Outcome::Ambiguous) {
        *failure = ExchangeCmdletResult::ambiguous(user);
        return false;
    }
    const QString address = RecipientResolver::bareAddress(user).trimmed();
    if (RecipientResolver::isValidSmtpAddress(address) &&
        !resolver.isAcceptedDomain(address.section(QLatin1Char('@'), 1))) {
        *key = address.toLower();
        *external = true;
        return true;
    }
    *failure = ExchangeCmdletResult::parameterObjectNotFound(user);
    return false;
}

QVector<QJsonObject> ExchangeFolderPermissionCmdlets::entries(const QString &mailboxId) const
{
    QVector<QJsonObject> out{entry(Default, QStringLiteral("AvailabilityOnly")),
                             entry(Anonymous, QStringLiteral("None"))};
    for (const QJsonObject &e : m_tenant.calendarPermissions.value(mailboxId)) {
        const QString user = e.value(QLatin1String("User")).toString();
        if (user == Default)
            out[0] = e;
        else if (user == Anonymous)
            out[1] = e;
        else
            out.append(e);
    }
    return out;
}

QString ExchangeFolderPermissionCmdlets::userLabel(const RecipientResolver &resolver,
                                                   const QString &key) const
{
    if (isSpecial(key))
        return key;
    if (key.contains(QLatin1Char('@')))
        return QStringLiteral("ExchangePublishedUser.") + key;
    return resolver.displayName(key);
}

QJsonObject ExchangeFolderPermissionCmdlets::row(const RecipientResolver &resolver, const Folder &folder,
                                                 const QJsonObject &e) const
{
    const QString flags = e.value(QLatin1String("SharingPermissionFlags")).toString(QStringLiteral("None"));
    return QJsonObject{
        {QStringLiteral("Identity"), folder.mailboxName + QStringLiteral(":\\") + folder.name},
        {QStringLiteral("FolderName"), folder.name},
        {QStringLiteral("User"), userLabel(resolver, e.value(QLatin1String("User")).toString())},
        {QStringLiteral("AccessRights"), e.value(QLatin1String("AccessRights"))},
        {QStringLiteral("SharingPermissionFlags"),
         flags == QLatin1String("None") ? QJsonValue() : QJsonValue(flags)},
        {QStringLiteral("IsValid"), true},
    };
}

ExchangeCmdletResult ExchangeFolderPermissionCmdlets::getPermission(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("User"), QStringLiteral("GroupMailbox")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    Folder folder;
    ExchangeCmdletResult failure;
    if (!resolveFolder(call, false, &folder, &failure))
        return failure;
    const RecipientResolver resolver(m_tenant);
    QString only;
    if (call.has(QStringLiteral("User"))) {
        bool external = false;
        if (!resolveUser(resolver, call.string(QStringLiteral("User")), &only, &external, &failure))
            return failure;
    }
    ExchangeCmdletResult result;
    for (const QJsonObject &e : entries(folder.mailboxId)) {
        if (only.isEmpty() ||
            e.value(QLatin1String("User")).toString().compare(only, Qt::CaseInsensitive) == 0)
            result.rows.append(row(resolver, folder, e));
    }
    if (!only.isEmpty() && result.rows.isEmpty())
        return ExchangeCmdletResult::error(
            404,
            QStringLiteral("Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException"),
            QStringLiteral("There is no existing permission entry found for user: %1.")
                .arg(userLabel(resolver, only)));
    return result;
}

ExchangeCmdletResult ExchangeFolderPermissionCmdlets::changePermission(const ExchangeCmdletCall &call)
{
    const bool add = call.name() == AddPermission;
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("User"), QStringLiteral("AccessRights"),
         QStringLiteral("SharingPermissionFlags"), QStringLiteral("SendNotificationToUser")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    for (const QString &mandatory :
         {QStringLiteral("Identity"), QStringLiteral("User"), QStringLiteral("AccessRights")}) {
        if (!call.has(mandatory))
            return ExchangeCmdletResult::missingParameter(call.name(), mandatory);
    }
    // -AccessRights: one role.
    const QStringList requested = call.list(QStringLiteral("AccessRights"));
    QString role;
    for (const QString &r : roles()) {
        if (requested.size() == 1 && requested.first().trimmed().compare(r, Qt::CaseInsensitive) == 0)
            role = r;
    }
    if (role.isEmpty())
        return ExchangeCmdletResult::invalidValue(QStringLiteral("AccessRights"),
                                                  requested.join(QLatin1Char(',')),
                                                  roles().join(QStringLiteral(", ")));
    // -SharingPermissionFlags: None | Delegate | Delegate,CanViewPrivateItems, only for Editor.
    bool delegate = false;
    bool privateItems = false;
    for (const QString &item : call.list(QStringLiteral("SharingPermissionFlags"))) {
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString flag = part.trimmed();
            if (flag.compare(QLatin1String("Delegate"), Qt::CaseInsensitive) == 0)
                delegate = true;
            else if (flag.compare(QLatin1String("CanViewPrivateItems"), Qt::CaseInsensitive) == 0)
                privateItems = true;
            else if (flag.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0)
                return ExchangeCmdletResult::invalidValue(
                    QStringLiteral("SharingPermissionFlags"), flag,
                    QStringLiteral("None, Delegate, CanViewPrivateItems"));
        }
    }
    const QString invalidArgument =
        QStringLiteral("Microsoft.Exchange.Management.StoreTasks.InvalidParamException");
    if ((delegate || privateItems) && role != QLatin1String("Editor"))
        return ExchangeCmdletResult::error(
            400, invalidArgument,
            QStringLiteral("SharingPermissionFlags can only be set for a calendar folder "
                           "when AccessRights is Editor."));
    if (privateItems && !delegate)
        return ExchangeCmdletResult::error(
            400, invalidArgument,
            QStringLiteral("The CanViewPrivateItems flag can only be set together with "
                           "the Delegate flag."));

    Folder folder;
    ExchangeCmdletResult failure;
    if (!resolveFolder(call, true, &folder, &failure))
        return failure;
    const RecipientResolver resolver(m_tenant);
    QString key;
    bool external = false;
    if (!resolveUser(resolver, call.string(QStringLiteral("User")), &key, &external, &failure))
        return failure;
    if (key == folder.mailboxId)
        return ExchangeCmdletResult::error(
            400, invalidArgument,
            QStringLiteral("The mailbox owner can't be given permissions on their own folder."));
    if (external) {
        for (const QJsonValue &policy : m_tenant.sharingPolicies) {
            const QJsonObject p = policy.toObject();
            if (p.value(QLatin1String("Default")).toBool() && !p.value(QLatin1String("Enabled")).toBool(true))
                return ExchangeCmdletResult::error(
                    400,
                    QStringLiteral(
                        "Microsoft.Exchange.Management.StoreTasks.InvalidExternalSharingInitiatorException"),
                    QStringLiteral("The sharing policy doesn't allow sharing calendars with '%1'.").arg(key));
        }
        if (!ExternalRoles.contains(role) || delegate)
            return ExchangeCmdletResult::error(
                400, invalidArgument,
                QStringLiteral(
                    "The access rights '%1' can't be granted to the external user '%2'. External users can "
                    "only be given AvailabilityOnly, LimitedDetails or Reviewer.")
                    .arg(role, key));
    }

    QVector<QJsonObject> list = entries(folder.mailboxId);
    int index = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].value(QLatin1String("User")).toString().compare(key, Qt::CaseInsensitive) == 0)
            index = i;
    }
    const QString label = userLabel(resolver, key);
    if (add && index >= 0 &&
        (!isSpecial(key) || list[index].value(QLatin1String("AccessRights")).toArray().first().toString() !=
                                QLatin1String("None")))
        return ExchangeCmdletResult::error(
            400,
            QStringLiteral(
                "Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException"),
            QStringLiteral("An existing permission entry was found for user: %1.").arg(label));
    if (!add && index < 0)
        return ExchangeCmdletResult::error(
            404,
            QStringLiteral("Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException"),
            QStringLiteral("There is no existing permission entry found for user: %1.").arg(label));

    QString flags = delegate ? (privateItems ? QStringLiteral("Delegate, CanViewPrivateItems")
                                             : QStringLiteral("Delegate"))
                             : QStringLiteral("None");
    // Set without -SharingPermissionFlags keeps an Editor's delegate flags.
    if (!add && index >= 0 && !call.has(QStringLiteral("SharingPermissionFlags")) &&
        role == QLatin1String("Editor"))
        flags = list[index].value(QLatin1String("SharingPermissionFlags")).toString(QStringLiteral("None"));
    const QJsonObject updated = entry(key, role, flags);
    if (index >= 0)
        list[index] = updated;
    else
        list.append(updated);
    m_tenant.nextSequence();
    m_tenant.calendarPermissions.insert(folder.mailboxId, list);
    return add ? ExchangeCmdletResult::ok({row(resolver, folder, updated)}) : ExchangeCmdletResult::ok();
}

ExchangeCmdletResult ExchangeFolderPermissionCmdlets::removePermission(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter({QStringLiteral("Identity"), QStringLiteral("User"),
                                                   QStringLiteral("SendNotificationToUser"),
                                                   QStringLiteral("ResetDelegateUserCollection")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    if (!call.has(QStringLiteral("User")))
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("User"));
    Folder folder;
    ExchangeCmdletResult failure;
    if (!resolveFolder(call, true, &folder, &failure))
        return failure;
    const RecipientResolver resolver(m_tenant);
    QString key;
    bool external = false;
    if (!resolveUser(resolver, call.string(QStringLiteral("User")), &key, &external, &failure))
        return failure;
    QVector<QJsonObject> list = entries(folder.mailboxId);
    int index = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].value(QLatin1String("User")).toString().compare(key, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0)
        return ExchangeCmdletResult::error(
            404,
            QStringLiteral("Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException"),
            QStringLiteral("There is no existing permission entry found for user: %1.")
                .arg(userLabel(resolver, key)));
    // Default and Anonymous can't disappear: removing them leaves "None".
    if (isSpecial(key))
        list[index] = entry(key, QStringLiteral("None"));
    else
        list.removeAt(index);
    m_tenant.nextSequence();
    m_tenant.calendarPermissions.insert(folder.mailboxId, list);
    return ExchangeCmdletResult::ok();
}

ExchangeCmdletResult ExchangeFolderPermissionCmdlets::folderStatistics(const ExchangeCmdletCall &call)
{
    const QString unknown =
        call.unknownParameter({QStringLiteral("Identity"), QStringLiteral("FolderScope"),
                               QStringLiteral("IncludeOldestAndNewestItems"),
                               QStringLiteral("IncludeAnalysis"), QStringLiteral("Archive")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const QString identity = call.string(QStringLiteral("Identity"));
    if (identity.isEmpty())
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Identity"));
    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient owner;
    ExchangeCmdletResult failure;
    if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes, true, &owner, &failure))
        return failure;
    if (!call.inScope(m_tenant, owner.id))
        return ExchangeCmdletResult::objectNotFound(identity);
    const QJsonObject box = resolver.mailbox(owner.id);
    const QString name = box.value(QLatin1String("Name")).toString();
    const QString calendar = box.value(QLatin1String("CalendarFolderName")).toString();
    const QString calendarId = box.value(QLatin1String("CalendarFolderId")).toString();
    const auto folderRow = [&](const QString &folderName, const QString &path, const QString &type,
                               const QString &folderId, const QString &containerClass) {
        return QJsonObject{
            {QStringLiteral("Identity"),
             name + QLatin1Char('\\') + path.mid(1).replace(QLatin1Char('/'), QLatin1Char('\\'))},
            {QStringLiteral("Name"), folderName},
            {QStringLiteral("FolderPath"), path},
            {QStringLiteral("FolderType"), type},
            {QStringLiteral("FolderId"), folderId},
            {QStringLiteral("ContainerClass"), containerClass},
            {QStringLiteral("ItemsInFolder"), 0},
            {QStringLiteral("FolderSize"), QStringLiteral("0 B (0 bytes)")}};
    };
    const QString scope = call.string(QStringLiteral("FolderScope"));
    ExchangeCmdletResult result;
    if (scope.isEmpty() || scope.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0)
        result.rows.append(folderRow(QStringLiteral("Top of Information Store"), QStringLiteral("/"),
                                     QStringLiteral("Root"),
                                     QStringLiteral("LgAAAAB") + calendarId.mid(5, 20), QString()));
    if (scope.isEmpty() || scope.compare(QLatin1String("All"), Qt::CaseInsensitive) == 0 ||
        scope.compare(QLatin1String("Calendar"), Qt::CaseInsensitive) == 0) {
        result.rows.append(folderRow(calendar, QLatin1Char('/') + calendar, QStringLiteral("Calendar"),
                                     calendarId, QStringLiteral("IPF.Appointment")));
        result.rows.append(folderRow(
            QStringLiteral("Birthdays"), QLatin1Char('/') + calendar + QStringLiteral("/Birthdays"),
            QStringLiteral("User Created"), calendarId.left(calendarId.size() - 4) + QStringLiteral("BDAY"),
            QStringLiteral("IPF.Appointment.Birthday")));
    }
    return result;
}
