#pragma once

#include "sandbox/common/endpointfamily.h"

#include <QJsonObject>

class Tenant;

// Administrative units (one per school): GET/POST /directory/administrativeUnits, GET /{id},
// GET /{id}/members, POST /{id}/members/$ref, DELETE /{id}/members/{memberId}/$ref,
// GET/POST /{id}/scopedRoleMembers, GET/DELETE /{id}/scopedRoleMembers/{membershipId}.
// Scoped role memberships are the tenant's role assignments whose scope is the unit.
// /directory/administrativeUnits/delta is not served here.
class GraphAdministrativeUnitEndpoints : public EndpointFamily
{
public:
    explicit GraphAdministrativeUnitEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &unitId);
    SandboxResponse create(const SandboxRequest &request);
    SandboxResponse listMembers(const SandboxRequest &request, const QString &unitId);
    SandboxResponse addMember(const SandboxRequest &request, const QString &unitId);
    SandboxResponse removeMember(const SandboxRequest &request, const QString &unitId,
                                 const QString &memberId);
    SandboxResponse scopedRoleMembers(const SandboxRequest &request, const QString &unitId,
                                      const QString &membershipId);

    bool mayRead(const SandboxCaller &caller) const;
    bool mayWrite(const SandboxCaller &caller) const;
    // The unit as Graph returns it: every property of the type present, null when unset.
    static QJsonObject unitView(const QJsonObject &unit);

    Tenant &m_tenant;
};
