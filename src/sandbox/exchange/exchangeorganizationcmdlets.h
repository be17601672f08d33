#pragma once

#include "sandbox/exchange/exchangecmdletset.h"

class Tenant;

// Organisation-wide reads: Get-OrganizationConfig, Get-AcceptedDomain and Get-SharingPolicy.
class ExchangeOrganizationCmdlets : public ExchangeCmdletSet
{
public:
    explicit ExchangeOrganizationCmdlets(const Tenant &tenant);

    QStringList cmdlets() const override;
    ExchangeCmdletResult invoke(const ExchangeCmdletCall &call) override;

    // The tenant's sharing policies; Exchange's built-in default when none are stored.
    static QJsonArray sharingPolicies(const Tenant &tenant);

private:
    ExchangeCmdletResult organizationConfig(const ExchangeCmdletCall &call) const;
    ExchangeCmdletResult acceptedDomains(const ExchangeCmdletCall &call) const;
    ExchangeCmdletResult sharingPolicy(const ExchangeCmdletCall &call) const;

    const Tenant &m_tenant;
};
