#include "sandbox/exchange/exchangemailboxcmdlets.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/proxyaddresseditor.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QString GetMailbox = QStringLiteral("Get-Mailbox");
const QString NewMailbox = QStringLiteral("New-Mailbox");
const QString SetMailbox = QStringLiteral("Set-Mailbox");
const int DefaultResultSize = 1000;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString aliasFrom(const QString &text)
{
    QString alias = text;
    alias.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]")));
    while (alias.startsWith(QLatin1Char('.')))
        alias.remove(0, 1);
    while (alias.endsWith(QLatin1Char('.')))
        alias.chop(1);
    return alias.left(64);
}
} // namespace

ExchangeMailboxCmdlets::ExchangeMailboxCmdlets(Tenant &tenant) : m_tenant(tenant)
{}

QStringList ExchangeMailboxCmdlets::cmdlets() const
{
    return {GetMailbox, NewMailbox, SetMailbox};
}

ExchangeCmdletResult ExchangeMailboxCmdlets::invoke(const ExchangeCmdletCall &call)
{
    if (call.name() == GetMailbox)
        return getMailbox(call);
    if (call.name() == NewMailbox)
        return newMailbox(call);
    return setMailbox(call);
}

QJsonObject ExchangeMailboxCmdlets::mailboxRow(const Tenant &tenant, const QString &ownerId,
                                               bool sendOnBehalfDisplayNames)
{
    const RecipientResolver resolver(tenant);
    const QJsonObject box = resolver.mailbox(ownerId);
    const std::optional<QJsonObject> user = tenant.users.find(ownerId);
    const QString type = box.value(QLatin1String("RecipientTypeDetails")).toString();
    QJsonArray onBehalf;
    QJsonArray onBehalfNames;
    for (const QJsonValue &id : box.value(QLatin1String("GrantSendOnBehalfTo")).toArray()) {
        onBehalf.append(resolver.name(id.toString()));
        onBehalfNames.append(resolver.displayName(id.toString()));
    }
    const QString name = box.value(QLatin1String("Name")).toString();
    QJsonObject row{
        {QStringLiteral("Identity"), name},
        {QStringLiteral("Id"), name},
        {QStringLiteral("Name"), name},
        {QStringLiteral("Alias"), box.value(QLatin1String("Alias"))},
        {QStringLiteral("DisplayName"), box.value(QLatin1String("DisplayName"))},
        {QStringLiteral("PrimarySmtpAddress"), box.value(QLatin1String("PrimarySmtpAddress"))},
        {QStringLiteral("WindowsEmailAddress"), box.value(QLatin1String("PrimarySmtpAddress"))},
        {QStringLiteral("UserPrincipalName"), user->value(QLatin1String("userPrincipalName"))},
        {QStringLiteral("MicrosoftOnlineServicesID"), user->value(QLatin1String("userPrincipalName"))},
        {QStringLiteral("EmailAddresses"), box.value(QLatin1String("EmailAddresses"))},
        {QStringLiteral("RecipientType"), QStringLiteral("UserMailbox")},
        {QStringLiteral("RecipientTypeDetails"), type},
        {QStringLiteral("IsShared"), type == QLatin1String("SharedMailbox")},
        {QStringLiteral("IsMailboxEnabled"), true},
        {QStringLiteral("AccountDisabled"), !user->value(QLatin1String("accountEnabled")).toBool(true)},
        {QStringLiteral("HiddenFromAddressListsEnabled"),
         box.value(QLatin1String("HiddenFromAddressListsEnabled"))},
        {QStringLiteral("GrantSendOnBehalfTo"), onBehalf},
        {QStringLiteral("ExternalDirectoryObjectId"), ownerId},
        {QStringLiteral("Guid"), box.value(QLatin1String("Guid"))},
        {QStringLiteral("ExchangeGuid"), box.value(QLatin1String("Guid"))},
        {QStringLiteral("WhenCreated"), user->value(QLatin1String("createdDateTime"))},
        {QStringLiteral("UsageLocation"), user->value(QLatin1String("usageLocation"))},
    };
    if (sendOnBehalfDisplayNames)
        row.insert(QStringLiteral("GrantSendOnBehalfToWithDisplayNames"), onBehalfNames);
    return row;
}

ExchangeCmdletResult ExchangeMailboxCmdlets::getMailbox(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("RecipientTypeDetails"), QStringLiteral("ResultSize"),
         QStringLiteral("IncludeGrantSendOnBehalfToWithDisplayNames")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const RecipientResolver resolver(m_tenant);
    const bool displayNames = call.boolean(QStringLiteral("IncludeGrantSendOnBehalfToWithDisplayNames"));

    if (call.has(QStringLiteral("Identity"))) {
        const QString identity = call.string(QStringLiteral("Identity"));
        RecipientResolver::Recipient r;
        ExchangeCmdletResult failure;
        if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes, true, &r, &failure))
            return failure;
        if (!call.inScope(m_tenant, r.id))
            return ExchangeCmdletResult::objectNotFound(identity);
        return ExchangeCmdletResult::ok({mailboxRow(m_tenant, r.id, displayNames)});
    }

    QStringList types;
    for (const QString &t : call.list(QStringLiteral("RecipientTypeDetails")))
        types += t.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &t : types) {
        t = t.trimmed();
        if (!RecipientResolver::isMailboxType(t))
            return ExchangeCmdletResult::invalidValue(
                QStringLiteral("RecipientTypeDetails"), t,
                QStringLiteral("UserMailbox, SharedMailbox, RoomMailbox, EquipmentMailbox"));
    }
    int limit = DefaultResultSize;
    const QString resultSize = call.string(QStringLiteral("ResultSize"));
    if (resultSize.compare(QLatin1String("Unlimited"), Qt::CaseInsensitive) == 0) {
        limit = -1;
    } else if (!resultSize.isEmpty()) {
        bool ok = false;
        limit = resultSize.toInt(&ok);
        if (!ok || limit <= 0)
            return ExchangeCmdletResult::invalidValue(QStringLiteral("ResultSize"), resultSize,
                                                      QStringLiteral("Unlimited"));
    }

    ExchangeCmdletResult result;
    for (const QString &id : resolver.mailboxOwners()) {
        if (!call.inScope(m_tenant, id))
            continue;
        if (!types.isEmpty() && !types.contains(resolver.recipientTypeDetails(id), Qt::CaseInsensitive))
            continue;
        if (limit >= 0 && result.rows.size() >= limit) {
            result.warnings.append(
                QStringLiteral("There are more results available than are currently displayed. "
                               "To view them, increase the value for the ResultSize parameter."));
            break;
        }
        result.rows.append(mailboxRow(m_tenant, id, displayNames));
    }
    return result;
}

ExchangeCmdletResult ExchangeMailboxCmdlets::newMailbox(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Shared"), QStringLiteral("Room"), QStringLiteral("Equipment"),
         QStringLiteral("Name"), QStringLiteral("DisplayName"), QStringLiteral("PrimarySmtpAddress"),
         QStringLiteral("Alias"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
         QStringLiteral("MicrosoftOnlineServicesID"), QStringLiteral("Password"),
         QStringLiteral("ResetPasswordOnNextLogon")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    if (!call.tenantWide())
        return ExchangeCmdletResult::outOfWriteScope(call.name(), call.string(QStringLiteral("Name")));
    const QString name = call.string(QStringLiteral("Name")).trimmed();
    if (name.isEmpty())
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Name"));

    QString type = QStringLiteral("UserMailbox");
    if (call.boolean(QStringLiteral("Shared")))
        type = QStringLiteral("SharedMailbox");
    else if (call.boolean(QStringLiteral("Room")))
        type = QStringLiteral("RoomMailbox");
    else if (call.boolean(QStringLiteral("Equipment")))
        type = QStringLiteral("EquipmentMailbox");
    const QString onlineId = call.string(QStringLiteral("MicrosoftOnlineServicesID"));
    if (type == QLatin1String("UserMailbox") && onlineId.isEmpty())
        return ExchangeCmdletResult::missingParameter(call.name(),
                                                      QStringLiteral("MicrosoftOnlineServicesID, Password"));

    const RecipientResolver resolver(m_tenant);
    if (resolver.nameInUse(name))
        return ExchangeCmdletResult::error(
            400, QStringLiteral("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException"),
            QStringLiteral("The name \"%1\" is already being used. Please try another name.").arg(name));

    QString primary = call.string(QStringLiteral("PrimarySmtpAddress")).trimmed();
    if (primary.isEmpty())
        primary = onlineId;
    QString alias = call.string(QStringLiteral("Alias")).trimmed();
    if (alias.isEmpty())
        alias = aliasFrom(primary.isEmpty() ? name : primary.section(QLatin1Char('@'), 0, 0));
    if (!RecipientResolver::isValidAlias(alias))
        return ExchangeCmdletResult::validation(
            QStringLiteral(
                "The alias \"%1\" contains characters that aren't valid. Only ASCII letters, digits and "
                "! # $ % & ' * + - / = ? ^ _ ` { | } ~ . are allowed.")
                .arg(alias.isEmpty() ? name : alias));
    if (primary.isEmpty())
        primary = alias + QLatin1Char('@') + resolver.defaultDomain();
    const ProxyAddressEditor addresses(m_tenant);
    const ExchangeCmdletResult addressCheck = addresses.check(primary, QString());
    if (addressCheck.failed())
        return addressCheck;
    const QString upn = onlineId.isEmpty() ? primary : onlineId;
    if (!onlineId.isEmpty()) {
        const ExchangeCmdletResult upnCheck = addresses.check(onlineId, QString());
        if (upnCheck.failed())
            return upnCheck;
    }

    const QString displayName =
        call.has(QStringLiteral("DisplayName")) ? call.string(QStringLiteral("DisplayName")) : name;
    const QString id = Tenant::newGuid();
    const QJsonArray proxies = ProxyAddressEditor::proxies(primary, {});
    const QJsonValue null(QJsonValue::Null);
    const QString first = call.string(QStringLiteral("FirstName"));
    const QString last = call.string(QStringLiteral("LastName"));
    const QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("givenName"), first.isEmpty() ? null : QJsonValue(first)},
        {QStringLiteral("surname"), last.isEmpty() ? null : QJsonValue(last)},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("mail"), primary},
        {QStringLiteral("mailNickname"), alias},
        {QStringLiteral("proxyAddresses"), proxies},
        {QStringLiteral("accountEnabled"), type == QLatin1String("UserMailbox")},
        {QStringLiteral("userType"), QStringLiteral("Member")},
        {QStringLiteral("createdDateTime"), now()},
        {QStringLiteral("businessPhones"), QJsonArray()},
        {QStringLiteral("jobTitle"), null},
        {QStringLiteral("mobilePhone"), null},
        {QStringLiteral("officeLocation"), null},
        {QStringLiteral("preferredLanguage"), null},
        {QStringLiteral("usageLocation"), null},
        {QStringLiteral("department"), null},
        {QStringLiteral("assignedLicenses"), QJsonArray()},
        {QStringLiteral("onPremisesSyncEnabled"), null},
    };
    m_tenant.users.insert(user, m_tenant.nextSequence());
    m_tenant.mailboxes.insert(id, QJsonObject{
                                      {QStringLiteral("Name"), name},
                                      {QStringLiteral("DisplayName"), displayName},
                                      {QStringLiteral("Alias"), alias},
                                      {QStringLiteral("PrimarySmtpAddress"), primary},
                                      {QStringLiteral("UserPrincipalName"), upn},
                                      {QStringLiteral("EmailAddresses"), proxies},
                                      {QStringLiteral("ExternalDirectoryObjectId"), id},
                                      {QStringLiteral("RecipientTypeDetails"), type},
                                      {QStringLiteral("HiddenFromAddressListsEnabled"), false},
                                      {QStringLiteral("GrantSendOnBehalfTo"), QJsonArray()},
                                      {QStringLiteral("Guid"), Tenant::newGuid()},
                                      {QStringLiteral("CalendarFolderName"), QStringLiteral("Calendar")},
                                  });
    // A new mailbox's calendar: the organisation sees free/busy, anonymous users nothing.
    const auto entry = [](const QString &user, const QString &rights) {
        return QJsonObject{{QStringLiteral("User"), user},
                           {QStringLiteral("AccessRights"), QJsonArray{rights}},
                           {QStringLiteral("SharingPermissionFlags"), QStringLiteral("None")}};
    };
    m_tenant.calendarPermissions.insert(id,
                                        {entry(QStringLiteral("Default"), QStringLiteral("AvailabilityOnly")),
                                         entry(QStringLiteral("Anonymous"), QStringLiteral("None"))});
    return ExchangeCmdletResult::ok({mailboxRow(m_tenant, id, false)});
}

ExchangeCmdletResult ExchangeMailboxCmdlets::setMailbox(const ExchangeCmdletCall &call)
{
    const QString unknown = call.unknownParameter(
        {QStringLiteral("Identity"), QStringLiteral("HiddenFromAddressListsEnabled"),
         QStringLiteral("GrantSendOnBehalfTo"), QStringLiteral("Type"), QStringLiteral("DisplayName"),
         QStringLiteral("EmailAddresses"), QStringLiteral("PrimarySmtpAddress"), QStringLiteral("Alias"),
         QStringLiteral("Name")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const QString identity = call.string(QStringLiteral("Identity"));
    if (identity.isEmpty())
        return ExchangeCmdletResult::missingParameter(call.name(), QStringLiteral("Identity"));
    const RecipientResolver resolver(m_tenant);
    RecipientResolver::Recipient target;
    ExchangeCmdletResult failure;
    if (!resolver.resolveFor(identity, RecipientResolver::Mailboxes, true, &target, &failure))
        return failure;
    if (!call.inScope(m_tenant, target.id))
        return ExchangeCmdletResult::outOfWriteScope(call.name(), identity);

    const QJsonObject before = resolver.mailbox(target.id);
    QJsonObject box = before;
    if (call.has(QStringLiteral("HiddenFromAddressListsEnabled")))
        box.insert(QStringLiteral("HiddenFromAddressListsEnabled"),
                   call.boolean(QStringLiteral("HiddenFromAddressListsEnabled")));
    if (call.has(QStringLiteral("DisplayName")))
        box.insert(QStringLiteral("DisplayName"), call.string(QStringLiteral("DisplayName")));
    if (call.has(QStringLiteral("Name"))) {
        const QString name = call.string(QStringLiteral("Name"));
        if (name.compare(before.value(QLatin1String("Name")).toString(), Qt::CaseInsensitive) != 0 &&
            resolver.nameInUse(name))
            return ExchangeCmdletResult::error(
                400, QStringLiteral("Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException"),
                QStringLiteral("The name \"%1\" is already being used. Please try another name.").arg(name));
        box.insert(QStringLiteral("Name"), name);
    }
    if (call.has(QStringLiteral("Alias"))) {
        const QString alias = call.string(QStringLiteral("Alias"));
        if (!RecipientResolver::isValidAlias(alias))
            return ExchangeCmdletResult::validation(
                QStringLiteral("The alias \"%1\" contains characters that aren't valid.").arg(alias));
        box.insert(QStringLiteral("Alias"), alias);
    }
    if (call.has(QStringLiteral("Type"))) {
        const QString type = call.string(QStringLiteral("Type"));
        const QHash<QString, QString> types{
            {QStringLiteral("shared"), QStringLiteral("SharedMailbox")},
            {QStringLiteral("regular"), QStringLiteral("UserMailbox")},
            {QStringLiteral("room"), QStringLiteral("RoomMailbox")},
            {QStringLiteral("equipment"), QStringLiteral("EquipmentMailbox")}};
        if (!types.contains(type.toLower()))
            return ExchangeCmdletResult::invalidValue(QStringLiteral("Type"), type,
                                                      QStringLiteral("Regular, Room, Equipment, Shared"));
        box.insert(QStringLiteral("RecipientTypeDetails"), types.value(type.toLower()));
    }
    if (call.has(QStringLiteral("GrantSendOnBehalfTo"))) {
        const ExchangeCmdletCall::MultiValue change = call.multiValue(QStringLiteral("GrantSendOnBehalfTo"));
        QStringList ids =
            change.replace
                ? QStringList()
                : ExchangeCmdletCall::toStringList(box.value(QLatin1String("GrantSendOnBehalfTo")));
        const auto resolveAll = [&](const QStringList &identities, QStringList *out) {
            for (const QString &who : identities) {
                RecipientResolver::Recipient r;
                if (!resolver.resolveFor(who, RecipientResolver::Any, false, &r, &failure))
                    return false;
                out->append(r.id);
            }
            return true;
        };
        QStringList add;
        QStringList remove;
        if (!resolveAll(change.replace ? change.values : change.add, &add) ||
            !resolveAll(change.remove, &remove))
            return failure;
        for (const QString &id : add) {
            if (!ids.contains(id))
                ids.append(id);
        }
        for (const QString &id : remove)
            ids.removeAll(id);
        box.insert(QStringLiteral("GrantSendOnBehalfTo"), QJsonArray::fromStringList(ids));
    }
    if (call.has(QStringLiteral("EmailAddresses")) || call.has(QStringLiteral("PrimarySmtpAddress"))) {
        QString primary = box.value(QLatin1String("PrimarySmtpAddress")).toString();
        QJsonArray proxies = box.value(QLatin1String("EmailAddresses")).toArray();
        const ExchangeCmdletResult applied =
            ProxyAddressEditor(m_tenant).apply(call, target.id, &primary, &proxies);
        if (applied.failed())
            return applied;
        box.insert(QStringLiteral("PrimarySmtpAddress"), primary);
        box.insert(QStringLiteral("EmailAddresses"), proxies);
    }

    if (box == before) {
        ExchangeCmdletResult result;
        result.warnings.append(
            QStringLiteral("The command completed successfully but no settings of '%1' have been "
                           "modified.")
                .arg(before.value(QLatin1String("Name")).toString()));
        return result;
    }
    const quint64 sequence = m_tenant.nextSequence();
    m_tenant.mailboxes.insert(target.id, box);
    // Graph shows the same person: keep its name and addresses in step.
    QJsonObject graphChanges;
    const std::optional<QJsonObject> user = m_tenant.users.find(target.id);
    const auto sync = [&](const char *graphKey, const QJsonValue &value) {
        if (user->value(QLatin1String(graphKey)) != value)
            graphChanges.insert(QLatin1String(graphKey), value);
    };
    sync("displayName", box.value(QLatin1String("DisplayName")));
    sync("mail", box.value(QLatin1String("PrimarySmtpAddress")));
    sync("mailNickname", box.value(QLatin1String("Alias")));
    sync("proxyAddresses", box.value(QLatin1String("EmailAddresses")));
    if (!graphChanges.isEmpty())
        m_tenant.users.update(target.id, graphChanges, sequence);
    return ExchangeCmdletResult::ok();
}
