#pragma once

#include "core/error.h"
#include "graph/apirequest.h"
#include "graph/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

class AccessTokenSource;
class ApiJob;

// The request pipeline shared by GraphClient and ExchangeClient: one per session. Queues jobs with a bound
// on concurrent requests per host, shares throttling state per host (after a 429 with Retry-After nobody
// sends to that host until it has passed), and counts what happened.
//
// Qt 6.4 opens at most six HTTP/1.1 connections to one host per QNetworkAccessManager (the number can only
// be set from Qt 6.5 on). A client given more managers (addNetwork()) spreads the requests to one host over
// them, each request on the manager with the fewest of that host's requests on the wire, so that a bound
// above six means more connections rather than requests waiting inside Qt.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Statistics
    {
        quint64 requestsSent = 0;       // HTTP attempts put on the wire
        quint64 retries = 0;            // attempts that repeated an earlier one (incl. the 401 refresh)
        quint64 throttledResponses = 0; // 429 answers (and 503/504 carrying Retry-After)
        quint64 failures = 0;           // jobs that finished with an error other than Cancelled
        quint64 tokenRefreshes = 0;     // 401 -> forceRefresh
        int maxInFlightPerHost = 0;     // the most concurrent requests ever seen to one host
        int maxInFlightInLane = 0;      // the most concurrent requests ever seen in one lane of a host
    };

    // The HTTP/1.1 connections Qt 6.4 opens to one host per network manager (see the class comment).
    static constexpr int kConnectionsPerNetwork = 6;

    ApiClient(QNetworkAccessManager *network, AccessTokenSource *tokens, const RetryPolicy &policy,
              QObject *parent = nullptr);
    ~ApiClient() override;

    // Starts a call. `request.url` must be absolute (or relative with baseUrl set). The job belongs to this
    // client (QObject parent) and emits finished() once, never before send() returns.
    ApiJob *send(const ApiRequest &request);
    // A job that finishes with `error` without sending anything (for callers that refuse a request early).
    ApiJob *failed(const ApiRequest &request, const Error &error);
    // For one API's client: fills in its base URL and token audience where the request has none, and refuses
    // (Error::Kind::Insecure, nothing sent) a URL that is not on the base URL's origin.
    ApiJob *sendBelow(const ApiRequest &request, const QUrl &baseUrl, const QString &resource);

    void setMaxConcurrentPerHost(int max);
    // At most `max` requests of `lane` (ApiRequest::lane) on the wire to one host at once (0 = no own bound).
    void setLaneLimit(const QString &lane, int max);
    int laneLimit(const QString &lane) const { return m_laneLimits.value(lane); }
    int maxConcurrentPerHost() const { return m_maxPerHost; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    Statistics statistics() const { return m_stats; }
    void resetStatistics();
    // Requests on the wire to `url`'s host right now.
    int inFlight(const QUrl &url) const;
    // Milliseconds until `url`'s host may be called again after a 429 (0 = now).
    qint64 throttledForMs(const QUrl &url) const;

    // The first network manager (the one given to the constructor).
    QNetworkAccessManager *network() const { return m_networks.value(0); }
    // Another manager to spread requests over; its connections count towards setMaxConcurrentPerHost().
    void addNetwork(QNetworkAccessManager *network);
    int networkCount() const { return int(m_networks.size()); }
    AccessTokenSource *tokenSource() const { return m_tokens; }

private:
    friend class ApiJob;

    struct Host
    {
        int inFlight = 0;
        QList<int> inFlightPerNetwork; // index as m_networks
        QHash<QString, int> laneInFlight;
        qint64 blockedUntilMs = 0; // m_clock time
        bool pumpScheduled = false;
        QList<QPointer<ApiJob>> waiting;
    };

    static QString hostKey(const QUrl &url);
    // Job-facing bookkeeping.
    void enqueue(ApiJob *job, const QUrl &url);
    void dequeue(ApiJob *job, const QUrl &url);
    void release(const QUrl &url, const QString &lane, int networkIndex);
    QNetworkAccessManager *networkAt(int index) const { return m_networks.value(index); }
    bool laneIsFull(const Host &host, const QString &lane) const;
    void noteThrottled(const QUrl &url, int status, qint64 retryAfterMs);
    void noteAttempt(bool retry);
    void noteRefresh() { ++m_stats.tokenRefreshes; }
    void noteFailure() { ++m_stats.failures; }
    void pump(const QString &key);
    void schedulePump(const QString &key, qint64 delayMs);

    QList<QPointer<QNetworkAccessManager>> m_networks;
    AccessTokenSource *m_tokens;
    RetryPolicy m_policy;
    // One manager's connections: more in flight would only wait inside Qt.
    int m_maxPerHost = kConnectionsPerNetwork;
    QHash<QString, int> m_laneLimits;
    QHash<QString, Host> m_hosts;
    Statistics m_stats;
    QElapsedTimer m_clock;
};
