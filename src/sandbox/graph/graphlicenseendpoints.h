#pragma once

#include "sandbox/common/endpointfamily.h"

class Tenant;

// POST /users/{id|upn}/assignLicense (and /me/assignLicense): adds and removes licences atomically,
// keeps each subscribedSku's consumedUnits in step, and records the user change so delta reports it.
// Fails as Graph does for a user without a usage location, an unknown skuId, a licence the user does
// not hold, and a subscription with no free seats (prepaidUnits.enabled - consumedUnits).
class GraphLicenseEndpoints : public EndpointFamily
{
public:
    explicit GraphLicenseEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    // Index of the subscribedSku with `skuId` in tenant.subscribedSkus; -1 when the tenant has none.
    qsizetype skuIndex(const QString &skuId) const;

    Tenant &m_tenant;
};
