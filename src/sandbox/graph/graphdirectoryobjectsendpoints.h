#pragma once

#include "sandbox/common/endpointfamily.h"

#include <QStringList>

class Tenant;

// Graph v1.0 reads across object types: GET /directoryObjects/{id}, POST /directoryObjects/getByIds, and the
// groups and administrative units an object belongs to: GET /users/{id}/memberOf|transitiveMemberOf,
// GET /groups/{id}/memberOf|transitiveMemberOf (also /me/…), each with /$count; GET /users/{id}/manager
// (404: the sandbox keeps no manager relationships) and /users/{id}/directReports (empty).
class GraphDirectoryObjectsEndpoints : public EndpointFamily
{
public:
    explicit GraphDirectoryObjectsEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse memberOf(const SandboxRequest &request, const QString &objectId, bool transitive,
                             bool countOnly);
    SandboxResponse get(const SandboxRequest &request, const QString &id);
    SandboxResponse getByIds(const SandboxRequest &request);
    // Groups and administrative units that list `objectId` as a member (directly).
    QStringList containersOf(const QString &objectId) const;

    Tenant &m_tenant;
};
