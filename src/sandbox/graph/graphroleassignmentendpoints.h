#pragma once

#include "sandbox/common/endpointfamily.h"

class Tenant;

// Unified RBAC role assignments: GET /roleManagement/directory/roleAssignments (with
// $filter=principalId eq '…' and directoryScopeId eq '…', roleDefinitionId, id), POST (201), and
// GET/DELETE /roleManagement/directory/roleAssignments/{id}. Backed by tenant.roleAssignments, the same
// assignments the tenant's scope rules (canManageObject) read.
class GraphRoleAssignmentEndpoints : public EndpointFamily
{
public:
    explicit GraphRoleAssignmentEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse one(const SandboxRequest &request, const QString &id);

    Tenant &m_tenant;
};
