#include "graph/apierrormapper.h"
#include "graph/apirequest.h"
#include "graph/retrypolicy.h"

#include <QtTest>

using namespace std::chrono_literals;

// RetryPolicy: what is repeated, after how long, and when it stops; plus the request helpers it relies on.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterSeconds();
    void retryAfterHttpDate();
    void retryAfterIsCappedAndParsedRobustly();
    void jitterStaysWithinTheCappedBound();
    void attemptsAndBudgetStopRetries();
    void retryAfterBeyondTheBudgetStops();
    void postIsRetriedOnlyWhenNotProcessed();
    void lostAnswersOfChangesAreUnknownOutcomes();
    void safeRequestsRetryTransportFailures();
    void otherStatusesAreFinal();
    void requestHelpers();
    void errorMapping();

private:
    static RetryPolicy policy() { return RetryPolicy(100ms, 1000ms, 5, 10000ms); }
    static RetryPolicy::Outcome status(int code, const QByteArray &retryAfter = QByteArray())
    {
        RetryPolicy::Outcome o;
        o.status = code;
        o.retryAfter = retryAfter;
        return o;
    }
    static RetryPolicy::Outcome failure(RetryPolicy::Failure f)
    {
        RetryPolicy::Outcome o;
        o.failure = f;
        return o;
    }
    const QDateTime m_now = QDateTime(QDate(2025, 3, 14), QTime(10, 0, 0), QTimeZone::utc());
};

void TestRetryPolicy::retryAfterSeconds()
{
    QCOMPARE(RetryPolicy::parseRetryAfterMs("7", m_now), 7000);
    QCOMPARE(RetryPolicy::parseRetryAfterMs(" 0 ", m_now), 0);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("", m_now), -1);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("soon", m_now), -1);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("-3", m_now), -1);
    // The server's delay wins over back-off, even above the back-off cap.
    const auto d = policy().decide(status(429, "3"), true, 1, 0, m_now, 0.5);
    QVERIFY(d.retry);
    QVERIFY(d.fromRetryAfter);
    QCOMPARE(d.delayMs, 3000);
}

void TestRetryPolicy::retryAfterHttpDate()
{
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Fri, 14 Mar 2025 10:00:30 GMT", m_now), 30000);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Friday, 14-Mar-25 10:01:00 GMT", m_now), 60000);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Fri Mar 14 10:00:05 2025", m_now), 5000);
    // A date in the past means "now".
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Fri, 14 Mar 2025 09:00:00 GMT", m_now), 0);
    const auto d = policy().decide(status(503, "Fri, 14 Mar 2025 10:00:02 GMT"), true, 1, 0, m_now, 0.9);
    QVERIFY(d.retry);
    QCOMPARE(d.delayMs, 2000);
}

void TestRetryPolicy::retryAfterIsCappedAndParsedRobustly()
{
    const qint64 cap = RetryPolicy::kMaxRetryAfterMs;
    QCOMPARE(cap, 300000);
    // Fractional seconds, rounded up to whole milliseconds.
    QCOMPARE(RetryPolicy::parseRetryAfterMs("1.5", m_now), 1500);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("0.0004", m_now), 1);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("2.", m_now), 2000);
    // Huge values are capped instead of stalling the host queue (or overflowing in milliseconds).
    QCOMPARE(RetryPolicy::parseRetryAfterMs("86400", m_now), cap);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("9223372036854775807", m_now), cap);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("99999999999999999999999999999999", m_now), cap);
    QCOMPARE(RetryPolicy::parseRetryAfterMs(QByteArray(400, '9'), m_now), cap);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Fri, 14 Mar 2525 10:00:00 GMT", m_now), cap);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("300", m_now), cap);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("299.5", m_now), 299500);
    // Negative or garbage: ignored, the policy's own back-off applies.
    for (const QByteArray &bad : {QByteArray("-1.5"), QByteArray("1e3"), QByteArray("nan"), QByteArray("inf"),
                                  QByteArray("+5"), QByteArray("1.5s"), QByteArray(".5"), QByteArray("0x10"),
                                  QByteArray("Fri, 99 Foo 2025 10:00:00 GMT")})
        QCOMPARE(RetryPolicy::parseRetryAfterMs(bad, m_now), -1);
    const auto d = policy().decide(status(429, "-1.5"), true, 1, 0, m_now, 0.5);
    QVERIFY(d.retry);
    QVERIFY(!d.fromRetryAfter);
    QCOMPARE(d.delayMs, policy().backoffMs(1, 0.5));
    // A capped delay still respects the call's budget.
    const RetryPolicy roomy(100ms, 1000ms, 5, 3600000ms);
    const auto capped = roomy.decide(status(429, "1000000000000"), true, 1, 0, m_now, 0.5);
    QVERIFY(capped.retry);
    QCOMPARE(capped.delayMs, cap);
}

void TestRetryPolicy::jitterStaysWithinTheCappedBound()
{
    const RetryPolicy p = policy();
    // Full jitter: [0, min(max, base * 2^(attempt-1))].
    QCOMPARE(p.backoffMs(1, 0.0), 0);
    QCOMPARE(p.backoffMs(1, 0.999999), 99);
    QCOMPARE(p.backoffMs(2, 0.5), 100);
    QCOMPARE(p.backoffMs(3, 1.0), 400);
    QCOMPARE(p.backoffMs(10, 1.0), 1000); // capped
    QCOMPARE(p.backoffMs(1000, 1.0), 1000);
    for (int attempt = 1; attempt < 12; ++attempt) {
        const qint64 ceiling = std::min<qint64>(1000, 100LL << (attempt - 1));
        for (int i = 0; i < 200; ++i) {
            const auto d = p.decide(status(503), true, std::min(attempt, 4), 0);
            QVERIFY(d.retry);
            QVERIFY(!d.fromRetryAfter);
            QVERIFY(d.delayMs >= 0);
            QVERIFY(d.delayMs <= std::min<qint64>(1000, 100LL << (std::min(attempt, 4) - 1)));
            QVERIFY(p.backoffMs(attempt, QRandomGenerator::global()->generateDouble()) <= ceiling);
        }
    }
}

void TestRetryPolicy::attemptsAndBudgetStopRetries()
{
    const RetryPolicy p = policy();
    QVERIFY(p.decide(status(503), true, 4, 0, m_now, 0.1).retry);
    QVERIFY(!p.decide(status(503), true, 5, 0, m_now, 0.1).retry); // 5 attempts made = the maximum
    QVERIFY(p.decide(status(504), true, 1, 9000, m_now, 0.1).retry);
    QVERIFY(!p.decide(status(504), true, 1, 10001, m_now, 0.0).retry); // budget spent
}

void TestRetryPolicy::retryAfterBeyondTheBudgetStops()
{
    QVERIFY(!policy().decide(status(429, "60"), true, 1, 0, m_now, 0.1).retry);
    QVERIFY(policy().decide(status(429, "9"), true, 1, 0, m_now, 0.1).retry);
}

void TestRetryPolicy::postIsRetriedOnlyWhenNotProcessed()
{
    const RetryPolicy p = policy();
    // A lost answer: the POST may have been applied.
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::ConnectionReset), false));
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::RemoteClosed), false));
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::Timeout), false));
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::MalformedReply), false));
    QVERIFY(!p.isRetryable(status(504), false));
    QVERIFY(!p.isRetryable(status(503), false));
    // Throttled: not processed.
    QVERIFY(p.isRetryable(status(429), false));
    QVERIFY(p.isRetryable(status(429, "2"), false));
    // A 503 does not prove that the change was not made, even with Retry-After.
    QVERIFY(!p.isRetryable(status(503, "2"), false));
    QVERIFY(p.decide(status(429), false, 1, 0, m_now, 0.5).retry);
    QVERIFY(!p.decide(failure(RetryPolicy::Failure::ConnectionReset), false, 1, 0, m_now, 0.5).retry);
    // Nothing was sent: a plain failure, not repeated either.
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::NotSent), false));
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::NotSent), true));
}

void TestRetryPolicy::lostAnswersOfChangesAreUnknownOutcomes()
{
    // A change whose answer was lost after sending.
    for (auto f : {RetryPolicy::Failure::ConnectionReset, RetryPolicy::Failure::RemoteClosed,
                   RetryPolicy::Failure::Timeout, RetryPolicy::Failure::Other})
        QVERIFY(RetryPolicy::isUnknownOutcome(failure(f), false));
    for (int s : {502, 503, 504})
        QVERIFY2(RetryPolicy::isUnknownOutcome(status(s), false), qPrintable(QString::number(s)));
    QVERIFY(RetryPolicy::isUnknownOutcome(status(503, "2"), false));
    // Answers that tell, or nothing sent.
    for (int s : {200, 201, 204, 400, 404, 409, 429, 500})
        QVERIFY2(!RetryPolicy::isUnknownOutcome(status(s), false), qPrintable(QString::number(s)));
    QVERIFY(!RetryPolicy::isUnknownOutcome(failure(RetryPolicy::Failure::NotSent), false));
    QVERIFY(!RetryPolicy::isUnknownOutcome(failure(RetryPolicy::Failure::MalformedReply), false));
    // A request safe to repeat never has an unknown outcome.
    QVERIFY(!RetryPolicy::isUnknownOutcome(failure(RetryPolicy::Failure::ConnectionReset), true));
    QVERIFY(!RetryPolicy::isUnknownOutcome(status(504), true));

    const Error cause = Error::http(503, QStringLiteral("serviceNotAvailable"), QStringLiteral("busy"),
                                    QStringLiteral("rid-7"), QStringLiteral("POST /v1.0/groups"));
    const Error unknown = ApiErrorMapper::unknownOutcome(cause);
    QCOMPARE(unknown.kind(), Error::Kind::UnknownOutcome);
    QCOMPARE(unknown.httpStatus(), 503);
    QCOMPARE(unknown.code(), QStringLiteral("serviceNotAvailable"));
    QCOMPARE(unknown.requestId(), QStringLiteral("rid-7"));
    QVERIFY(unknown.message().endsWith(QLatin1String("(POST /v1.0/groups)")));
}

void TestRetryPolicy::safeRequestsRetryTransportFailures()
{
    const RetryPolicy p = policy();
    for (auto f : {RetryPolicy::Failure::ConnectionReset, RetryPolicy::Failure::RemoteClosed,
                   RetryPolicy::Failure::Timeout, RetryPolicy::Failure::MalformedReply})
        QVERIFY(p.isRetryable(failure(f), true));
    QVERIFY(!p.isRetryable(failure(RetryPolicy::Failure::Other), true));
    QVERIFY(p.isRetryable(status(503), true));
    QVERIFY(p.isRetryable(status(504), true));
}

void TestRetryPolicy::otherStatusesAreFinal()
{
    for (int s : {200, 204, 400, 401, 403, 404, 409, 410, 412, 500, 501, 502})
        QVERIFY2(!policy().isRetryable(status(s), true), qPrintable(QString::number(s)));
}

void TestRetryPolicy::requestHelpers()
{
    const QUrl base(QStringLiteral("https://graph.example/v1.0"));
    QCOMPARE(ApiRequest::join(base, QStringLiteral("/users?$top=999")).toString(),
             QStringLiteral("https://graph.example/v1.0/users?$top=999"));
    QCOMPARE(ApiRequest::join(QUrl(QStringLiteral("https://graph.example/v1.0/")), QStringLiteral("users"))
                 .toString(),
             QStringLiteral("https://graph.example/v1.0/users"));
    QCOMPARE(ApiRequest::join(base, QStringLiteral("https://other.example/x")).host(),
             QStringLiteral("other.example"));

    ApiRequest r("GET", QUrl(QStringLiteral("/users/anna@school.example?$select=id,mail")));
    r.baseUrl = base;
    QCOMPARE(r.resolvedUrl().toString(),
             QStringLiteral("https://graph.example/v1.0/users/anna@school.example?$select=id,mail"));
    QCOMPARE(r.where(), QStringLiteral("GET /v1.0/users/anna@school.example")); // never the query
    QVERIFY(r.isSafeToRepeat());
    r.method = "POST";
    QVERIFY(!r.isSafeToRepeat());
    r.idempotent = true;
    QVERIFY(r.isSafeToRepeat());
    r.method = "PATCH";
    r.idempotent = false;
    QVERIFY(!r.isSafeToRepeat());
    for (const char *m : {"PUT", "DELETE", "HEAD"}) {
        r.method = m;
        QVERIFY(r.isSafeToRepeat());
    }
    r.setHeader("ConsistencyLevel", "eventual");
    r.setHeader("consistencylevel", "eventual2");
    QCOMPARE(r.headers.size(), 1);
    QCOMPARE(r.header("CONSISTENCYLEVEL"), QByteArray("eventual2"));
}

void TestRetryPolicy::errorMapping()
{
    const QByteArray graph =
        R"({"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist."}})";
    Error e =
        ApiErrorMapper::fromHttp(404, graph, QStringLiteral("rid-1"), QStringLiteral("GET /v1.0/users/x"));
    QCOMPARE(e.kind(), Error::Kind::Http);
    QCOMPARE(e.httpStatus(), 404);
    QCOMPARE(e.code(), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(e.detail(), QStringLiteral("Resource 'x' does not exist."));
    QCOMPARE(e.requestId(), QStringLiteral("rid-1"));
    QCOMPARE(e.where(), QStringLiteral("GET /v1.0/users/x"));
    QCOMPARE(ApiErrorMapper::fromHttp(429, graph, QString(), QString()).kind(), Error::Kind::Throttled);
    QCOMPARE(ApiErrorMapper::fromHttp(503, graph, QString(), QString()).kind(), Error::Kind::Http);
    QCOMPARE(ApiErrorMapper::fromHttp(503, graph, QString(), QString(), true).kind(), Error::Kind::Throttled);
    QCOMPARE(ApiErrorMapper::fromHttp(401, graph, QString(), QString()).kind(), Error::Kind::SignInRequired);
    const QByteArray exchange =
        R"({"error":{"code":"NotFound","message":"Error executing cmdlet","innererror":{"internalexception":)"
        R"({"message":"The operation couldn't be performed because object 'x' couldn't be found.",)"
        R"("type":"Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"}}}})";
    e = ApiErrorMapper::fromHttp(404, exchange, QString(), QString());
    QCOMPARE(e.code(), QStringLiteral("ManagementObjectNotFoundException"));
    QVERIFY(e.detail().startsWith(QLatin1String("The operation couldn't")));
    QCOMPARE(
        ApiErrorMapper::fromNetwork(QNetworkReply::OperationCanceledError, QString(), true, false, QString())
            .kind(),
        Error::Kind::Cancelled);
    QCOMPARE(
        ApiErrorMapper::fromNetwork(QNetworkReply::OperationCanceledError, QString(), false, false, QString())
            .kind(),
        Error::Kind::Timeout);
    QCOMPARE(ApiErrorMapper::fromNetwork(QNetworkReply::SslHandshakeFailedError, QString(), false, false,
                                         QString())
                 .kind(),
             Error::Kind::Tls);
    QCOMPARE(
        ApiErrorMapper::fromNetwork(QNetworkReply::ProtocolUnknownError, QString(), false, true, QString())
            .kind(),
        Error::Kind::Insecure);
    QCOMPARE(
        ApiErrorMapper::fromNetwork(QNetworkReply::RemoteHostClosedError, QString(), false, false, QString())
            .kind(),
        Error::Kind::Network);
    QCOMPARE(ApiErrorMapper::scrub(
                 QStringLiteral("Error transferring https://h/v1.0/users?$filter=mail%20eq%20'a' - x")),
             QStringLiteral("Error transferring https://h/v1.0/users - x"));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
