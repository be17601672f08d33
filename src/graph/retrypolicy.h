#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>

// When and how long to wait before repeating a request, and when a lost answer leaves a change's outcome
// unknown. The only place retry rules live.
// Requests safe to repeat (GET, HEAD, PUT, DELETE, or marked idempotent) are repeated after HTTP 429, 503,
// 504, a reset or closed connection, a timeout, or a malformed/truncated body. A POST or PATCH is repeated
// only when the server certainly did not process it: after 429 (Graph's throttling guidance: a throttled
// request was not processed) and after a 401 (the token refresh, in ApiJob). A connection that was refused
// or never established (NotSent) is a plain failure for every method: nothing was sent, nothing repeated (an
// unreachable tenant shows as offline at once). Anything that loses its answer after sending (reset, closed,
// timeout, 502/503/504 even with Retry-After, a protocol error) may have been applied: for a request not safe
// to repeat that is isUnknownOutcome(), and it is never repeated. Delay: Retry-After (seconds
// or HTTP date) when the server sent one, else capped exponential back-off with full jitter. Each call has a
// maximum number of attempts and a total time budget.
class RetryPolicy
{
public:
    enum class Failure
    {
        None, // an HTTP answer arrived (see status)
        ConnectionReset,
        RemoteClosed, // connection closed before the whole answer (also: Qt was refused a resend)
        Timeout,
        MalformedReply, // the body was not the JSON it claimed to be (or was cut short)
        NotSent,        // refused, DNS, TLS handshake, proxy, insecure URL: nothing was sent, never repeated
        Other,          // any other transport error: never repeated, maybe applied
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
    // Whether a request that is not safe to repeat, ending (without a retry) in this outcome, may or may not
    // have been applied: no answer after it was sent, or a gateway's 502/503/504. False for requests safe to
    // repeat (their outcome does not matter) and for answers that tell (2xx, 4xx, 429, 500).
    static bool isUnknownOutcome(const Outcome &outcome, bool safeToRepeat);

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
    // 502, 503, 504: a gateway or front end answered; the service behind it may or may not have acted.
    static bool isGatewayStatus(int status);

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
    int m_maxAttempts;
    std::chrono::milliseconds m_budget;
};
