#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/directory/directorypager.h"
#include "sandbox/odata/directoryschema.h"

class Tenant;

// Graph v1.0 users: GET /users (the full query engine: $select, $filter, $orderby, $search, $count, $top and
// paging), GET /users/$count, GET/PATCH/DELETE /users/{id | userPrincipalName}, POST /users, GET /me.
// Deleting a user moves it to the deleted items (restorable for 30 days).
class GraphUsersEndpoints : public EndpointFamily
{
public:
    explicit GraphUsersEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse count(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &idOrUpn);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse update(const SandboxRequest &request, const QString &idOrUpn);
    SandboxResponse remove(const SandboxRequest &request, const QString &idOrUpn);

    Tenant &m_tenant;
    DirectorySchema m_schema;
    DirectoryPager m_pager;
};
