#include "graph/mappers/mailboxmapper.h"

namespace {
QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

QStringList MailboxMapper::strings(const QJsonValue &value)
{
    // Exchange gives multi-valued properties as arrays, or as one string when there is a single value.
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            list.append(item.toString());
    } else if (value.isString() && !value.toString().isEmpty()) {
        list = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &item : list)
            item = item.trimmed();
    }
    return list;
}

Mailbox MailboxMapper::fromExchange(const QJsonObject &object)
{
    Mailbox mailbox;
    mailbox.id = text(object, "Guid");
    if (mailbox.id.isEmpty())
        mailbox.id = text(object, "Identity");
    mailbox.userId = text(object, "ExternalDirectoryObjectId");
    mailbox.displayName = text(object, "DisplayName");
    mailbox.alias = text(object, "Alias");
    mailbox.primarySmtpAddress = text(object, "PrimarySmtpAddress");
    mailbox.emailAddresses = strings(object.value(QLatin1String("EmailAddresses")));
    mailbox.kind = Mailbox::kindFromRecipientType(text(object, "RecipientTypeDetails"));
    mailbox.hiddenFromAddressList = object.value(QLatin1String("HiddenFromAddressListsEnabled")).toBool();
    mailbox.grantSendOnBehalfTo = strings(object.value(QLatin1String("GrantSendOnBehalfTo")));
    return mailbox;
}

QList<MailboxPermission> MailboxMapper::fromMailboxPermission(const QString &mailboxId,
                                                              const QJsonObject &row)
{
    QList<MailboxPermission> permissions;
    const QString user = text(row, "User");
    if (user.isEmpty() || user.startsWith(QLatin1String("NT AUTHORITY\\"), Qt::CaseInsensitive))
        return permissions; // SELF and system entries are not people's access
    for (const QString &right : strings(row.value(QLatin1String("AccessRights")))) {
        if (right.compare(QLatin1String("FullAccess"), Qt::CaseInsensitive) != 0)
            continue;
        permissions.append({mailboxId, user, MailboxPermission::Right::FullAccess,
                            row.value(QLatin1String("IsInherited")).toBool(),
                            row.value(QLatin1String("Deny")).toBool()});
    }
    return permissions;
}

QList<MailboxPermission> MailboxMapper::fromRecipientPermission(const QString &mailboxId,
                                                                const QJsonObject &row)
{
    QList<MailboxPermission> permissions;
    const QString trustee = text(row, "Trustee");
    if (trustee.isEmpty() || trustee.startsWith(QLatin1String("NT AUTHORITY\\"), Qt::CaseInsensitive))
        return permissions;
    for (const QString &right : strings(row.value(QLatin1String("AccessRights")))) {
        if (right.compare(QLatin1String("SendAs"), Qt::CaseInsensitive) != 0)
            continue;
        permissions.append(
            {mailboxId, trustee, MailboxPermission::Right::SendAs,
             row.value(QLatin1String("IsInherited")).toBool(),
             text(row, "AccessControlType").compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0});
    }
    return permissions;
}

QList<MailboxPermission> MailboxMapper::sendOnBehalf(const Mailbox &mailbox)
{
    QList<MailboxPermission> permissions;
    for (const QString &trustee : mailbox.grantSendOnBehalfTo)
        permissions.append({mailbox.id, trustee, MailboxPermission::Right::SendOnBehalf, false, false});
    return permissions;
}
