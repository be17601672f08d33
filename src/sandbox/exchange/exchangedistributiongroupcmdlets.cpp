#include "sandbox/exchange/exchangedistributiongroupcmdlets.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/proxyaddresseditor.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QString GetGroup = QStringLiteral("Get-DistributionGroup");
const QString NewGroup = QStringLiteral("New-DistributionGroup");
const QString SetGroup = QStringLiteral("Set-DistributionGroup");
const QString RemoveGroup = QStringLiteral("Remove-DistributionGroup");
const QString GetMembers = QStringLiteral("Get-DistributionGroupMember");
const QString AddMember = QStringLiteral("Add-DistributionGroupMember");
const QString RemoveMember = QStringLiteral("Remove-DistributionGroupMember");
const QString Bypass = QStringLiteral("BypassSecurityGroupManagerCheck");
} // namespace

ExchangeDistributionGroupCmdlets::ExchangeDistributionGroupCmdlets(Tenant &tenant) : m_tenant(tenant)
{}

QStringList ExchangeDistributionGroupCmdlets::cmdlets() const
{
    return {GetGroup, NewGroup, SetGroup, RemoveGroup, GetMembers, AddMember, RemoveMember};
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::invoke(const ExchangeCmdletCall &call)
{
    if (call.name() == GetGroup)
        return getGroup(call);
    if (call.name() == NewGroup)
        return newGroup(call);
    if (call.name() == SetGroup)
        return setGroup(call);
    if (call.name() == RemoveGroup)
        return removeGroup(call);
    if (call.name() == GetMembers)
        return getMembers(call);
    return changeMember(call, call.name() == AddMember);
}

bool ExchangeDistributionGroupCmdlets::resolveGroup(const ExchangeCmdletCall &call, bool write,
                                                    QString *groupId, ExchangeCmdletResult *failure) const
{
    const QString identity = call.string(QStringLiteral("Identity"));
    if (identity.isEmpty()) {
        *failure = ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Identity"));
        return false;
    }
    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient r;
    if (!resolver.resolveFor(identity, RecipientResolver::Groups, true, &r, failure))
        return false;
    if (!resolver.isDistributionGroup(r.id) || (!write && !call.inScope(m_tenant, r.id))) {
        *failure = ExchangeCmdletResult::objectNotFound(identity);
        return false;
    }
    if (write && !call.inScope(m_tenant, r.id)) {
        *failure = ExchangeCmdletResult::outOfWriteScope(call.name(), identity);
        return false;
    }
    *groupId = r.id;
    return true;
}

bool ExchangeDistributionGroupCmdlets::managerCheck(const ExchangeCmdletCall &call, const QString &groupId,
                                                    ExchangeCmdletResult *failure) const
{
    if (call.boolean(Bypass) || m_tenant.groupOwners.value(groupId).contains(call.caller().userId))
        return true;
    *failure = ExchangeCmdletResult::error(
        400, QStringLiteral("Microsoft.Exchange.Configuration.Tasks.TaskInvalidOperationException"),
        QStringLiteral(
            "You don't have sufficient permissions. This operation can only be performed by a manager of "
            "the group."));
    return false;
}

bool ExchangeDistributionGroupCmdlets::resolveAll(const RecipientResolver &resolver,
                                                  const QStringList &identities, QStringList *ids,
                                                  ExchangeCmdletResult *failure) const
{
    for (const QString &identity : identities) {
        RecipientResolver::Recipient r;
        if (!resolver.resolveFor(identity, RecipientResolver::Any, false, &r, failure))
            return false;
        if (!ids->contains(r.id))
            ids->append(r.id);
    }
    return true;
}

QJsonObject ExchangeDistributionGroupCmdlets::groupRow(const RecipientResolver &resolver,
                                                       const QString &groupId) const
{
    const QJsonObject group = resolver.distributionGroup(groupId);
    const QString type = group.value(QLatin1String("RecipientTypeDetails")).toString();
    QJsonArray managers;
    for (const QString &owner : m_tenant.groupOwners.value(groupId))
        managers.append(resolver.name(owner));
    const QString name = group.value(QLatin1String("Name")).toString();
    const QString description = group.value(QLatin1String("Description")).toString();
    return QJsonObject{
        {QStringLiteral("Identity"), name},
        {QStringLiteral("Id"), name},
        {QStringLiteral("Name"), name},
        {QStringLiteral("DisplayName"), group.value(QLatin1String("DisplayName"))},
        {QStringLiteral("Alias"), group.value(QLatin1String("Alias"))},
        {QStringLiteral("PrimarySmtpAddress"), group.value(QLatin1String("PrimarySmtpAddress"))},
        {QStringLiteral("WindowsEmailAddress"), group.value(QLatin1String("PrimarySmtpAddress"))},
        {QStringLiteral("EmailAddresses"), group.value(QLatin1String("EmailAddresses"))},
        {QStringLiteral("GroupType"), type == QLatin1String("MailUniversalSecurityGroup")
                                          ? QStringLiteral("Universal, SecurityEnabled")
                                          : QStringLiteral("Universal")},
        {QStringLiteral("RecipientType"), type},
        {QStringLiteral("RecipientTypeDetails"), type},
        {QStringLiteral("ManagedBy"), managers},
        {QStringLiteral("HiddenFromAddressListsEnabled"),
         group.value(QLatin1String("HiddenFromAddressListsEnabled"))},
        {QStringLiteral("RequireSenderAuthenticationEnabled"),
         group.value(QLatin1String("RequireSenderAuthenticationEnabled"))},
        {QStringLiteral("Description"), description.isEmpty() ? QJsonArray() : QJsonArray{description}},
        {QStringLiteral("ExternalDirectoryObjectId"), groupId},
        {QStringLiteral("Guid"), group.value(QLatin1String("Guid"))},
    };
}

QJsonObject ExchangeDistributionGroupCmdlets::memberRow(const RecipientResolver &resolver,
                                                        const QString &memberId) const
{
    const QString type = resolver.recipientTypeDetails(memberId);
    const QString name = resolver.name(memberId);
    return QJsonObject{
        {QStringLiteral("Identity"), name},
        {QStringLiteral("Name"), name},
        {QStringLiteral("DisplayName"), resolver.displayName(memberId)},
        {QStringLiteral("PrimarySmtpAddress"), resolver.primarySmtpAddress(memberId)},
        {QStringLiteral("RecipientType"), type == QLatin1String("SharedMailbox") ||
                                                  type == QLatin1String("RoomMailbox") ||
                                                  type == QLatin1String("EquipmentMailbox")
                                              ? QStringLiteral("UserMailbox")
                                              : type},
        {QStringLiteral("RecipientTypeDetails"), type},
        {QStringLiteral("ExternalDirectoryObjectId"), memberId},
    };
}

void ExchangeDistributionGroupCmdlets::addMember(const QString &groupId, const QString &memberId,
                                                 quint64 sequence)
{
    m_tenant.groupMembers[groupId].append(memberId);
    m_tenant.membershipLog.append({sequence, groupId, memberId, false});
}

void ExchangeDistributionGroupCmdlets::removeMember(const QString &groupId, const QString &memberId,
                                                    quint64 sequence)
{
    m_tenant.groupMembers[groupId].removeAll(memberId);
    m_tenant.membershipLog.append({sequence, groupId, memberId, true});
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::getGroup(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("ResultSize"), QStringLiteral("RecipientTypeDetails")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const RecipientResolver resolver(m_tenant);
    ExchangeCmdletResult failure;
    if (call.has(QStringLiteral("Identity"))) {
        QString id;
        if (!resolveGroup(call, false, &id, &failure))
            return failure;
        return ExchangeCmdletResult::ok({groupRow(resolver, id)});
    }
    const QStringList types = call.list(QStringLiteral("RecipientTypeDetails"));
    ExchangeCmdletResult result;
    for (const QString &id : resolver.distributionGroups()) {
        if (call.inScope(m_tenant, id) &&
            (types.isEmpty() || types.contains(resolver.recipientTypeDetails(id), Qt::CaseInsensitive)))
            result.rows.append(groupRow(resolver, id));
    }
    return result;
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::newGroup(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Name"), QStringLiteral("DisplayName"), QStringLiteral("Alias"),
         QStringLiteral("PrimarySmtpAddress"), QStringLiteral("Type"), QStringLiteral("ManagedBy"),
         QStringLiteral("Members"), QStringLiteral("Notes"), QStringLiteral("Description"),
         QStringLiteral("RequireSenderAuthenticationEnabled"), QStringLiteral("MemberJoinRestriction"),
         QStringLiteral("MemberDepartRestriction"), QStringLiteral("CopyOwnerToMember"),
         QStringLiteral("IgnoreNamingPolicy"), QStringLiteral("BypassNicknameCheck")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const QString name = call.string(QStringLiteral("Name")).trimmed();
    if (name.isEmpty())
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Name"));
    if (!call.tenantWide())
        return ExchangeCmdletResult::outOfWriteScope(call.name(), name);
    const QString type = call.string(QStringLiteral("Type")).isEmpty() ? QStringLiteral("Distribution")
                                                                       : call.string(QStringLiteral("Type"));
    if (type.compare(QLatin1String("Distribution"), Qt::CaseInsensitive) != 0 &&
        type.compare(QLatin1String("Security"), Qt::CaseInsensitive) != 0)
        return ExchangeCmdletResult::invalidValue(QStringLiteral("Type"), type,
                                                  QStringLiteral("Distribution, Security"));
    const bool security = type.compare(QLatin1String("Security"), Qt::CaseInsensitive) == 0;

    const RecipientResolver resolver(m_tenant);
    if (resolver.nameInUse(name))
        return ExchangeCmdletResult::error(
            400, QStringLiteral("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException"),
            QStringLiteral("The name \"%1\" is already being used. Please try another name.").arg(name));
    QString primary = call.string(QStringLiteral("PrimarySmtpAddress")).trimmed();
    QString alias = call.string(QStringLiteral("Alias")).trimmed();
    if (alias.isEmpty()) {
        alias = primary.isEmpty() ? name : primary.section(QLatin1Char('@'), 0, 0);
        alias.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]")));
    }
    if (!RecipientResolver::isValidAlias(alias))
        return ExchangeCmdletResult::validation(
            QStringLiteral("The alias \"%1\" contains characters that aren't valid.")
                .arg(alias.isEmpty() ? name : alias));
    if (primary.isEmpty())
        primary = alias + QLatin1Char('@') + resolver.defaultDomain();
    const ExchangeCmdletResult addressCheck = ProxyAddressEditor(m_tenant).check(primary, QString());
    if (addressCheck.failed())
        return addressCheck;

    ExchangeCmdletResult failure;
    QStringList managers;
    QStringList members;
    if (!resolveAll(resolver, call.list(QStringLiteral("ManagedBy")), &managers, &failure) ||
        !resolveAll(resolver, call.list(QStringLiteral("Members")), &members, &failure))
        return failure;
    if (managers.isEmpty() && !call.caller().appOnly())
        managers.append(call.caller().userId);

    const QString id = Tenant::newGuid();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString displayName =
        call.has(QStringLiteral("DisplayName")) ? call.string(QStringLiteral("DisplayName")) : name;
    QString description = call.string(QStringLiteral("Description"));
    if (description.isEmpty())
        description = call.string(QStringLiteral("Notes"));
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject group{
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("description"), description.isEmpty() ? null : QJsonValue(description)},
        {QStringLiteral("mail"), primary},
        {QStringLiteral("mailEnabled"), true},
        {QStringLiteral("mailNickname"), alias},
        {QStringLiteral("securityEnabled"), security},
        {QStringLiteral("groupTypes"), QJsonArray()},
        {QStringLiteral("proxyAddresses"), ProxyAddressEditor::proxies(primary, {})},
        {QStringLiteral("createdDateTime"), now},
        {QStringLiteral("renewedDateTime"), now},
        {QStringLiteral("visibility"), null},
        {QStringLiteral("classification"), null},
        {QStringLiteral("onPremisesSyncEnabled"), null},
        {QStringLiteral("resourceProvisioningOptions"), QJsonArray()},
    };
    const quint64 sequence = m_tenant.nextSequence();
    m_tenant.groups.insert(group, sequence);
    m_tenant.mailboxes.insert(id,
                              QJsonObject{
                                  {QStringLiteral("Name"), name},
                                  {QStringLiteral("RecipientTypeDetails"),
                                   security ? QStringLiteral("MailUniversalSecurityGroup")
                                            : QStringLiteral("MailUniversalDistributionGroup")},
                                  {QStringLiteral("HiddenFromAddressListsEnabled"), false},
                                  {QStringLiteral("RequireSenderAuthenticationEnabled"),
                                   call.boolean(QStringLiteral("RequireSenderAuthenticationEnabled"), true)},
                                  {QStringLiteral("Guid"), Tenant::newGuid()},
                              });
    m_tenant.groupOwners.insert(id, managers);
    m_tenant.groupMembers.insert(id, QStringList());
    for (const QString &member : members)
        addMember(id, member, sequence);
    return ExchangeCmdletResult::ok({groupRow(resolver, id)});
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::setGroup(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("DisplayName"), QStringLiteral("Name"),
         QStringLiteral("Alias"), QStringLiteral("PrimarySmtpAddress"), QStringLiteral("EmailAddresses"),
         QStringLiteral("ManagedBy"), QStringLiteral("HiddenFromAddressListsEnabled"),
         QStringLiteral("RequireSenderAuthenticationEnabled"), QStringLiteral("Description"), Bypass});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    QString id;
    ExchangeCmdletResult failure;
    if (!resolveGroup(call, true, &id, &failure) || !managerCheck(call, id, &failure))
        return failure;
    const RecipientResolver resolver(m_tenant);
    const QJsonObject before = resolver.distributionGroup(id);
    QJsonObject extras = m_tenant.mailboxes.value(id);
    QJsonObject graph;
    QStringList managers = m_tenant.groupOwners.value(id);

    if (call.has(QStringLiteral("HiddenFromAddressListsEnabled")))
        extras.insert(QStringLiteral("HiddenFromAddressListsEnabled"),
                      call.boolean(QStringLiteral("HiddenFromAddressListsEnabled")));
    if (call.has(QStringLiteral("RequireSenderAuthenticationEnabled")))
        extras.insert(QStringLiteral("RequireSenderAuthenticationEnabled"),
                      call.boolean(QStringLiteral("RequireSenderAuthenticationEnabled"), true));
    if (call.has(QStringLiteral("Name"))) {
        const QString name = call.string(QStringLiteral("Name"));
        if (name.compare(before.value(QLatin1String("Name")).toString(), Qt::CaseInsensitive) != 0 &&
            resolver.nameInUse(name))
            return ExchangeCmdletResult::error(
                400, QStringLiteral("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException"),
                QStringLiteral("The name \"%1\" is already being used. Please try another name.").arg(name));
        extras.insert(QStringLiteral("Name"), name);
    }
    if (call.has(QStringLiteral("DisplayName")))
        graph.insert(QStringLiteral("displayName"), call.string(QStringLiteral("DisplayName")));
    if (call.has(QStringLiteral("Description")))
        graph.insert(QStringLiteral("description"), call.string(QStringLiteral("Description")));
    if (call.has(QStringLiteral("Alias"))) {
        const QString alias = call.string(QStringLiteral("Alias"));
        if (!RecipientResolver::isValidAlias(alias))
            return ExchangeCmdletResult::validation(
                QStringLiteral("The alias \"%1\" contains characters that aren't valid.").arg(alias));
        graph.insert(QStringLiteral("mailNickname"), alias);
    }
    if (call.has(QStringLiteral("EmailAddresses")) || call.has(QStringLiteral("PrimarySmtpAddress"))) {
        QString primary = before.value(QLatin1String("PrimarySmtpAddress")).toString();
        QJsonArray proxies = before.value(QLatin1String("EmailAddresses")).toArray();
        const ExchangeCmdletResult applied = ProxyAddressEditor(m_tenant).apply(call, id, &primary, &proxies);
        if (applied.failed())
            return applied;
        graph.insert(QStringLiteral("mail"), primary);
        graph.insert(QStringLiteral("proxyAddresses"), proxies);
    }
    if (call.has(QStringLiteral("ManagedBy"))) {
        const ExchangeCmdletCall::MultiValue change = call.multiValue(QStringLiteral("ManagedBy"));
        QStringList add;
        QStringList remove;
        if (!resolveAll(resolver, change.replace ? change.values : change.add, &add, &failure) ||
            !resolveAll(resolver, change.remove, &remove, &failure))
            return failure;
        if (change.replace)
            managers.clear();
        for (const QString &m : add) {
            if (!managers.contains(m))
                managers.append(m);
        }
        for (const QString &m : remove)
            managers.removeAll(m);
    }

    const quint64 sequence = m_tenant.nextSequence();
    m_tenant.mailboxes.insert(id, extras);
    m_tenant.groupOwners.insert(id, managers);
    m_tenant.groups.update(id, graph, sequence);
    return ExchangeCmdletResult::ok();
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::removeGroup(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter({QStringLiteral("Identity"), Bypass});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    QString id;
    ExchangeCmdletResult failure;
    if (!resolveGroup(call, true, &id, &failure) || !managerCheck(call, id, &failure))
        return failure;
    // Distribution lists are not restorable: they leave the directory at once.
    m_tenant.groups.hardDelete(id, m_tenant.nextSequence());
    m_tenant.groupMembers.remove(id);
    m_tenant.groupOwners.remove(id);
    m_tenant.mailboxes.remove(id);
    for (int i = m_tenant.recipientPermissions.size() - 1; i >= 0; --i) {
        if (m_tenant.recipientPermissions[i].value(QLatin1String("MailboxId")).toString() == id)
            m_tenant.recipientPermissions.removeAt(i);
    }
    return ExchangeCmdletResult::ok();
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::getMembers(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter({QStringLiteral("Identity"), QStringLiteral("ResultSize")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    QString id;
    ExchangeCmdletResult failure;
    if (!resolveGroup(call, false, &id, &failure))
        return failure;
    const RecipientResolver resolver(m_tenant);
    ExchangeCmdletResult result;
    for (const QString &member : m_tenant.groupMembers.value(id))
        result.rows.append(memberRow(resolver, member));
    return result;
}

ExchangeCmdletResult ExchangeDistributionGroupCmdlets::changeMember(const ExchangeCmdletCall &call, bool add)
{
    const QString unknown =
        call.unknownParameter({QStringLiteral("Identity"), QStringLiteral("Member"), Bypass});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    if (!call.has(QStringLiteral("Member")))
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Member"));
    QString id;
    ExchangeCmdletResult failure;
    if (!resolveGroup(call, true, &id, &failure) || !managerCheck(call, id, &failure))
        return failure;
    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient member;
    const QString memberIdentity = call.string(QStringLiteral("Member"));
    if (!resolver.resolveFor(memberIdentity, RecipientResolver::Any, false, &member, &failure))
        return failure;
    const bool isMember = m_tenant.groupMembers.value(id).contains(member.id);
    const QString groupName = resolver.name(id);
    const QString memberName = resolver.primarySmtpAddress(member.id);
    if (add && isMember)
        return ExchangeCmdletResult::error(
            400, QStringLiteral("Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException"),
            QStringLiteral("The recipient \"%1\" is already a member of the group \"%2\".")
                .arg(memberName, groupName));
    if (!add && !isMember)
        return ExchangeCmdletResult::error(
            400, QStringLiteral("Microsoft.Exchange.Management.Tasks.MemberNotFoundException"),
            QStringLiteral("The recipient \"%1\" isn't a member of the group \"%2\".")
                .arg(memberName, groupName));
    if (member.id == id)
        return ExchangeCmdletResult::validation(QStringLiteral("A group can't be a member of itself."));
    const quint64 sequence = m_tenant.nextSequence();
    if (add)
        addMember(id, member.id, sequence);
    else
        removeMember(id, member.id, sequence);
    return ExchangeCmdletResult::ok();
}
