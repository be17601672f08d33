#include "graphtestrig.h"
#include "scriptedhttpserver.h"
#include "testrealism.h"

#include "graph/batchjob.h"

#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QtTest>

using namespace std::chrono_literals;

// BatchJob under the sandbox's "storm" throttle: 45 items (creates, a dependsOn chain, reads) split into
// batches of at most 20, throttled items sent again after Retry-After, every item ending exactly once, and no
// item that succeeded ever sent again (checked on the wire and by its side effects).
class TestBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stormEveryItemEndsOnceAndSuccessIsNeverResent();
    void failedDependencyEndsWith424();
    void invalidInputFailsEveryItem();
    void cancelEndsEveryItem();
    void unsafeItemsAreNotResentAfter503Or504();
    void faultsInsideA200BatchRetryOnlyReads();

private:
    BatchItem createUser(const QString &id, const QString &nick) const
    {
        BatchItem item;
        item.id = id;
        item.method = "POST";
        item.url = QStringLiteral("/users");
        item.body = QJsonDocument(
            QJsonObject{{QStringLiteral("accountEnabled"), true},
                        {QStringLiteral("displayName"), nick},
                        {QStringLiteral("mailNickname"), nick},
                        {QStringLiteral("userPrincipalName"), nick + QLatin1Char('@') + m_domain},
                        {QStringLiteral("usageLocation"), QStringLiteral("DK")},
                        {QStringLiteral("passwordProfile"),
                         QJsonObject{{QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")},
                                     {QStringLiteral("forceChangePasswordNextSignIn"), true}}}});
        return item;
    }
    int usersNamed(const QString &prefix) const
    {
        int n = 0;
        const auto &users = m_rig->client->tenant().users;
        for (qsizetype i = 0; i < users.slotCount(); ++i) {
            if (users.isAlive(i) &&
                users.at(i).value(QLatin1String("userPrincipalName")).toString().startsWith(prefix))
                ++n;
        }
        return n;
    }
    struct Run
    {
        QHash<QString, int> finishedPerItem;
        int finished = 0;
    };
    void run(BatchJob *job, Run *run, int timeoutMs = 120000)
    {
        connect(job, &BatchJob::itemFinished, this, [run](const QString &id) { ++run->finishedPerItem[id]; });
        connect(job, &BatchJob::finished, this, [run] { ++run->finished; });
        job->start();
        QVERIFY(QTest::qWaitFor([run] { return run->finished > 0; }, timeoutMs));
        QTest::qWait(20);
    }

    // A POST or PATCH that ended with the 503/504 of its last trip ("batch-faults"; earlier trips may have
    // been throttled with 429, which is sent again).
    static bool unsafeItemGaveUp(const BatchItem &item, const BatchItemResult &r)
    {
        return (item.method == "POST" || item.method == "PATCH") && (r.status == 503 || r.status == 504);
    }

    std::unique_ptr<GraphTestRig> m_rig;
    SandboxOptions m_options;
    QString m_domain;
};

void TestBatch::initTestCase()
{
    SandboxOptions options;
    options.users = 60;
    options.latencyMinMs = 2;
    options.latencyMaxMs = 6;
    options.throttleProfile = QStringLiteral("off");
    options = withTestRealism(options);
    m_options = options;
    // Many attempts: under "storm" an item may be throttled in several rounds before its turn comes.
    m_rig = std::make_unique<GraphTestRig>(options, RetryPolicy(5ms, 100ms, 40, 240000ms), true);
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
    m_domain = m_rig->client->sandbox().info().value(QLatin1String("domain")).toString();
    QVERIFY(!m_domain.isEmpty());
}

void TestBatch::stormEveryItemEndsOnceAndSuccessIsNeverResent()
{
    QList<BatchItem> items;
    for (int i = 0; i < 40; ++i)
        items.append(createUser(QStringLiteral("u%1").arg(i), QStringLiteral("tdb.user%1").arg(i)));
    const QString chainUpn = QStringLiteral("tdb.chain@") + m_domain;
    items.append(createUser(QStringLiteral("c1"), QStringLiteral("tdb.chain")));
    BatchItem patch;
    patch.id = QStringLiteral("c2");
    patch.method = "PATCH";
    patch.url = QStringLiteral("/users/") + chainUpn;
    patch.body = QJsonDocument(QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Chained")}});
    patch.dependsOn = {QStringLiteral("c1")};
    items.append(patch);
    BatchItem read;
    read.id = QStringLiteral("c3");
    read.url = QStringLiteral("/users/%1?$select=id,jobTitle").arg(chainUpn);
    read.dependsOn = {QStringLiteral("c2")};
    items.append(read);
    for (const QString &id : {QStringLiteral("g1"), QStringLiteral("g2")}) {
        BatchItem get;
        get.id = id;
        get.url = QStringLiteral("/users?$top=1&$select=id");
        items.append(get);
    }
    QCOMPARE(items.size(), 45);

    m_rig->client->sandbox().server().throttle().setProfile(QStringLiteral("storm"));
    m_rig->recorder()->batches.clear();
    BatchJob job(m_rig->graph.get(), items);
    Run result;
    run(&job, &result);
    m_rig->client->sandbox().server().throttle().setProfile(QStringLiteral("off"));

    QCOMPARE(result.finished, 1);
    QVERIFY2(!job.error(), qPrintable(job.error().fullText()));
    QCOMPARE(result.finishedPerItem.size(), 45);
    for (auto it = result.finishedPerItem.cbegin(); it != result.finishedPerItem.cend(); ++it)
        QCOMPARE(it.value(), 1); // exactly one final result per item
    // Every item succeeded; with faults inside batches ("batch-faults") a create or update may instead end
    // with its 503/504 (it may have been applied), and what depends on it with 424.
    const bool faults = m_options.realism.batchItemFaults > 0;
    int createdUsers = 0;
    for (const BatchItem &item : items) {
        const BatchItemResult r = job.result(item.id);
        const bool dependencyFailed = r.status == 424 && !job.result(item.dependsOn.value(0)).isSuccess();
        QVERIFY2(r.isSuccess() || (faults && (unsafeItemGaveUp(item, r) || dependencyFailed)),
                 qPrintable(item.id + QLatin1Char(' ') + QString::number(r.status) + QLatin1Char(' ') +
                            r.error.fullText()));
        if (item.id.startsWith(QLatin1Char('u')) && r.isSuccess())
            ++createdUsers;
    }
    if (job.result(QStringLiteral("c3")).isSuccess())
        QCOMPARE(job.result(QStringLiteral("c3")).body.toObject().value(QLatin1String("jobTitle")).toString(),
                 QStringLiteral("Chained"));
    else
        QVERIFY(faults);

    // On the wire: batches of at most 20, the chain always together, nothing sent after it succeeded, and
    // the throttle really hit items (else this test proves nothing).
    const auto &batches = m_rig->recorder()->batches;
    QHash<QString, int> sends;
    QSet<QString> succeeded;
    int throttledItems = 0, throttledBatches = 0;
    for (const auto &batch : batches) {
        QVERIFY(batch.sentIds.size() <= BatchJob::kMaxPerBatch);
        if (batch.outerStatus == 429)
            ++throttledBatches;
        const bool c1 = batch.sentIds.contains(QStringLiteral("c1")),
                   c2 = batch.sentIds.contains(QStringLiteral("c2")),
                   c3 = batch.sentIds.contains(QStringLiteral("c3"));
        if (c1)
            QVERIFY(c2 && c3); // a chain travels together (later rounds may carry only its unfinished tail)
        for (const QString &id : batch.sentIds) {
            QVERIFY2(!succeeded.contains(id),
                     qPrintable(id + QStringLiteral(" was sent again after it succeeded")));
            if (batch.outerStatus == 200) // a batch answered 429 as a whole was not processed
                ++sends[id];
            const int status = batch.itemStatus.value(id);
            if (status >= 200 && status < 300)
                succeeded.insert(id);
            if (status == 429)
                ++throttledItems;
        }
    }
    for (const BatchItem &item : items)
        QCOMPARE(sends.value(item.id), job.result(item.id).attempts);
    QVERIFY2(throttledItems > 0, "the storm profile throttled nothing");
    QVERIFY(job.itemRetries() > 0);
    QVERIFY(batches.size() >= 3);
    // Side effects: every user created exactly once.
    QCOMPARE(usersNamed(QStringLiteral("tdb.user")), createdUsers); // a faulted create was not run
    QCOMPARE(usersNamed(QStringLiteral("tdb.chain@")), job.result(QStringLiteral("c1")).isSuccess() ? 1 : 0);
    qInfo("45 items: %lld batches on the wire (%d throttled as a whole), %d item retries, %d item answers "
          "were 429",
          qint64(batches.size()), throttledBatches, job.itemRetries(), throttledItems);
}

void TestBatch::failedDependencyEndsWith424()
{
    // Exactly one trip for the dependent item: no item faults here (they would send both again).
    m_rig->client->sandbox().server().realism().batchItemFaults = 0;
    const auto restore = qScopeGuard([this] {
        m_rig->client->sandbox().server().realism().batchItemFaults = m_options.realism.batchItemFaults;
    });
    BatchItem missing;
    missing.id = QStringLiteral("a");
    missing.url = QStringLiteral("/users/nobody@nowhere.example");
    BatchItem dependent;
    dependent.id = QStringLiteral("b");
    dependent.url = QStringLiteral("/users?$top=1");
    dependent.dependsOn = {QStringLiteral("a")};
    BatchJob job(m_rig->graph.get(), {missing, dependent});
    Run result;
    run(&job, &result);
    QCOMPARE(job.result(QStringLiteral("a")).status, 404);
    QCOMPARE(job.result(QStringLiteral("a")).error.code(), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(job.result(QStringLiteral("b")).status, 424);
    QCOMPARE(job.result(QStringLiteral("b")).attempts, 1);
    QCOMPARE(result.finishedPerItem.value(QStringLiteral("b")), 1);
}

void TestBatch::invalidInputFailsEveryItem()
{
    BatchItem a;
    a.id = QStringLiteral("x");
    a.url = QStringLiteral("/users?$top=1");
    BatchItem b = a;
    b.dependsOn = {QStringLiteral("nope")};
    b.id = QStringLiteral("y");
    BatchJob job(m_rig->graph.get(), {a, b});
    Run result;
    run(&job, &result);
    QCOMPARE(job.error().kind(), Error::Kind::Configuration);
    QCOMPARE(result.finishedPerItem.size(), 2);

    // A dependsOn chain longer than one batch cannot be sent.
    QList<BatchItem> chain;
    for (int i = 0; i < 21; ++i) {
        BatchItem item;
        item.id = QString::number(i);
        item.url = QStringLiteral("/users?$top=1");
        if (i > 0)
            item.dependsOn = {QString::number(i - 1)};
        chain.append(item);
    }
    BatchJob tooLong(m_rig->graph.get(), chain);
    Run r2;
    run(&tooLong, &r2);
    QCOMPARE(r2.finishedPerItem.size(), 21);
    QCOMPARE(tooLong.result(QStringLiteral("20")).error.kind(), Error::Kind::Configuration);
    QCOMPARE(tooLong.batchesSent(), 0);
}

void TestBatch::cancelEndsEveryItem()
{
    m_rig->client->sandbox().server().setLatency(300, 300);
    QList<BatchItem> items;
    for (int i = 0; i < 30; ++i) {
        BatchItem item;
        item.id = QStringLiteral("r%1").arg(i);
        item.url = QStringLiteral("/users?$top=1");
        items.append(item);
    }
    BatchJob job(m_rig->graph.get(), items);
    Run result;
    connect(&job, &BatchJob::itemFinished, this, [&](const QString &id) { ++result.finishedPerItem[id]; });
    connect(&job, &BatchJob::finished, this, [&] { ++result.finished; });
    job.start();
    QTest::qWait(100);
    job.cancel();
    QVERIFY(QTest::qWaitFor([&] { return result.finished > 0; }, 5000));
    QTest::qWait(500);
    m_rig->client->sandbox().server().setLatency(2, 6);
    QCOMPARE(result.finished, 1);
    QCOMPARE(result.finishedPerItem.size(), 30);
    for (auto it = result.finishedPerItem.cbegin(); it != result.finishedPerItem.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(job.result(QStringLiteral("r0")).error.kind(), Error::Kind::Cancelled);
    QCOMPARE(job.error().kind(), Error::Kind::Cancelled);
}

void TestBatch::unsafeItemsAreNotResentAfter503Or504()
{
    // A hand-made $batch endpoint: every item gets 503 or 504 on its first trip, 200 afterwards.
    QHash<QString, int> trips;
    ScriptedHttpServer server([&](const ScriptedHttpServer::Request &request) {
        QJsonArray responses;
        const QJsonArray sent =
            QJsonDocument::fromJson(request.body).object().value(QLatin1String("requests")).toArray();
        for (const QJsonValue &v : sent) {
            const QString id = v.toObject().value(QLatin1String("id")).toString();
            const int trip = ++trips[id];
            const int status = trip > 1 ? 200 : (id.endsWith(QLatin1Char('3')) ? 503 : 504);
            responses.append(
                QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("headers"), QJsonObject()},
                            {QStringLiteral("body"), QJsonObject{{QStringLiteral("ok"), true}}}});
        }
        return ScriptedHttpServer::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson());
    });
    TenantProfile profile = m_rig->profile;
    profile.graphUrl = server.url(QStringLiteral("/v1.0"));
    GraphClient graph(m_rig->api.get(), profile);

    QList<BatchItem> items;
    const QList<QPair<QString, QByteArray>> methods = {
        {QStringLiteral("post3"), "POST"},     {QStringLiteral("post4"), "POST"},
        {QStringLiteral("patch3"), "PATCH"},   {QStringLiteral("patch4"), "PATCH"},
        {QStringLiteral("get3"), "GET"},       {QStringLiteral("put4"), "PUT"},
        {QStringLiteral("delete3"), "DELETE"}, {QStringLiteral("head4"), "HEAD"}};
    for (const auto &m : methods) {
        BatchItem item;
        item.id = m.first;
        item.method = m.second;
        item.url = QStringLiteral("/users/someone");
        if (m.second == "POST" || m.second == "PATCH" || m.second == "PUT")
            item.body = QJsonDocument(QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("x")}});
        items.append(item);
    }
    BatchJob job(&graph, items);
    Run result;
    run(&job, &result, 30000);
    QCOMPARE(result.finishedPerItem.size(), items.size());
    for (const auto &m : methods) {
        const BatchItemResult r = job.result(m.first);
        QCOMPARE(result.finishedPerItem.value(m.first), 1);
        if (m.second == "POST" || m.second == "PATCH") {
            // It may have been applied: an unknown outcome with its status, never sent again.
            QCOMPARE(trips.value(m.first), 1);
            QCOMPARE(r.status, m.first.endsWith(QLatin1Char('3')) ? 503 : 504);
            QCOMPARE(r.attempts, 1);
            QCOMPARE(r.error.kind(), Error::Kind::UnknownOutcome);
            QCOMPARE(r.error.httpStatus(), r.status);
        } else {
            QCOMPARE(trips.value(m.first), 2);
            QCOMPARE(r.status, 200);
            QVERIFY2(!r.error, qPrintable(r.error.fullText()));
        }
    }
    QCOMPARE(job.itemRetries(), 4);
}

void TestBatch::faultsInsideA200BatchRetryOnlyReads()
{
    // The real sandbox with "batch-faults" at a high rate: reads that got 503/504 inside a 200 batch are sent
    // again until they succeed; creates are never sent twice (each user exists once, or not at all).
    m_rig->client->sandbox().server().realism().batchItemFaults = 0.3;
    QList<BatchItem> items;
    for (int i = 0; i < 12; ++i)
        items.append(createUser(QStringLiteral("p%1").arg(i), QStringLiteral("tdf.user%1").arg(i)));
    for (int i = 0; i < 28; ++i) {
        BatchItem get;
        get.id = QStringLiteral("g%1").arg(i);
        get.url = QStringLiteral("/users?$top=1&$select=id");
        items.append(get);
    }
    m_rig->recorder()->batches.clear();
    BatchJob job(m_rig->graph.get(), items);
    Run result;
    run(&job, &result);
    m_rig->client->sandbox().server().realism().batchItemFaults = m_options.realism.batchItemFaults;

    QCOMPARE(result.finished, 1);
    QCOMPARE(result.finishedPerItem.size(), items.size());
    int created = 0, gaveUp = 0;
    for (const BatchItem &item : items) {
        const BatchItemResult r = job.result(item.id);
        QCOMPARE(result.finishedPerItem.value(item.id), 1);
        if (item.method == "GET") {
            QVERIFY2(r.isSuccess(), qPrintable(item.id + QLatin1Char(' ') + r.error.fullText()));
        } else if (r.isSuccess()) {
            QCOMPARE(r.attempts, 1);
            ++created;
        } else {
            QVERIFY2(unsafeItemGaveUp(item, r),
                     qPrintable(item.id + QLatin1Char(' ') + QString::number(r.status)));
            QCOMPARE(r.attempts, 1); // no throttling here: its only trip
            QCOMPARE(r.error.httpStatus(), r.status);
            ++gaveUp;
        }
    }
    QCOMPARE(created + gaveUp, 12);
    QCOMPARE(usersNamed(QStringLiteral("tdf.user")), created);
    // On the wire: each create in exactly one batch; the faults really hit (else this proves nothing).
    QHash<QString, int> sends;
    int faulted = 0;
    for (const auto &batch : m_rig->recorder()->batches) {
        for (const QString &id : batch.sentIds) {
            ++sends[id];
            const int status = batch.itemStatus.value(id);
            faulted += status == 503 || status == 504;
        }
    }
    for (int i = 0; i < 12; ++i)
        QCOMPARE(sends.value(QStringLiteral("p%1").arg(i)), 1);
    QVERIFY2(faulted > 0, "no item fault was injected");
    QVERIFY(job.itemRetries() > 0 || gaveUp == faulted);
}

QTEST_MAIN(TestBatch)
#include "tst_batch.moc"
