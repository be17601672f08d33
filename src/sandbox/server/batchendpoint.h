#pragma once

#include "sandbox/common/endpointfamily.h"

#include <QJsonObject>
#include <QRandomGenerator>

class SandboxServer;

// Graph JSON batching: POST /v1.0/$batch with up to 20 requests ({id, method, url, headers, body,
// dependsOn}). Each item runs through SandboxServer::dispatch with the batch's caller, so it is authorised
// and throttled on its own (an inner 429 carries its own Retry-After); an item whose dependency failed gets
// 424. The answer is {"responses":[{id, status, headers, body}]} in request order. With the realism switch
// "batch-faults=RATE" an item is answered 503 or 504 at that rate (seeded), inside the batch's 200.
class BatchEndpoint : public EndpointFamily
{
public:
    explicit BatchEndpoint(SandboxServer &server);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

    static constexpr int kMaxRequests = 20;

private:
    // Checks the batch's shape; false with Graph's 400 in `failure`.
    static bool validate(const SandboxRequest &request, const QJsonObject &body, SandboxResponse *failure);
    QJsonObject run(const SandboxRequest &outer, const QJsonObject &item);

    SandboxServer &m_server;
    QRandomGenerator m_random;
};
