#include "graphtestrig.h"
#include "testrealism.h"

#include "graph/deltaiterator.h"
#include "graph/pageiterator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

// PageIterator and DeltaIterator against the sandbox: 10,000 users in pages of 999, delta rounds that return
// exactly what changed, $deltatoken=latest, resuming from a persisted link, and an expired token (410).
class TestPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tenThousandUsers();
    void consistencyLevelIsResentOnEveryPage();
    void initialDeltaThenExactlyTheChanges();
    void latestStartsFromNow();
    void resumeFromAPersistedLink();
    void expiredDeltaLinkNeedsAFullSync();
    void cancelStopsPaging();

private:
    struct Round
    {
        QStringList ids;
        QList<QJsonObject> items;
        QList<QUrl> links;
        int pages = 0;
        Error error;
        QUrl deltaLink;
        int finishedCount = 0;
    };
    template <typename Iterator> Round run(Iterator *it, int cancelAfterPages = -1)
    {
        Round round;
        connect(it, &Iterator::page, this, [&](const QJsonArray &items) {
            ++round.pages;
            for (const QJsonValue &v : items) {
                round.items.append(v.toObject());
                round.ids.append(v.toObject().value(QLatin1String("id")).toString());
            }
            if (round.pages == cancelAfterPages)
                it->cancel();
        });
        connect(it, &Iterator::linkAdvanced, this, [&](const QUrl &link) { round.links.append(link); });
        connect(it, &Iterator::finished, this, [&] { ++round.finishedCount; });
        it->start();
        const bool done = QTest::qWaitFor([&] { return round.finishedCount > 0; }, 120000);
        QTest::qWait(20);
        round.error =
            done ? it->error() : Error(Error::Kind::Timeout, QStringLiteral("test: never finished"));
        round.deltaLink = it->deltaLink();
        return round;
    }
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
    QStringList touchUsers(int count)
    {
        const auto reply = m_rig->client->postJson(QStringLiteral("/_sandbox/touch-users"), QByteArray(),
                                                   QJsonObject{{QStringLiteral("count"), count}});
        QStringList ids;
        for (const QJsonValue &v : reply.json().value(QLatin1String("ids")).toArray())
            ids.append(v.toString());
        return ids;
    }
    static QSet<QString> toSet(const QStringList &list) { return QSet<QString>(list.begin(), list.end()); }

    std::unique_ptr<GraphTestRig> m_rig;
    SandboxOptions m_options;
};

void TestPaging::initTestCase()
{
    SandboxOptions options;
    options.users = 10150; // about 1% are seeded as deleted users: >= 10,000 alive
    options.latencyMinMs = 0;
    options.latencyMaxMs = 1;
    options.throttleProfile = QStringLiteral("off");
    m_options = withTestRealism(options);
    // These cases page with $top=999 on purpose; a lowered page size is the full sync's to handle
    // (tests/services/tst_fullsyncrealism.cpp).
    m_options.realism.usersMaxPageSize = 0;
    m_rig = std::make_unique<GraphTestRig>(m_options);
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
    QVERIFY(m_rig->client->tenant().users.aliveCount() >= 10000);
}

void TestPaging::tenThousandUsers()
{
    PageIterator pages(m_rig->graph.get(), QStringLiteral("/users?$top=999&$select=id,displayName"));
    const Round round = run(&pages);
    QVERIFY2(!round.error, qPrintable(round.error.fullText()));
    QCOMPARE(round.finishedCount, 1);
    const QStringList expected = aliveUserIds();
    QCOMPARE(round.ids.size(), expected.size());
    QCOMPARE(toSet(round.ids).size(), round.ids.size()); // no duplicates
    QCOMPARE(toSet(round.ids), toSet(expected));         // none missing
    const int expectedPages = int((expected.size() + 998) / 999);
    QCOMPARE(round.pages, expectedPages);
    QCOMPARE(pages.pageCount(), expectedPages);
    QCOMPARE(round.links.size(), expectedPages - 1); // one nextLink per page but the last
    QVERIFY(round.deltaLink.isEmpty());
    qInfo("%lld users in %d pages", qint64(round.ids.size()), round.pages);
}

void TestPaging::consistencyLevelIsResentOnEveryPage()
{
    // $count=true with ConsistencyLevel: eventual is an advanced query; Graph does not carry the header over
    // to nextLinks, so every page repeats the first request's headers.
    PageIterator pages(
        m_rig->graph.get(),
        QStringLiteral("/users?$top=500&$count=true&$select=id&$filter=accountEnabled eq true"),
        {{"ConsistencyLevel", "eventual"}});
    const Round round = run(&pages);
    QVERIFY2(!round.error, qPrintable(round.error.fullText()));
    QVERIFY(round.pages > 1);
    QCOMPARE(pages.firstPageAnnotations().value(QLatin1String("@odata.count")).toInt(), round.ids.size());
}

void TestPaging::initialDeltaThenExactlyTheChanges()
{
    DeltaIterator initial(m_rig->graph.get(), QStringLiteral("/users/delta?$select=displayName,jobTitle"));
    const Round first = run(&initial);
    QVERIFY2(!first.error, qPrintable(first.error.fullText()));
    QCOMPARE(toSet(first.ids), toSet(aliveUserIds()));
    QCOMPARE(first.ids.size(), toSet(first.ids).size());
    QVERIFY(first.deltaLink.isValid());
    QCOMPARE(first.links.size(), first.pages); // a link after every page, the last being the deltaLink
    QCOMPARE(first.links.last(), first.deltaLink);
    QVERIFY(first.deltaLink.toString().contains(QLatin1String("$deltatoken=")));

    const QStringList touched = touchUsers(25);
    QCOMPARE(touched.size(), 25);
    // A soft delete shows up as @removed.
    const QString removed = aliveUserIds().at(7);
    ApiJob *del = m_rig->graph->remove(QStringLiteral("/users/") + removed);
    QVERIFY(GraphTestRig::wait(del));
    QCOMPARE(del->result().status, 204);

    DeltaIterator next(m_rig->graph.get(), first.deltaLink.toString());
    const Round second = run(&next);
    QVERIFY2(!second.error, qPrintable(second.error.fullText()));
    QCOMPARE(toSet(second.ids), toSet(touched) + QSet<QString>{removed});
    QCOMPARE(second.ids.size(), touched.size() + 1);
    for (const QJsonObject &item : second.items) {
        const QString id = item.value(QLatin1String("id")).toString();
        QCOMPARE(DeltaIterator::isRemoved(item), id == removed);
        if (id == removed)
            QCOMPARE(DeltaIterator::removedReason(item), QStringLiteral("changed"));
        else
            QVERIFY(item.contains(QLatin1String("jobTitle")));
    }
    QVERIFY(second.deltaLink.isValid());
    QVERIFY(second.deltaLink != first.deltaLink);

    DeltaIterator quiet(m_rig->graph.get(), second.deltaLink.toString());
    const Round third = run(&quiet);
    QVERIFY(!third.error);
    QVERIFY(third.ids.isEmpty());
    QVERIFY(third.deltaLink.isValid());
}

void TestPaging::latestStartsFromNow()
{
    const QString path =
        DeltaIterator::latestPath(QStringLiteral("/users/delta?$select=displayName,jobTitle"));
    QCOMPARE(path, QStringLiteral("/users/delta?$select=displayName,jobTitle&$deltatoken=latest"));
    DeltaIterator latest(m_rig->graph.get(), path);
    const Round now = run(&latest);
    QVERIFY2(!now.error, qPrintable(now.error.fullText()));
    QVERIFY(now.ids.isEmpty());
    QVERIFY(now.deltaLink.isValid());

    const QStringList touched = touchUsers(3);
    DeltaIterator after(m_rig->graph.get(), now.deltaLink.toString());
    const Round changes = run(&after);
    QVERIFY(!changes.error);
    QCOMPARE(toSet(changes.ids), toSet(touched));
}

void TestPaging::resumeFromAPersistedLink()
{
    DeltaIterator interrupted(m_rig->graph.get(), QStringLiteral("/users/delta?$select=displayName"));
    const Round part = run(&interrupted, 2); // "crash" after two pages
    QCOMPARE(part.error.kind(), Error::Kind::Cancelled);
    QCOMPARE(part.finishedCount, 1);
    QCOMPARE(part.pages, 2);
    QVERIFY(part.deltaLink.isEmpty());
    QCOMPARE(part.links.size(), 1); // cancelled inside page(): only the first page's link was announced

    // Resume from the last persisted link: the second page comes again (it was never confirmed), then the
    // rest.
    DeltaIterator resumed(m_rig->graph.get(), part.links.last().toString());
    const Round rest = run(&resumed);
    QVERIFY2(!rest.error, qPrintable(rest.error.fullText()));
    QSet<QString> all = toSet(part.ids.mid(0, part.ids.size()));
    all.unite(toSet(rest.ids));
    QCOMPARE(all, toSet(aliveUserIds()));
    QVERIFY(rest.deltaLink.isValid());
}

void TestPaging::expiredDeltaLinkNeedsAFullSync()
{
    DeltaIterator latest(m_rig->graph.get(),
                         DeltaIterator::latestPath(QStringLiteral("/users/delta?$select=displayName")));
    const Round now = run(&latest);
    QVERIFY(now.deltaLink.isValid());
    touchUsers(2);
    const auto expired =
        m_rig->client->postJson(QStringLiteral("/_sandbox/expire-delta-tokens"), QByteArray(), QJsonObject());
    QCOMPARE(expired.status, 200);

    DeltaIterator stale(m_rig->graph.get(), now.deltaLink.toString());
    const Round round = run(&stale);
    QCOMPARE(round.error.kind(), Error::Kind::Http);
    // 410 Gone, or 400 as identity resources answer a link older than 7 days ("delta-400").
    QCOMPARE(round.error.httpStatus(), m_options.realism.deltaExpiredAs400 ? 400 : 410);
    QCOMPARE(round.error.code(), QStringLiteral("syncStateNotFound"));
    QVERIFY(!round.error.requestId().isEmpty());
    QVERIFY(DeltaIterator::needsFullSync(round.error));
    QVERIFY(round.ids.isEmpty());
    QCOMPARE(round.finishedCount, 1);
    QVERIFY(!DeltaIterator::needsFullSync(Error(Error::Kind::Network, QString())));
}

void TestPaging::cancelStopsPaging()
{
    PageIterator pages(m_rig->graph.get(), QStringLiteral("/users?$top=100&$select=id"));
    const Round round = run(&pages, 3);
    QCOMPARE(round.error.kind(), Error::Kind::Cancelled);
    QCOMPARE(round.pages, 3);
    QCOMPARE(round.finishedCount, 1);
    QTest::qWait(100);
    QCOMPARE(round.finishedCount, 1);
}

QTEST_MAIN(TestPaging)
#include "tst_paging.moc"
