#pragma once

#include "sandbox/common/endpointfamily.h"

#include <QJsonObject>

class Tenant;

// The tenant's service principals, one per registered application (Tenant::apps), read only:
//   GET /v1.0/servicePrincipals/{id}
//   GET /v1.0/servicePrincipals(appId='{appId}')     the alternate key Graph documents for v1.0
// with $select. Reading needs Application.Read.All, Application.ReadWrite.All, Directory.Read.All or
// Directory.ReadWrite.All (delegated or application), as in Microsoft Graph.
class GraphServicePrincipalEndpoints : public EndpointFamily
{
public:
    explicit GraphServicePrincipalEndpoints(const Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    // The service principal of the app with this id or client id; empty when there is none.
    QJsonObject find(const QString &id, bool byAppId) const;

    const Tenant &m_tenant;
};
