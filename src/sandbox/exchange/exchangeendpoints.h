#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/common/sandboxoptions.h"
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
// Exchange warns, and Exchange's error envelope when a cmdlet fails. With the realism switches
// "exchange-sparse" a successful write cmdlet answers 204 or {"value":null} in turn, and with
// "exchange-errors" the error envelope rotates over the three shapes seen from the real service.
class ExchangeEndpoints : public EndpointFamily
{
public:
    explicit ExchangeEndpoints(Tenant &tenant, const SandboxOptions::Realism &realism = {});
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

    SandboxResponse error(const SandboxRequest &request, const ExchangeCmdletResult &result);
    // A successful write cmdlet's answer under "exchange-sparse": 204, or 200 with "value":null.
    SandboxResponse sparseReply(const QJsonObject &response);
    static SandboxResponse plainError(const SandboxRequest &request, int status, const QString &code,
                                      const QString &message);

    Tenant &m_tenant;
    SandboxOptions::Realism m_realism;
    int m_sparseReplies = 0; // alternates the two sparse forms
    int m_errorReplies = 0;  // rotates the error shapes
    std::vector<std::unique_ptr<ExchangeCmdletSet>> m_sets;
};
