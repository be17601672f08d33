#pragma once

#include "sandbox/exchange/exchangecmdletset.h"

#include <QJsonObject>

class RecipientResolver;
class Tenant;

// Distribution lists and mail-enabled security groups: New-/Set-/Remove-/Get-DistributionGroup and
// Add-/Remove-/Get-DistributionGroupMember. A group is a tenant.groups Graph group (mailEnabled, groupTypes
// []), its members tenant.groupMembers (logged in tenant.membershipLog), its managers tenant.groupOwners;
// Exchange-only settings live in its tenant.mailboxes entry (keyed by the group id).
class ExchangeDistributionGroupCmdlets : public ExchangeCmdletSet
{
public:
    explicit ExchangeDistributionGroupCmdlets(Tenant &tenant);

    QStringList cmdlets() const override;
    ExchangeCmdletResult invoke(const ExchangeCmdletCall &call) override;

private:
    ExchangeCmdletResult getGroup(const ExchangeCmdletCall &call);
    ExchangeCmdletResult newGroup(const ExchangeCmdletCall &call);
    ExchangeCmdletResult setGroup(const ExchangeCmdletCall &call);
    ExchangeCmdletResult removeGroup(const ExchangeCmdletCall &call);
    ExchangeCmdletResult getMembers(const ExchangeCmdletCall &call);
    ExchangeCmdletResult changeMember(const ExchangeCmdletCall &call, bool add);

    // Resolves -Identity to a distribution group the caller may read (or, with `write`, change).
    bool resolveGroup(const ExchangeCmdletCall &call, bool write, QString *groupId,
                      ExchangeCmdletResult *failure) const;
    // Exchange refuses changes by someone who isn't a manager unless -BypassSecurityGroupManagerCheck.
    bool managerCheck(const ExchangeCmdletCall &call, const QString &groupId,
                      ExchangeCmdletResult *failure) const;
    bool resolveAll(const RecipientResolver &resolver, const QStringList &identities, QStringList *ids,
                    ExchangeCmdletResult *failure) const;
    QJsonObject groupRow(const RecipientResolver &resolver, const QString &groupId) const;
    QJsonObject memberRow(const RecipientResolver &resolver, const QString &memberId) const;
    void addMember(const QString &groupId, const QString &memberId, quint64 sequence);
    void removeMember(const QString &groupId, const QString &memberId, quint64 sequence);

    Tenant &m_tenant;
};
