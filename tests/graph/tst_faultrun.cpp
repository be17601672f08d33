#include "graphtestrig.h"

#include "graph/pageiterator.h"

#include "sandbox/server/sandboxserver.h"
#include "testrealism.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace std::chrono_literals;

// THE FAULT RUN: a ~5,000-user sandbox that throttles like Graph ("graph" profile, Retry-After honoured) and
// injects faults (503 5%, connection reset 2%, malformed JSON 1%). Every user is listed with PageIterator; no
// id may be duplicated or missing compared with the sandbox's own user list. Prints the figures.
class TestFaultRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listEveryUserDespiteFaults_data();
    void listEveryUserDespiteFaults();

private:
    QStringList aliveUserIds() const
    {
        QStringList ids;
        const auto &users = m_rig->client->tenant().users;
        for (qsizetype i = 0; i < users.slotCount(); ++i) {
            if (users.isAlive(i))
                ids.append(users.at(i).value(QLatin1String("id")).toString());
        }
        return ids;
    }
    std::unique_ptr<GraphTestRig> m_rig;
    int m_maxTop = 999; // what /users accepts ("page-size" realism switch)
};

void TestFaultRun::initTestCase()
{
    SandboxOptions options;
    options.users = 5060; // about 1% are seeded as deleted: >= 5,000 alive
    options.latencyMinMs = 2;
    options.latencyMaxMs = 6;
    options.throttleProfile = QStringLiteral("graph");
    QString error;
    QVERIFY2(options.setFaults(QStringLiteral("503=0.05,reset=0.02,malformed=0.01"), &error),
             qPrintable(error));
    options = withTestRealism(options);
    if (options.realism.usersMaxPageSize > 0)
        m_maxTop = options.realism.usersMaxPageSize;
    m_rig = std::make_unique<GraphTestRig>(options);
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
    QVERIFY(m_rig->client->tenant().users.aliveCount() >= 5000);
}

void TestFaultRun::listEveryUserDespiteFaults_data()
{
    QTest::addColumn<int>("top");
    QTest::addColumn<int>("listings");
    QTest::addColumn<int>("rounds");
    // Ten complete listings one after another, so that the fault rates show in the figures (one listing is
    // only six requests).
    QTest::newRow("$top=999, 10 listings in turn") << 999 << 1 << 10;
    // Many small pages from twelve listings at once: enough requests for the "graph" throttle to answer 429.
    QTest::newRow("$top=100, 12 parallel listings") << 100 << 12 << 1;
}

void TestFaultRun::listEveryUserDespiteFaults()
{
    QFETCH(int, top);
    top = std::min(top, m_maxTop);
    QFETCH(int, listings);
    QFETCH(int, rounds);
    // Short back-off for the tests; Retry-After from the server is still honoured in full.
    ApiClient api(m_rig->network.get(), m_rig->tokens.get(), RetryPolicy(5ms, 200ms, 10, 240000ms));
    GraphClient graph(&api, m_rig->profile);
    const quint64 serverBefore = m_rig->client->sandbox().server().requestCount();

    const QStringList expected = aliveUserIds();
    const QSet<QString> expectedSet(expected.begin(), expected.end());
    const int pagesPerListing = int((expected.size() + top - 1) / top);
    qsizetype duplicates = 0, missing = 0;
    for (int round = 0; round < rounds; ++round) {
        QList<QStringList> ids(listings);
        QList<PageIterator *> iterators;
        int finished = 0;
        for (int i = 0; i < listings; ++i) {
            auto *pages = new PageIterator(
                &graph, QStringLiteral("/users?$top=%1&$select=id,displayName").arg(top), {}, this);
            connect(pages, &PageIterator::page, this, [&ids, i](const QJsonArray &items) {
                for (const QJsonValue &v : items)
                    ids[i].append(v.toObject().value(QLatin1String("id")).toString());
            });
            connect(pages, &PageIterator::finished, this, [&finished] { ++finished; });
            iterators.append(pages);
            pages->start();
        }
        QVERIFY(QTest::qWaitFor([&] { return finished == listings; }, 240000));
        for (int i = 0; i < listings; ++i) {
            QVERIFY2(!iterators[i]->error(), qPrintable(iterators[i]->error().fullText()));
            const QSet<QString> got(ids[i].begin(), ids[i].end());
            duplicates += ids[i].size() - got.size();
            missing += (expectedSet - got).size();
            QCOMPARE(got - expectedSet, QSet<QString>()); // nothing that is not a user
            QCOMPARE(iterators[i]->pageCount(), pagesPerListing);
        }
        qDeleteAll(iterators);
    }

    const ApiClient::Statistics stats = api.statistics();
    const quint64 serverRequests = m_rig->client->sandbox().server().requestCount() - serverBefore;
    qInfo("FAULT RUN (%s): users=%lld listings=%d pages/listing=%d requests=%llu (server saw %llu) "
          "retries=%llu "
          "throttled=%llu failures=%llu duplicates=%lld missing=%lld",
          QTest::currentDataTag(), qint64(expected.size()), listings * rounds, pagesPerListing,
          stats.requestsSent, serverRequests, stats.retries, stats.throttledResponses, stats.failures,
          qint64(duplicates), qint64(missing));
    QCOMPARE(duplicates, 0);
    QCOMPARE(missing, 0);
    QCOMPARE(stats.failures, 0u);
    QVERIFY(stats.retries > 0); // the faults were really there
    QCOMPARE(stats.requestsSent, quint64(listings * rounds * pagesPerListing) + stats.retries);
}

QTEST_MAIN(TestFaultRun)
#include "tst_faultrun.moc"
