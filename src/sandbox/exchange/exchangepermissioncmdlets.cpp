#include "sandbox/exchange/exchangepermissioncmdlets.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QJsonArray>

namespace {
const QString GetMailboxPermission = QStringLiteral("Get-MailboxPermission");
const QString AddMailboxPermission = QStringLiteral("Add-MailboxPermission");
const QString RemoveMailboxPermission = QStringLiteral("Remove-MailboxPermission");
const QString GetRecipientPermission = QStringLiteral("Get-RecipientPermission");
const QString AddRecipientPermission = QStringLiteral("Add-RecipientPermission");
const QString RemoveRecipientPermission = QStringLiteral("Remove-RecipientPermission");
const QString Self = QStringLiteral("NT AUTHORITY\\SELF");

const QStringList MailboxRights = {QStringLiteral("FullAccess"),       QStringLiteral("ReadPermission"),
                                   QStringLiteral("ChangePermission"), QStringLiteral("ChangeOwner"),
                                   QStringLiteral("DeleteItem"),       QStringLiteral("ExternalAccount")};

// The canonical spelling of each requested right, or the first one that is not valid in `error`.
bool canonicalRights(const QStringList &requested, const QStringList &valid, QStringList *rights,
                     QString *error)
{
    for (const QString &item : requested) {
        for (const QString &part : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString right = part.trimmed();
            int index = -1;
            for (int i = 0; i < valid.size() && index < 0; ++i) {
                if (valid[i].compare(right, Qt::CaseInsensitive) == 0)
                    index = i;
            }
            if (index < 0) {
                *error = right;
                return false;
            }
            if (!rights->contains(valid[index]))
                rights->append(valid[index]);
        }
    }
    return true;
}
} // namespace

ExchangePermissionCmdlets::ExchangePermissionCmdlets(Tenant &tenant) : m_tenant(tenant)
{}

QStringList ExchangePermissionCmdlets::cmdlets() const
{
    return {GetMailboxPermission,   AddMailboxPermission,   RemoveMailboxPermission,
            GetRecipientPermission, AddRecipientPermission, RemoveRecipientPermission};
}

ExchangeCmdletResult ExchangePermissionCmdlets::invoke(const ExchangeCmdletCall &call)
{
    if (call.name() == GetMailboxPermission)
        return getMailboxPermission(call);
    if (call.name() == AddMailboxPermission || call.name() == RemoveMailboxPermission)
        return changeMailboxPermission(call, call.name() == AddMailboxPermission);
    if (call.name() == GetRecipientPermission)
        return getRecipientPermission(call);
    return changeRecipientPermission(call, call.name() == AddRecipientPermission);
}

int ExchangePermissionCmdlets::findRow(const QVector<QJsonObject> &rows, const QString &mailboxId,
                                       const char *principalKey, const QString &principalId)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].value(QLatin1String("MailboxId")).toString() == mailboxId &&
            rows[i].value(QLatin1String(principalKey)).toString() == principalId)
            return i;
    }
    return -1;
}

QJsonObject ExchangePermissionCmdlets::mailboxPermissionRow(const RecipientResolver &resolver,
                                                            const QJsonObject &entry) const
{
    const QString user = entry.value(QLatin1String("UserId")).toString();
    return QJsonObject{
        {QStringLiteral("Identity"), resolver.name(entry.value(QLatin1String("MailboxId")).toString())},
        {QStringLiteral("User"), user.isEmpty() ? Self : resolver.userPrincipalName(user)},
        {QStringLiteral("AccessRights"), entry.value(QLatin1String("AccessRights"))},
        {QStringLiteral("IsInherited"), false},
        {QStringLiteral("Deny"), false},
        {QStringLiteral("InheritanceType"),
         entry.value(QLatin1String("InheritanceType")).toString(QStringLiteral("All"))},
    };
}

QJsonObject ExchangePermissionCmdlets::recipientPermissionRow(const RecipientResolver &resolver,
                                                              const QJsonObject &entry) const
{
    const QString trustee = entry.value(QLatin1String("TrusteeId")).toString();
    return QJsonObject{
        {QStringLiteral("Identity"), resolver.name(entry.value(QLatin1String("MailboxId")).toString())},
        {QStringLiteral("Trustee"), trustee.isEmpty() ? Self : resolver.userPrincipalName(trustee)},
        {QStringLiteral("AccessControlType"), QStringLiteral("Allow")},
        {QStringLiteral("AccessRights"), entry.value(QLatin1String("AccessRights"))},
        {QStringLiteral("IsInherited"), false},
        {QStringLiteral("InheritanceType"), QStringLiteral("None")},
    };
}

ExchangeCmdletResult ExchangePermissionCmdlets::getMailboxPermission(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter({QStringLiteral("Identity"), QStringLiteral("User")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const QString identity = call.string(QStringLiteral("Identity"));
    if (identity.isEmpty())
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Identity"));
    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient mailbox;
    ExchangeCmdletResult failure;
    if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes, true, &mailbox, &failure))
        return failure;
    if (!call.inScope(m_tenant, mailbox.id))
        return ExchangeCmdletResult::objectNotFound(identity);
    QString userFilter;
    if (call.has(QStringLiteral("User"))) {
        RecipientResolver::Recipient user;
        if (!resolver.resolveFor(call.string(QStringLiteral("User")), RecipientResolver::Any, false, &user,
                                 &failure))
            return failure;
        userFilter = user.id;
    }
    ExchangeCmdletResult result;
    if (userFilter.isEmpty())
        result.rows.append(mailboxPermissionRow(
            resolver,
            QJsonObject{{QStringLiteral("MailboxId"), mailbox.id},
                        {QStringLiteral("AccessRights"),
                         QJsonArray{QStringLiteral("FullAccess"), QStringLiteral("ReadPermission")}}}));
    for (const QJsonObject &entry : m_tenant.mailboxPermissions) {
        if (entry.value(QLatin1String("MailboxId")).toString() != mailbox.id)
            continue;
        if (!userFilter.isEmpty() && entry.value(QLatin1String("UserId")).toString() != userFilter)
            continue;
        result.rows.append(mailboxPermissionRow(resolver, entry));
    }
    return result;
}

ExchangeCmdletResult ExchangePermissionCmdlets::changeMailboxPermission(const ExchangeCmdletCall &call,
                                                                        bool add)
{
    QStringList known{QStringLiteral("Identity"),     QStringLiteral("User"),
                      QStringLiteral("AccessRights"), QStringLiteral("InheritanceType"),
                      QStringLiteral("Deny"),         QStringLiteral("BypassMasterAccountSid")};
    if (add)
        known << QStringLiteral("AutoMapping") << QStringLiteral("Owner");
    const QString unknown = call.unknownParameter(known);
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    for (const QString &mandatory :
         {QStringLiteral("Identity"), QStringLiteral("User"), QStringLiteral("AccessRights")}) {
        if (!call.has(mandatory))
            return ExchangeCmdletResult::missingParameter(call.name(), mandatory);
    }
    QStringList rights;
    QString bad;
    if (!canonicalRights(call.list(QStringLiteral("AccessRights")), MailboxRights, &rights, &bad))
        return ExchangeCmdletResult::invalidValue(QStringLiteral("AccessRights"), bad,
                                                  MailboxRights.join(QStringLiteral(", ")));
    const QString inheritance = call.string(QStringLiteral("InheritanceType")).isEmpty()
                                    ? QStringLiteral("All")
                                    : call.string(QStringLiteral("InheritanceType"));

    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient mailbox;
    RecipientResolver::Recipient user;
    ExchangeCmdletResult failure;
    const QString identity = call.string(QStringLiteral("Identity"));
    if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes, true, &mailbox, &failure))
        return failure;
    if (!call.inScope(m_tenant, mailbox.id))
        return ExchangeCmdletResult::outOfWriteScope(call.name(), identity);
    if (!resolver.resolveFor(call.string(QStringLiteral("User")), RecipientResolver::Any, false, &user,
                             &failure))
        return failure;

    const QString mailboxName = resolver.name(mailbox.id);
    const QString account = resolver.userPrincipalName(user.id);
    const int index = findRow(m_tenant.mailboxPermissions, mailbox.id, "UserId", user.id);
    QStringList current = index < 0
                              ? QStringList()
                              : ExchangeCmdletCall::toStringList(
                                    m_tenant.mailboxPermissions[index].value(QLatin1String("AccessRights")));
    ExchangeCmdletResult result;
    if (add) {
        QStringList added;
        for (const QString &right : rights) {
            if (!current.contains(right))
                added.append(right);
        }
        if (added.isEmpty()) {
            result.warnings.append(
                QStringLiteral("The appropriate access control entry is already present on the "
                               "object \"%1\" for account \"%2\".")
                    .arg(mailboxName, account));
            return result;
        }
        current += added;
        QJsonObject entry{{QStringLiteral("MailboxId"), mailbox.id},
                          {QStringLiteral("UserId"), user.id},
                          {QStringLiteral("AccessRights"), QJsonArray::fromStringList(current)},
                          {QStringLiteral("AutoMapping"), call.boolean(QStringLiteral("AutoMapping"), true)},
                          {QStringLiteral("InheritanceType"), inheritance}};
        m_tenant.nextSequence();
        if (index < 0)
            m_tenant.mailboxPermissions.append(entry);
        else
            m_tenant.mailboxPermissions[index] = entry;
        QJsonObject shown = entry;
        shown.insert(QStringLiteral("AccessRights"), QJsonArray::fromStringList(added));
        result.rows.append(mailboxPermissionRow(resolver, shown));
        return result;
    }
    bool any = false;
    for (const QString &right : rights)
        any = current.removeAll(right) > 0 || any;
    if (!any) {
        result.warnings.append(
            QStringLiteral("Can't remove the access control entry on the object \"%1\" for "
                           "account \"%2\" because the ACE doesn't exist on the object.")
                .arg(mailboxName, account));
        return result;
    }
    m_tenant.nextSequence();
    if (current.isEmpty())
        m_tenant.mailboxPermissions.removeAt(index);
    else
        m_tenant.mailboxPermissions[index].insert(QStringLiteral("AccessRights"),
                                                  QJsonArray::fromStringList(current));
    return result;
}

ExchangeCmdletResult ExchangePermissionCmdlets::getRecipientPermission(const ExchangeCmdletCall &call)
{
    const QString unknown =
        call.unknownParameter({QStringLiteral("Identity"), QStringLiteral("Trustee"),
                               QStringLiteral("AccessRights"), QStringLiteral("ResultSize")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const RecipientResolver resolver(m_tenant);
    ExchangeCmdletResult failure;
    QStringList targets;
    if (call.has(QStringLiteral("Identity"))) {
        const QString identity = call.string(QStringLiteral("Identity"));
        RecipientResolver::Recipient target;
        if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes | RecipientResolver::Groups, true,
                                 &target, &failure))
            return failure;
        if (!call.inScope(m_tenant, target.id))
            return ExchangeCmdletResult::objectNotFound(identity);
        targets.append(target.id);
    } else {
        for (const QString &id : resolver.mailboxOwners()) {
            if (call.inScope(m_tenant, id))
                targets.append(id);
        }
    }
    QString trusteeFilter;
    if (call.has(QStringLiteral("Trustee"))) {
        RecipientResolver::Recipient trustee;
        if (!resolver.resolveFor(call.string(QStringLiteral("Trustee")), RecipientResolver::Any, false,
                                 &trustee, &failure))
            return failure;
        trusteeFilter = trustee.id;
    }
    ExchangeCmdletResult result;
    for (const QString &target : targets) {
        if (trusteeFilter.isEmpty() && resolver.hasMailbox(target))
            result.rows.append(recipientPermissionRow(
                resolver,
                QJsonObject{{QStringLiteral("MailboxId"), target},
                            {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}}}));
        for (const QJsonObject &entry : m_tenant.recipientPermissions) {
            if (entry.value(QLatin1String("MailboxId")).toString() != target)
                continue;
            if (!trusteeFilter.isEmpty() &&
                entry.value(QLatin1String("TrusteeId")).toString() != trusteeFilter)
                continue;
            result.rows.append(recipientPermissionRow(resolver, entry));
        }
    }
    return result;
}

ExchangeCmdletResult ExchangePermissionCmdlets::changeRecipientPermission(const ExchangeCmdletCall &call,
                                                                          bool add)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("Trustee"), QStringLiteral("AccessRights"),
         QStringLiteral("SkipDomainValidationForMailContact"), QStringLiteral("Deny")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    for (const QString &mandatory :
         {QStringLiteral("Identity"), QStringLiteral("Trustee"), QStringLiteral("AccessRights")}) {
        if (!call.has(mandatory))
            return ExchangeCmdletResult::missingParameter(call.name(), mandatory);
    }
    QStringList rights;
    QString bad;
    if (!canonicalRights(call.list(QStringLiteral("AccessRights")), {QStringLiteral("SendAs")}, &rights,
                         &bad))
        return ExchangeCmdletResult::invalidValue(QStringLiteral("AccessRights"), bad,
                                                  QStringLiteral("SendAs"));

    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient target;
    RecipientResolver::Recipient trustee;
    ExchangeCmdletResult failure;
    const QString identity = call.string(QStringLiteral("Identity"));
    if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes | RecipientResolver::Groups, true,
                             &target, &failure))
        return failure;
    if (!call.inScope(m_tenant, target.id))
        return ExchangeCmdletResult::outOfWriteScope(call.name(), identity);
    if (!resolver.resolveFor(call.string(QStringLiteral("Trustee")), RecipientResolver::Any, false, &trustee,
                             &failure))
        return failure;

    const int index = findRow(m_tenant.recipientPermissions, target.id, "TrusteeId", trustee.id);
    const QString objectName = resolver.name(target.id);
    const QString account = resolver.userPrincipalName(trustee.id);
    ExchangeCmdletResult result;
    if (add) {
        if (index >= 0) {
            result.warnings.append(
                QStringLiteral("The appropriate access control entry is already present on the "
                               "object \"%1\" for account \"%2\".")
                    .arg(objectName, account));
            return result;
        }
        const QJsonObject entry{{QStringLiteral("MailboxId"), target.id},
                                {QStringLiteral("TrusteeId"), trustee.id},
                                {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}}};
        m_tenant.nextSequence();
        m_tenant.recipientPermissions.append(entry);
        result.rows.append(recipientPermissionRow(resolver, entry));
        return result;
    }
    if (index < 0) {
        result.warnings.append(
            QStringLiteral("Can't remove the access control entry on the object \"%1\" for account "
                           "\"%2\" because the ACE doesn't exist on the object.")
                .arg(objectName, account));
        return result;
    }
    m_tenant.nextSequence();
    m_tenant.recipientPermissions.removeAt(index);
    return result;
}
