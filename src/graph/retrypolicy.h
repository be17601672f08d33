#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>

// When and how long to wait before repeating a request. The only place retry rules live.
// Retryable: HTTP 429, 503, 504; a reset or closed connection, a timeout, or a malformed/truncated body, but
// only for requests that are safe to repeat. A POST (not marked idempotent) is repeated only after 429, or
// after 503 with Retry-After: Graph did not process throttled requests; anything else might have been
// applied. Delay: Retry-After (seconds or HTTP date) when the server sent one, else capped exponential
// back-off with full jitter. Each call has a maximum number of attempts and a total time budget.
class RetryPolicy
{
public:
    enum class Failure
    {
        None, // an HTTP answer arrived (see status)
        ConnectionReset,
        RemoteClosed, // connection closed before the whole answer
        Timeout,
        MalformedReply, // the body was not the JSON it claimed to be (or was cut short)
        Other,          // TLS, DNS, refused, cancelled...: never retried
    };

    struct Outcome
    {
        int status = 0; // HTTP status, 0 without an answer
        Failure failure = Failure::None;
        QByteArray retryAfter; // the Retry-After header value, if any
    };

    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0;
        bool fromRetryAfter = false; // the delay is the server's Retry-After
    };

    // Defaults for real tenants: 1 s base, 60 s cap, 6 attempts, 5 minutes per call.
    RetryPolicy();
    RetryPolicy(std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay, int maxAttempts,
                std::chrono::milliseconds totalBudget);

    std::chrono::milliseconds baseDelay() const { return m_base; }
    std::chrono::milliseconds maxDelay() const { return m_max; }
    int maxAttempts() const { return m_maxAttempts; }
    std::chrono::milliseconds totalBudget() const { return m_budget; }

    // Whether this outcome may be repeated at all (ignores attempts and budget).
    bool isRetryable(const Outcome &outcome, bool safeToRepeat) const;

    // `attempt` = attempts made so far (1 after the first), `elapsedMs` since the call started.
    // `unitRandom` in [0,1) draws the jitter; the overload without it uses QRandomGenerator::global().
    Decision decide(const Outcome &outcome, bool safeToRepeat, int attempt, qint64 elapsedMs,
                    const QDateTime &nowUtc, double unitRandom) const;
    Decision decide(const Outcome &outcome, bool safeToRepeat, int attempt, qint64 elapsedMs) const;

    // Full-jitter back-off before attempt `attempt + 1`: uniform in [0, min(max, base * 2^(attempt-1))].
    qint64 backoffMs(int attempt, double unitRandom) const;

    // The longest Retry-After honoured: 300 s (5 minutes, the default per-call budget). A larger value, from
    // a misbehaving or hostile server, would stall every request to the host (the client shares the delay
    // per host) and overflow when turned into milliseconds; it is cut to this cap.
    static constexpr qint64 kMaxRetryAfterMs = 300000;

    // Retry-After as delta-seconds ("120", also fractional "1.5", rounded up to whole milliseconds) or an
    // HTTP date; -1 when absent, negative or unreadable (the caller then uses its own back-off). Never
    // negative otherwise (a date in the past gives 0), never above kMaxRetryAfterMs.
    static qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

    // 429, 503, 504.
    static bool isThrottleStatus(int status);

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
    int m_maxAttempts;
    std::chrono::milliseconds m_budget;
};
