#pragma once

#include "core/mailbox.h"
#include "core/mailboxpermission.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Exchange Online's mailbox objects (Get-Mailbox, Get-MailboxPermission, Get-RecipientPermission through
// InvokeCommand or the Admin API) -> Mailbox and MailboxPermission.
class MailboxMapper
{
public:
    static Mailbox fromExchange(const QJsonObject &object);
    // Full Access entries of one Get-MailboxPermission row (rights other than FullAccess are not ours).
    static QList<MailboxPermission> fromMailboxPermission(const QString &mailboxId, const QJsonObject &row);
    // Send As entries of one Get-RecipientPermission row.
    static QList<MailboxPermission> fromRecipientPermission(const QString &mailboxId, const QJsonObject &row);
    // Send on Behalf: a property of the mailbox.
    static QList<MailboxPermission> sendOnBehalf(const Mailbox &mailbox);

private:
    static QStringList strings(const QJsonValue &value);
};
