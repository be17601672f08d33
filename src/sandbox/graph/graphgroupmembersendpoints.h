#pragma once

#include "sandbox/common/endpointfamily.h"

class Tenant;

// Graph v1.0 group members and owners: GET /groups/{id}/members|owners|transitiveMembers (paged
// directoryObjects with their @odata.type), GET …/members/$count, POST …/members|owners/$ref,
// DELETE …/members|owners/{id}/$ref.
class GraphGroupMembersEndpoints : public EndpointFamily
{
public:
    explicit GraphGroupMembersEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse list(const SandboxRequest &request, const QString &groupId, const QString &relation,
                         bool countOnly);
    SandboxResponse addReference(const SandboxRequest &request, const QString &groupId,
                                 const QString &relation);
    SandboxResponse removeReference(const SandboxRequest &request, const QString &groupId,
                                    const QString &relation, const QString &memberId);
    bool mayChange(const SandboxCaller &caller, const QString &groupId) const;

    Tenant &m_tenant;
};
