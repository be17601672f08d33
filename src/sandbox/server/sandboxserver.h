#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/common/sandboxoptions.h"
#include "sandbox/common/throttle.h"
#include "sandbox/server/exchangeconcurrency.h"
#include "sandbox/server/heaptrimmer.h"
#include "sandbox/server/replicationlag.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QRandomGenerator>

#include <memory>
#include <vector>

class Tenant;
class TokenIssuer;

// The sandbox's HTTPS front: authenticates API calls, applies latency, throttling and injected faults,
// and hands each request to the endpoint family that serves its path.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SandboxServer(Tenant &tenant, const TokenIssuer &tokens, const SandboxOptions &options,
                  QObject *parent = nullptr);
    ~SandboxServer() override;

    void addFamily(std::unique_ptr<EndpointFamily> family);

    // Listens on 127.0.0.1 with TLS; returns the port (0 on failure, with `error`).
    quint16 start(quint16 port, const QByteArray &certificatePem, const QByteArray &keyPem, QString *error);
    QString baseUrl() const;

    // Runs a request through authentication, throttling and the families, without latency or faults:
    // what a $batch item goes through. The caller must already be set when `inheritCaller` is true.
    SandboxResponse dispatch(SandboxRequest &request, bool inheritCaller);

    void setFaults(const SandboxOptions::Faults &faults) { m_options.faults = faults; }
    void setLatency(int minMs, int maxMs);
    // The --realism switches every request is served with (tests change them, e.g. a 1 s page-token expiry).
    SandboxOptions::Realism &realism() { return m_options.realism; }
    const SandboxOptions &options() const { return m_options; }
    Throttle &throttle() { return m_throttle; }

    // Counters for tests and the start-up line.
    quint64 requestCount() const { return m_requests; }

    // How often an API request with this client-request-id header arrived (whatever happened to it then:
    // answered, applied, dropped by a fault). A request resent by a client's transport arrives again with the
    // same id; a client's own retry sends a new id. Requests without the header are not counted.
    struct Arrival
    {
        int count = 0;
        QByteArray method; // of the first arrival
        QString path;
    };
    int arrivals(const QByteArray &clientRequestId) const { return m_arrivals.value(clientRequestId).count; }
    // Every client-request-id that arrived more than once.
    QHash<QByteArray, Arrival> repeatedArrivals() const;
    qsizetype distinctArrivals() const { return m_arrivals.size(); }
    void clearArrivals() { m_arrivals.clear(); }

    static QStringList audiencesFor(EndpointFamily::Api api);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Fault
    {
        None,
        Status503,
        Status504,
        Reset,
        Truncated,
        Malformed,
        ResetAfterBody
    };
    Fault pickFault();
    bool authenticate(SandboxRequest &request, EndpointFamily::Api api, SandboxResponse *failure);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxResponse &response,
                 Fault fault);
    void countArrival(const SandboxRequest &request);

    Tenant &m_tenant;
    const TokenIssuer &m_tokens;
    SandboxOptions m_options;
    Throttle m_throttle;
    ReplicationLag m_lag;
    ExchangeConcurrency m_exchangeConcurrency;
    std::vector<std::unique_ptr<EndpointFamily>> m_families;
    QRandomGenerator m_random;
    quint16 m_port = 0;
    quint64 m_requests = 0;
    QHash<QByteArray, Arrival> m_arrivals; // by client-request-id
    HeapTrimmer m_heapTrimmer;
};
