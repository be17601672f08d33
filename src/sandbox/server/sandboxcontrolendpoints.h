#pragma once

#include "sandbox/common/endpointfamily.h"

class SandboxServer;
class Tenant;

// The sandbox's own control surface for tests and trainers (never used by the console, no token needed):
//   POST /_sandbox/expire-delta-tokens          forget every change log up to now (delta tokens expire)
//   POST /_sandbox/touch-users {"count":N}      change N users' jobTitle; answers {"ids":[…]}
//   POST /_sandbox/faults {"spec":"503=0.05,…"} injected faults, as --faults
//   POST /_sandbox/throttle {"profile":"storm"} throttling profile: off | gentle | graph | storm
//   POST /_sandbox/latency {"min":A,"max":B}    response latency in milliseconds
//   GET  /_sandbox/stats                        request count and object counts
//   GET  /_sandbox/arrivals?client-request-id=X how often the API request with that client-request-id arrived
//   GET  /_sandbox/arrivals                     ids seen, and every id that arrived more than once
//   DELETE /_sandbox/arrivals                   forget the arrivals counted so far
class SandboxControlEndpoints : public EndpointFamily
{
public:
    SandboxControlEndpoints(Tenant &tenant, SandboxServer &server);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::None; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse expireDeltaTokens();
    SandboxResponse touchUsers(const QJsonObject &body, const SandboxRequest &request);
    SandboxResponse stats() const;
    SandboxResponse arrivals(const SandboxRequest &request);

    Tenant &m_tenant;
    SandboxServer &m_server;
};
