#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/directory/directorypager.h"
#include "sandbox/odata/directoryschema.h"

class Tenant;

// Graph v1.0 groups: GET /groups (the same query engine as users, with group properties), GET /groups/$count,
// POST /groups (Microsoft 365 and security groups only), GET/PATCH/DELETE /groups/{id}. Deleting a
// Microsoft 365 group moves it to the deleted items; a security group is deleted permanently.
class GraphGroupsEndpoints : public EndpointFamily
{
public:
    explicit GraphGroupsEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse count(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &id);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse update(const SandboxRequest &request, const QString &id);
    SandboxResponse remove(const SandboxRequest &request, const QString &id);
    bool mayChange(const SandboxCaller &caller, const QString &groupId) const;

    Tenant &m_tenant;
    DirectorySchema m_schema;
    DirectoryPager m_pager;
};
