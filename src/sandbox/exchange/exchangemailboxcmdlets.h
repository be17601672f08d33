#pragma once

#include "sandbox/exchange/exchangecmdletset.h"

#include <QJsonObject>

class Tenant;

// Get-Mailbox, New-Mailbox (shared, room, equipment and user mailboxes) and Set-Mailbox. A mailbox is a
// tenant.users user plus its tenant.mailboxes entry; names and addresses are kept in step with Graph.
class ExchangeMailboxCmdlets : public ExchangeCmdletSet
{
public:
    explicit ExchangeMailboxCmdlets(Tenant &tenant);

    QStringList cmdlets() const override;
    ExchangeCmdletResult invoke(const ExchangeCmdletCall &call) override;

    // A Get-Mailbox output object.
    static QJsonObject mailboxRow(const Tenant &tenant, const QString &ownerId,
                                  bool sendOnBehalfDisplayNames);

private:
    ExchangeCmdletResult getMailbox(const ExchangeCmdletCall &call);
    ExchangeCmdletResult newMailbox(const ExchangeCmdletCall &call);
    ExchangeCmdletResult setMailbox(const ExchangeCmdletCall &call);

    Tenant &m_tenant;
};
