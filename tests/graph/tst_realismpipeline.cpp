#include "graphtestrig.h"
#include "testrealism.h"

#include "graph/exchangeclient.h"
#include "graph/exchangecommandjob.h"
#include "graph/readafterwritejob.h"

#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace std::chrono_literals;

// The Graph pipeline against a sandbox that is eventually consistent ("replication-lag": a new object is
// invisible to reads for a while, and a mailbox made in Exchange reaches Graph late) and throttles with a
// fractional Retry-After ("fractional-retry-after": "1.128"), as Microsoft 365 does.
class TestRealismPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readAfterGraphCreateWaitsForTheObject();
    void readAfterExchangeCreateWaitsForGraph();
    void readOfAnObjectThatNeverAppearsEndsWith404();
    void fractionalRetryAfterIsHonoured();

private:
    static constexpr int kLagMs = 800;
    QString newUser(const QString &nick)
    {
        const QString domain = m_rig->client->sandbox().info().value(QLatin1String("domain")).toString();
        ApiJob *create = m_rig->graph->post(
            QStringLiteral("/users"),
            QJsonDocument(QJsonObject{
                {QStringLiteral("accountEnabled"), true},
                {QStringLiteral("displayName"), nick},
                {QStringLiteral("mailNickname"), nick},
                {QStringLiteral("userPrincipalName"), nick + QLatin1Char('@') + domain},
                {QStringLiteral("passwordProfile"),
                 QJsonObject{{QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")}}}}));
        if (!GraphTestRig::wait(create) || create->error())
            return QString();
        return create->result().object().value(QLatin1String("id")).toString();
    }

    std::unique_ptr<GraphTestRig> m_rig;
};

void TestRealismPipeline::initTestCase()
{
    const SandboxOptions options =
        quickRealismOptions(60, QStringLiteral("replication-lag=%1,fractional-retry-after").arg(kLagMs));
    m_rig = std::make_unique<GraphTestRig>(options);
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
}

void TestRealismPipeline::readAfterGraphCreateWaitsForTheObject()
{
    const QString id = newUser(QStringLiteral("tdr.fresh"));
    QVERIFY(!id.isEmpty());

    // A plain read straight after the create: not there yet, with Graph's own error.
    ApiJob *plain = m_rig->graph->get(QStringLiteral("/users/") + id);
    QVERIFY(GraphTestRig::wait(plain));
    QCOMPARE(plain->error().httpStatus(), 404);
    QCOMPARE(plain->error().code(), QStringLiteral("Request_ResourceNotFound"));
    // Nor in a listing.
    ApiJob *list =
        m_rig->graph->get(QStringLiteral("/users?$filter=startswith(displayName,'tdr.')&$select=id"));
    QVERIFY(GraphTestRig::wait(list));
    QVERIFY2(!list->error(), qPrintable(list->error().fullText()));
    QCOMPARE(list->result().object().value(QLatin1String("value")).toArray().size(), 0);

    ReadAfterWriteJob read(m_rig->graph.get(), QStringLiteral("/users/%1?$select=id,displayName").arg(id));
    read.start();
    QVERIFY(GraphTestRig::wait(&read));
    QVERIFY2(!read.error(), qPrintable(read.error().fullText()));
    QCOMPARE(read.result().object().value(QLatin1String("displayName")).toString(),
             QStringLiteral("tdr.fresh"));
    QVERIFY(read.reads() > 1); // it had to wait
}

void TestRealismPipeline::readAfterExchangeCreateWaitsForGraph()
{
    ExchangeClient exchange(m_rig->api.get(), m_rig->profile);
    const QString domain = m_rig->client->sandbox().info().value(QLatin1String("domain")).toString();
    ExchangeCommandJob *create = exchange.invokeCommand(
        QStringLiteral("New-Mailbox"),
        {{QStringLiteral("Shared"), true},
         {QStringLiteral("Name"), QStringLiteral("Tdr Front Desk")},
         {QStringLiteral("PrimarySmtpAddress"), QStringLiteral("tdr.frontdesk@") + domain}});
    QSignalSpy created(create, &ExchangeCommandJob::finished);
    QVERIFY(created.wait(30000));
    QVERIFY2(!create->error(), qPrintable(create->error().fullText()));
    QCOMPARE(create->rows().size(), 1);
    const QString id =
        create->rows().first().toObject().value(QLatin1String("ExternalDirectoryObjectId")).toString();
    QVERIFY(!id.isEmpty());

    ApiJob *plain = m_rig->graph->get(QStringLiteral("/users/") + id);
    QVERIFY(GraphTestRig::wait(plain));
    QCOMPARE(plain->error().httpStatus(), 404);

    ReadAfterWriteJob read(m_rig->graph.get(), QStringLiteral("/users/%1?$select=id,mail").arg(id));
    read.start();
    QVERIFY(GraphTestRig::wait(&read));
    QVERIFY2(!read.error(), qPrintable(read.error().fullText()));
    QCOMPARE(read.result().object().value(QLatin1String("mail")).toString(),
             QStringLiteral("tdr.frontdesk@") + domain);
}

void TestRealismPipeline::readOfAnObjectThatNeverAppearsEndsWith404()
{
    ReadAfterWriteJob read(m_rig->graph.get(), QStringLiteral("/users/00000000-0000-0000-0000-00000000dead"),
                           600);
    QSignalSpy finished(&read, &ReadAfterWriteJob::finished);
    read.start();
    QVERIFY(GraphTestRig::wait(&read));
    QCOMPARE(read.error().httpStatus(), 404);
    QCOMPARE(read.error().code(), QStringLiteral("Request_ResourceNotFound"));
    QVERIFY(read.reads() >= 2);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void TestRealismPipeline::fractionalRetryAfterIsHonoured()
{
    m_rig->client->sandbox().server().throttle().setProfile(QStringLiteral("storm"));
    // On the wire: "Retry-After: 1.128".
    const QByteArray token = m_rig->client->adminAppToken();
    QByteArray retryAfter;
    for (int i = 0; i < 40 && retryAfter.isEmpty(); ++i) {
        const auto reply = m_rig->client->get(QStringLiteral("/v1.0/users?$top=1&$select=id"), token);
        if (reply.status == 429)
            retryAfter = reply.header("Retry-After");
    }
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d{3}$"))
                 .match(QString::fromLatin1(retryAfter))
                 .hasMatch(),
             retryAfter.constData());

    // The pipeline waits exactly that long, to the millisecond, and every read ends well.
    QList<ApiJob *> jobs;
    QList<qint64> delays;
    for (int i = 0; i < 10; ++i) {
        ApiJob *job = m_rig->graph->get(QStringLiteral("/users?$top=1&$select=id"));
        connect(job, &ApiJob::retrying, this, [&delays](int, qint64 delayMs) { delays.append(delayMs); });
        jobs.append(job);
    }
    for (ApiJob *job : jobs) {
        QVERIFY(GraphTestRig::wait(job));
        QVERIFY2(!job->error(), qPrintable(job->error().fullText()));
    }
    m_rig->client->sandbox().server().throttle().setProfile(QStringLiteral("off"));
    QVERIFY(!delays.isEmpty());
    for (qint64 delay : delays)
        QCOMPARE(delay % 1000, qint64(128));
}

QTEST_MAIN(TestRealismPipeline)
#include "tst_realismpipeline.moc"
