#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/exchange/exchangecmdletset.h"

#include <QHash>

#include <memory>
#include <vector>

class Tenant;

// Exchange Online's admin REST endpoints, as ExchangeOnlineManagement v3 and CIPP call them:
//   POST /adminapi/beta/{tenant}/InvokeCommand[?$select=...]   {"CmdletInput":{"CmdletName","Parameters"}}
//   POST /adminapi/beta/{tenant}/$batch                        {"requests":[{id, method, url, body}]}
//   POST /adminapi/v2.0/{tenant}/{Mailbox|MailboxFolderPermission|DistributionGroupMember|
//                                 OrganizationConfig|AcceptedDomain}   (the documented Admin API)
// {tenant} is the tenant id or one of its domains. Answers {"@odata.context","value":[...]} paged by
// "Prefer: odata.maxpagesize=N" (re-POST the same body to @odata.nextLink), "@adminapi.warnings" when
// Exchange warns, and Exchange's error envelope when a cmdlet fails.
class ExchangeEndpoints : public EndpointFamily
{
public:
    explicit ExchangeEndpoints(Tenant &tenant);
    ~ExchangeEndpoints() override;

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Exchange; }
    SandboxResponse handle(SandboxRequest &request) override;

    // The Admin API v2.0 endpoints and, per endpoint, the cmdlets it runs with the parameters each
    // accepts there (empty = all of the cmdlet's parameters).
    static QHash<QString, QHash<QString, QStringList>> v2Endpoints();

private:
    SandboxResponse invokeCommand(const SandboxRequest &request, const QString &version,
                                  const QString &tenantSegment, const QString &endpoint);
    SandboxResponse batch(const SandboxRequest &request, const QString &tenantSegment);
    // Checks the token's Exchange permission and the user's Exchange role; fills the scope.
    bool authorize(const SandboxRequest &request, const QString &version, bool *tenantWide,
                   QStringList *units, SandboxResponse *failure) const;
    bool isTenantSegment(const QString &segment) const;
    ExchangeCmdletSet *findCmdlet(const QString &name, QString *canonical) const;

    static SandboxResponse error(const SandboxRequest &request, const ExchangeCmdletResult &result);
    static SandboxResponse plainError(const SandboxRequest &request, int status, const QString &code,
                                      const QString &message);

    Tenant &m_tenant;
    std::vector<std::unique_ptr<ExchangeCmdletSet>> m_sets;
};
