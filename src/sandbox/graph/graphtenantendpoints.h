#pragma once

#include "sandbox/common/endpointfamily.h"

class Tenant;

// Tenant-wide Graph resources: GET /organization (a collection of one) and /organization/{id},
// GET /subscribedSkus (only $select) and /subscribedSkus/{id}, GET and PATCH
// /policies/authorizationPolicy (the singleton behind self-service sign-up).
class GraphTenantEndpoints : public EndpointFamily
{
public:
    explicit GraphTenantEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse organization(const SandboxRequest &request, const QString &id);
    SandboxResponse subscribedSkus(const SandboxRequest &request, const QString &id);
    SandboxResponse domains(const SandboxRequest &request, const QString &id);
    QVector<QJsonObject> domainObjects() const;
    SandboxResponse getAuthorizationPolicy(const SandboxRequest &request);
    SandboxResponse patchAuthorizationPolicy(const SandboxRequest &request);
    QJsonObject organizationObject() const;
    QJsonObject authorizationPolicyObject() const;

    Tenant &m_tenant;
};
