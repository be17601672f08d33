#include "exchangefixture.h"
#include "graphtestrig.h"
#include "testrealism.h"

#include "graph/exchangeclient.h"
#include "graph/exchangecommandjob.h"

#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace std::chrono_literals;

// ExchangeClient against a sandbox that answers as Exchange Online does where that is hardest on a client:
// write cmdlets that succeed with 204 or "value":null ("exchange-sparse"), error bodies in each of the
// shapes the service uses ("exchange-errors"), and a refusal of more than three admin requests at once
// ("exchange-concurrency=3", 429 with a plain-text body).
class TestExchangeRealism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sparseWriteRepliesAreZeroRows();
    void everyErrorShapeKeepsTheException();
    void parallelReadsStayWithinTheBound();
    void concurrencyRefusalsAreRetried();

private:
    QString bjornCalendar() const { return m_fixture->bjornAddress() + QStringLiteral(":\\Kalender"); }
    ExchangeCommandJob *folderCmdlet(const QString &cmdlet, const QString &rights = QString())
    {
        QJsonObject parameters{{QStringLiteral("Identity"), bjornCalendar()},
                               {QStringLiteral("User"), m_fixture->annaAddress()}};
        if (!rights.isEmpty())
            parameters.insert(QStringLiteral("AccessRights"), QJsonArray{rights});
        if (cmdlet.startsWith(QLatin1String("Remove-")))
            parameters.insert(QStringLiteral("Confirm"), false);
        return m_exchange->invokeCommand(cmdlet, parameters);
    }
    QString annaRights()
    {
        ExchangeCommandJob *get = m_exchange->invokeCommand(QStringLiteral("Get-MailboxFolderPermission"),
                                                            {{QStringLiteral("Identity"), bjornCalendar()}});
        if (!GraphTestRig::wait(get) || get->error())
            return QStringLiteral("(error)");
        for (const QJsonValue &row : get->rows()) {
            if (row.toObject().value(QLatin1String("User")).toString().contains(QLatin1String("Anna")))
                return row.toObject().value(QLatin1String("AccessRights")).toArray().first().toString();
        }
        return QString();
    }
    // Reads `count` mailboxes at once while the sandbox answers in `latencyMs`..+20 ms (so they overlap);
    // false when one failed. The pipeline's statistics of the run in `stats`.
    bool readInParallel(int count, int latencyMs, ApiClient::Statistics *stats)
    {
        m_rig->client->sandbox().server().setLatency(latencyMs, latencyMs + 20);
        m_rig->api->resetStatistics();
        QList<ExchangeCommandJob *> jobs;
        for (int i = 0; i < count; ++i)
            jobs.append(
                m_exchange->invokeCommand(QStringLiteral("Get-Mailbox"),
                                          {{QStringLiteral("Identity"),
                                            i % 2 ? m_fixture->annaAddress() : m_fixture->bjornAddress()}}));
        bool ok = true;
        for (ExchangeCommandJob *job : jobs) {
            if (!GraphTestRig::wait(job) || job->error() || job->rows().size() != 1) {
                qWarning("%s", qPrintable(job->error().fullText()));
                ok = false;
            }
        }
        m_rig->client->sandbox().server().setLatency(0, 2);
        *stats = m_rig->api->statistics();
        return ok;
    }

    std::unique_ptr<GraphTestRig> m_rig;
    std::unique_ptr<ExchangeFixture> m_fixture;
    std::unique_ptr<ExchangeClient> m_exchange;
};

void TestExchangeRealism::initTestCase()
{
    const SandboxOptions options =
        quickRealismOptions(60, QStringLiteral("exchange-sparse,exchange-errors,exchange-concurrency=3"));
    // Many attempts: a refused request is sent again until a slot is free.
    m_rig = std::make_unique<GraphTestRig>(options, RetryPolicy(5ms, 200ms, 40, 120000ms));
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
    m_fixture = std::make_unique<ExchangeFixture>(*m_rig->client);
    m_exchange = std::make_unique<ExchangeClient>(m_rig->api.get(), m_rig->profile);
}

void TestExchangeRealism::sparseWriteRepliesAreZeroRows()
{
    // Four writes in a row: the sandbox answers them 204 and "value":null in turn. Each is a success.
    const QList<QPair<QString, QString>> steps = {
        {QStringLiteral("Add-MailboxFolderPermission"), QStringLiteral("Reviewer")},
        {QStringLiteral("Set-MailboxFolderPermission"), QStringLiteral("Editor")},
        {QStringLiteral("Remove-MailboxFolderPermission"), QString()},
        {QStringLiteral("Add-MailboxFolderPermission"), QStringLiteral("Author")}};
    for (const auto &step : steps) {
        ExchangeCommandJob *job = folderCmdlet(step.first, step.second);
        QVERIFY(GraphTestRig::wait(job));
        QVERIFY2(!job->error(), qPrintable(step.first + QLatin1Char(' ') + job->error().fullText()));
        QCOMPARE(job->rows().size(), 0);
        QCOMPARE(job->pageCount(), 1);
        // The write really happened: the next read shows it.
        QCOMPARE(annaRights(), step.second);
    }
    // Reads still carry their rows.
    ExchangeCommandJob *get = m_exchange->invokeCommand(
        QStringLiteral("Get-Mailbox"), {{QStringLiteral("Identity"), m_fixture->annaAddress()}});
    QVERIFY(GraphTestRig::wait(get));
    QVERIFY2(!get->error(), qPrintable(get->error().fullText()));
    QCOMPARE(get->rows().size(), 1);
}

void TestExchangeRealism::everyErrorShapeKeepsTheException()
{
    // Anna already has an entry (the test above): every further Add- is refused. The sandbox rotates the
    // error body over its three shapes; the caller can tell the exception from each.
    for (int round = 0; round < 4; ++round) {
        ExchangeCommandJob *job =
            folderCmdlet(QStringLiteral("Add-MailboxFolderPermission"), QStringLiteral("Reviewer"));
        QVERIFY(GraphTestRig::wait(job));
        QCOMPARE(job->error().kind(), Error::Kind::Http);
        QCOMPARE(job->error().httpStatus(), 400);
        QCOMPARE(job->error().code(), QStringLiteral("UserAlreadyExistsInPermissionEntryException"));
        QVERIFY2(job->error().detail().startsWith(QLatin1String("An existing permission entry was found")),
                 qPrintable(job->error().detail()));
    }
    for (int round = 0; round < 3; ++round) {
        ExchangeCommandJob *job = m_exchange->invokeCommand(
            QStringLiteral("Get-Mailbox"),
            {{QStringLiteral("Identity"), QStringLiteral("nobody@nowhere.example")}});
        QVERIFY(GraphTestRig::wait(job));
        QCOMPARE(job->error().httpStatus(), 404);
        QCOMPARE(job->error().code(), QStringLiteral("ManagementObjectNotFoundException"));
        QVERIFY(job->error().detail().contains(QLatin1String("nobody@nowhere.example")));
    }
}

void TestExchangeRealism::parallelReadsStayWithinTheBound()
{
    ApiClient::Statistics stats;
    QVERIFY(readInParallel(24, 20, &stats));
    QCOMPARE(stats.maxInFlightInLane, ExchangeClient::kMaxInFlight);
    QCOMPARE(stats.throttledResponses, quint64(0)); // never more than the tenant allows
}

void TestExchangeRealism::concurrencyRefusalsAreRetried()
{
    // A client that sends more at once than Exchange allows (as another app of the tenant might make it):
    // the plain-text 429 is retried until every read has its answer.
    m_rig->api->setLaneLimit(ExchangeClient::kLane, 8);
    m_rig->api->setMaxConcurrentPerHost(8);
    ApiClient::Statistics stats;
    const bool ok = readInParallel(24, 40, &stats);
    m_rig->api->setLaneLimit(ExchangeClient::kLane, ExchangeClient::kMaxInFlight);
    m_rig->api->setMaxConcurrentPerHost(4);
    QVERIFY(ok);
    QVERIFY(stats.maxInFlightInLane > ExchangeClient::kMaxInFlight);
    QVERIFY2(stats.throttledResponses > 0, "the sandbox refused nothing");
    QCOMPARE(stats.failures, quint64(0));
}

QTEST_MAIN(TestExchangeRealism)
#include "tst_exchangerealism.moc"
