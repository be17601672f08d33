#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// Graph-like throttling: a token bucket per calling application. A request takes one token; when none
// is left the caller gets 429 with Retry-After (seconds until the bucket has refilled enough).
class Throttle
{
public:
    // Profiles: "off" (never throttles), "gentle" (only absurd bursts), "graph" (roughly Graph's per-app
    // limits scaled to a small tenant), "storm" (throttles constantly: for testing clients).
    explicit Throttle(const QString &profile = QStringLiteral("gentle"));

    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }

    // True if the request may proceed; otherwise `retryAfterSeconds` says when to come back.
    bool admit(const QString &appId, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens;
        qint64 lastMs;
    };
    QString m_profile;
    double m_capacity = 0;
    double m_refillPerSecond = 0;
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
};
