#pragma once

#include "sandbox/exchange/exchangecmdletset.h"

#include <QJsonObject>

class RecipientResolver;
class Tenant;

// Full Access and Send As: Add-/Remove-/Get-MailboxPermission (tenant.mailboxPermissions) and
// Add-/Remove-/Get-RecipientPermission (tenant.recipientPermissions). Rows come out as Exchange shows
// them, including the mailbox's own NT AUTHORITY\SELF entry.
class ExchangePermissionCmdlets : public ExchangeCmdletSet
{
public:
    explicit ExchangePermissionCmdlets(Tenant &tenant);

    QStringList cmdlets() const override;
    ExchangeCmdletResult invoke(const ExchangeCmdletCall &call) override;

private:
    ExchangeCmdletResult getMailboxPermission(const ExchangeCmdletCall &call);
    ExchangeCmdletResult changeMailboxPermission(const ExchangeCmdletCall &call, bool add);
    ExchangeCmdletResult getRecipientPermission(const ExchangeCmdletCall &call);
    ExchangeCmdletResult changeRecipientPermission(const ExchangeCmdletCall &call, bool add);

    // Index of the row for mailbox + principal in `rows` (key names differ per table); -1 when none.
    static int findRow(const QVector<QJsonObject> &rows, const QString &mailboxId, const char *principalKey,
                       const QString &principalId);
    QJsonObject mailboxPermissionRow(const RecipientResolver &resolver, const QJsonObject &entry) const;
    QJsonObject recipientPermissionRow(const RecipientResolver &resolver, const QJsonObject &entry) const;

    Tenant &m_tenant;
};
