#pragma once

#include <QString>
#include <QStringList>

// How a sandbox tenant is started: its size, its seed, and how realistic (slow, throttled, faulty) it is.
struct SandboxOptions
{
    quint16 port = 0; // 0 = any free port
    int schools = 4;
    int users = 400;
    quint32 seed = 1;
    int latencyMinMs = 2;
    int latencyMaxMs = 6;
    QString throttleProfile = QStringLiteral("gentle"); // off | gentle | graph | storm
    QString stateFile;                                  // empty = in memory only

    struct Faults
    {
        double status503 = 0;
        double status504 = 0;
        double reset = 0;          // connection dropped before the request is applied, no response
        double truncated = 0;      // body cut short of its Content-Length
        double malformed = 0;      // body that is not valid JSON
        double resetAfterBody = 0; // the request is applied, then the connection drops: the answer is lost
        bool any() const
        {
            return status503 + status504 + reset + truncated + malformed + resetAfterBody > 0;
        }
    } faults;

    // Where the sandbox behaves as real Microsoft 365 does where that is harder on a client than the kind
    // default (../shared/reference/graph-realism.md). Every switch is off by default; "strict" turns all on.
    struct Realism
    {
        bool upnRangesRefused =
            false; // "upn-ranges": ge/le on userPrincipalName -> 400 Request_UnsupportedQuery
        int pageTokenExpirySeconds =
            0; // "page-token-expiry=S": a $skiptoken older than S -> 400 Directory_ExpiredPageToken
        int replicationLagMs = 0; // "replication-lag=MS": a new object is invisible to reads for MS (404)
        bool exchangeSparseReplies =
            false; // "exchange-sparse": successful write cmdlets answer 204 or value:null
        bool exchangeErrorShapes = false; // "exchange-errors": errors in all three documented body shapes
        bool deltaExpiredAs400 = false;   // "delta-400": expired delta links answer 400 syncStateNotFound
        int deltaMembersPerPage = 0; // "delta-members=N": a group's members@delta split N per page, repeated
        bool fractionalRetryAfter = false; // "fractional-retry-after": Retry-After: 2.128
        double batchItemFaults = 0;        // "batch-faults=RATE": 503/504 for items inside a 200 $batch
        int exchangeConcurrency = 0;       // "exchange-concurrency=N": more than N at once -> 429 plain text
        int usersMaxPageSize = 0;          // "page-size=N": /users refuses $top above N (0 = 999)
        bool any() const;
    } realism;

    enum class LatencyModel
    {
        Flat,  // latencyMinMs..latencyMaxMs per request
        Graph, // that plus latencyPerObjectMs for every object in the answer (an estimate, to be calibrated)
    };
    LatencyModel latencyModel = LatencyModel::Flat;
    double latencyPerObjectMs = 1.0;

    // Parses "strict", "off" or a comma list of the switches above, e.g. "upn-ranges,page-token-expiry=120".
    bool setRealism(const QString &spec, QString *error);
    static QStringList realismSwitches();
    // Parses "flat" or "graph" (graph also sets 60-100 ms unless a latency was given).
    bool setLatencyModel(const QString &model, QString *error);

    // Parses "A-B" (or "A") milliseconds.
    bool setLatency(const QString &spec, QString *error);
    // Parses "503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01"; rates are
    // 0..1.
    bool setFaults(const QString &spec, QString *error);
    bool setThrottleProfile(const QString &profile, QString *error);
    static QStringList throttleProfiles();
};
