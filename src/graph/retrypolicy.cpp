#include "graph/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

RetryPolicy::RetryPolicy() : RetryPolicy(1000ms, 60000ms, 6, 300000ms)
{}

RetryPolicy::RetryPolicy(std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay,
                         int maxAttempts, std::chrono::milliseconds totalBudget)
    : m_base(std::max(baseDelay, 0ms)), m_max(std::max(maxDelay, m_base)),
      m_maxAttempts(std::max(1, maxAttempts)), m_budget(std::max(totalBudget, 0ms))
{}

bool RetryPolicy::isThrottleStatus(int status)
{
    return status == 429 || status == 503 || status == 504;
}

bool RetryPolicy::isGatewayStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

bool RetryPolicy::isRetryable(const Outcome &outcome, bool safeToRepeat) const
{
    switch (outcome.failure) {
    case Failure::None:
        break;
    case Failure::ConnectionReset:
    case Failure::RemoteClosed:
    case Failure::Timeout:
    case Failure::MalformedReply:
        // The request may have been applied: only repeat what is harmless to repeat.
        return safeToRepeat;
    case Failure::NotSent:
    case Failure::Other:
        return false;
    }
    if (outcome.status == 429)
        return true; // throttled requests were not processed (Graph throttling guidance)
    if (outcome.status == 503 || outcome.status == 504)
        return safeToRepeat; // even with Retry-After, a 503 does not prove the change was not made
    return false;
}

bool RetryPolicy::isUnknownOutcome(const Outcome &outcome, bool safeToRepeat)
{
    if (safeToRepeat)
        return false;
    switch (outcome.failure) {
    case Failure::None:
        return isGatewayStatus(outcome.status);
    case Failure::ConnectionReset:
    case Failure::RemoteClosed:
    case Failure::Timeout:
    case Failure::Other:
        return true;
    case Failure::MalformedReply: // a 2xx arrived: it was applied, only its body is unreadable
    case Failure::NotSent:
        return false;
    }
    return true;
}

qint64 RetryPolicy::backoffMs(int attempt, double unitRandom) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(double(m_max.count()), double(m_base.count()) * std::pow(2.0, exponent));
    const double r = std::clamp(unitRandom, 0.0, 1.0);
    return qint64(std::floor(r * ceiling));
}

RetryPolicy::Decision RetryPolicy::decide(const Outcome &outcome, bool safeToRepeat, int attempt,
                                          qint64 elapsedMs, const QDateTime &nowUtc, double unitRandom) const
{
    Decision decision;
    if (!isRetryable(outcome, safeToRepeat) || attempt >= m_maxAttempts)
        return decision;
    const qint64 retryAfter = parseRetryAfterMs(outcome.retryAfter, nowUtc);
    if (retryAfter >= 0) {
        decision.delayMs = retryAfter;
        decision.fromRetryAfter = true;
    } else {
        decision.delayMs = backoffMs(attempt, unitRandom);
    }
    if (elapsedMs + decision.delayMs > m_budget.count())
        return Decision();
    decision.retry = true;
    return decision;
}

RetryPolicy::Decision RetryPolicy::decide(const Outcome &outcome, bool safeToRepeat, int attempt,
                                          qint64 elapsedMs) const
{
    return decide(outcome, safeToRepeat, attempt, elapsedMs, QDateTime::currentDateTimeUtc(),
                  QRandomGenerator::global()->generateDouble());
}

qint64 RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return -1;
    // Delta-seconds: digits with an optional fraction. No sign (a negative delay is ignored), no exponent.
    static const QRegularExpression delta(QStringLiteral("^[0-9]+(\\.[0-9]*)?$"));
    if (delta.match(text).hasMatch()) {
        const double seconds = QLocale::c().toDouble(text);
        if (!std::isfinite(seconds) || seconds * 1000.0 >= double(kMaxRetryAfterMs))
            return kMaxRetryAfterMs; // also a string of digits too long for any integer type
        return std::min(kMaxRetryAfterMs, qint64(std::ceil(seconds * 1000.0)));
    }
    // HTTP-date: IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" or
    // asctime "Sun Nov  6 08:49:37 1994". The weekday is dropped (Qt would check it against two-digit years).
    const QLocale c = QLocale::c();
    const QString simplified = text.simplified();
    QDateTime when;
    const qsizetype comma = simplified.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        const QString rest = simplified.mid(comma + 1).trimmed();
        when = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid())
            when = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
    } else {
        when = c.toDateTime(simplified.section(QLatin1Char(' '), 1), QStringLiteral("MMM d HH:mm:ss yyyy"));
    }
    if (!when.isValid())
        return -1;
    if (when.date().year() < 1970)
        when = when.addYears(100); // two-digit years of the RFC 850 form
    const QDateTime utc(when.date(), when.time(), QTimeZone::utc());
    return std::clamp<qint64>(nowUtc.msecsTo(utc), 0, kMaxRetryAfterMs);
}
