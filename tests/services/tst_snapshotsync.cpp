// The snapshot sync against the in-process sandbox over HTTPS: a full sync lists every user, group and school
// exactly once, a refresh uses delta with a handful of requests, an expired delta link falls back to a full
// sync and says so, and a cancelled sync leaves the previous snapshot as it was.
#include "cache/snapshotdatabase.h"
#include "cache/snapshotdiff.h"
#include "cache/snapshotreader.h"
#include "core/tenantprofile.h"
#include "core/user.h"
#include "sandboxclient.h"
#include "sandboxsignin.h"
#include "services/snapshotsync.h"
#include "services/tenantsession.h"
#include "testrealism.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSnapshotSync : public QObject
{
    Q_OBJECT

    static void waitFor(SnapshotSync &sync)
    {
        QEventLoop loop;
        QObject::connect(&sync, &SnapshotSync::finished, &loop, &QEventLoop::quit);
        if (sync.isRunning())
            loop.exec();
    }

    qint64 sandboxStat(const char *key)
    {
        const auto reply = m_client->get(QStringLiteral("/_sandbox/stats"), {});
        return qint64(reply.json().value(QLatin1String(key)).toDouble());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxOptions options;
        options.users = 3000;
        options.schools = 3;
        const QString failure = SandboxSignIn::start(withTestRealism(options), QStringLiteral("sync-test"),
                                                     &m_client, &m_profile, &m_session);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString opened = SandboxSignIn::openSnapshot(m_dir, &m_database);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanupTestCase()
    {
        if (m_session)
            QVERIFY(SandboxSignIn::signOut(*m_session));
    }

    void fullSyncListsEverythingOnce()
    {
        SnapshotSync sync(m_session.get(), m_database.get());
        QSignalSpy progress(&sync, &SnapshotSync::progress);
        sync.start(SnapshotSync::Mode::Auto);
        waitFor(sync);
        QVERIFY2(!sync.error(), qPrintable(sync.error().fullText()));
        const SnapshotSync::Summary summary = sync.summary();
        QVERIFY(summary.full);
        QVERIFY(!progress.isEmpty());

        std::vector<UserRecord> users;
        SnapshotReader reader(*m_database);
        QVERIFY(!reader.loadUsers(&users));
        QSet<QString> ids;
        for (const UserRecord &user : users) {
            if (user.state != UserRecord::State::Deleted)
                ids.insert(user.id);
        }
        QCOMPARE(qint64(ids.size()), sandboxStat("users"));
        QList<DirectoryRecord> groups;
        QVERIFY(!reader.objects(SnapshotObjectType::Group, &groups));
        QCOMPARE(qint64(groups.size()), sandboxStat("groups"));
        QList<School> schools;
        QVERIFY(!reader.schools(&schools));
        QCOMPARE(schools.size(), 3);
        QVERIFY(!m_database->deltaLink(SnapshotObjectType::User).isEmpty());
        QVERIFY(!m_database->deltaLink(SnapshotObjectType::Group).isEmpty());
        // Members of each school came with the listing.
        QStringList members;
        QVERIFY(!reader.members(SnapshotRelation::AdministrativeUnitMember, schools.first().id, &members));
        QVERIFY(!members.isEmpty());
    }

    void refreshUsesDelta()
    {
        const qint64 before = m_database->currentGeneration();
        const auto touched =
            m_client->postJson(QStringLiteral("/_sandbox/touch-users"), {}, {{QStringLiteral("count"), 100}});
        QCOMPARE(touched.status, 200);
        const QJsonArray ids = touched.json().value(QLatin1String("ids")).toArray();
        QCOMPARE(ids.size(), 100);

        SnapshotSync sync(m_session.get(), m_database.get());
        sync.start(SnapshotSync::Mode::Auto);
        waitFor(sync);
        QVERIFY2(!sync.error(), qPrintable(sync.error().fullText()));
        QVERIFY(!sync.summary().full);
        QVERIFY2(sync.summary().requests <= 3, qPrintable(QString::number(sync.summary().requests)));
        QCOMPARE(sync.summary().objectsByKind.value(QStringLiteral("users")), 100);
        QVERIFY(m_database->currentGeneration() > before);

        // The new job title is in the snapshot.
        SnapshotReader reader(*m_database);
        DirectoryRecord stored;
        const QString id = ids.first().toString();
        QVERIFY(!reader.object(SnapshotObjectType::User, id, &stored));
        const auto live =
            m_client->get(QStringLiteral("/v1.0/users/") + id + QStringLiteral("?$select=jobTitle"),
                          m_client->adminAppToken());
        QCOMPARE(User::fromRecord(stored).jobTitle, live.json().value(QLatin1String("jobTitle")).toString());
    }

    void expiredDeltaFallsBackToFull()
    {
        QCOMPARE(m_client->postJson(QStringLiteral("/_sandbox/expire-delta-tokens"), {}, {}).status / 100, 2);
        SnapshotSync sync(m_session.get(), m_database.get());
        QSignalSpy fallback(&sync, &SnapshotSync::fallingBackToFull);
        sync.start(SnapshotSync::Mode::Auto);
        waitFor(sync);
        QVERIFY2(!sync.error(), qPrintable(sync.error().fullText()));
        QCOMPARE(fallback.size(), 1);
        QVERIFY(sync.summary().fellBackToFull);
        QVERIFY(sync.summary().full);
        QCOMPARE(sync.summary().objectsByKind.value(QStringLiteral("users")), sandboxStat("users"));
    }

    void cancelKeepsThePreviousSnapshot()
    {
        const qint64 before = m_database->currentGeneration();
        SnapshotSync sync(m_session.get(), m_database.get());
        int pages = 0;
        connect(&sync, &SnapshotSync::progress, &sync, [&](const SnapshotSync::Progress &p) {
            if (p.objects > 0 && ++pages == 2)
                sync.cancel();
        });
        sync.start(SnapshotSync::Mode::Full);
        waitFor(sync);
        QCOMPARE(sync.error().kind(), Error::Kind::Cancelled);
        QTRY_COMPARE(m_database->currentGeneration(), before);
        std::vector<UserRecord> users;
        QVERIFY(!SnapshotReader(*m_database).loadUsers(&users));
        QVERIFY(!users.empty());
    }

    void retentionKeepsTheLastGenerations()
    {
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(
                m_client
                    ->postJson(QStringLiteral("/_sandbox/touch-users"), {}, {{QStringLiteral("count"), 5}})
                    .status,
                200);
            SnapshotSync sync(m_session.get(), m_database.get());
            sync.setGenerationsKept(2);
            sync.start(SnapshotSync::Mode::Auto);
            waitFor(sync);
            QVERIFY2(!sync.error(), qPrintable(sync.error().fullText()));
        }
        QList<qint64> complete;
        for (const SnapshotGeneration &g : m_database->generations()) {
            if (g.status == SnapshotGeneration::Status::Complete)
                complete << g.id;
        }
        QCOMPARE(complete.size(), 2);
        // The kept generations still diff exactly: the last refresh changed 5 users.
        SnapshotDiffResult diff;
        QVERIFY(!SnapshotDiff(*m_database).diff(complete.first(), complete.last(), &diff));
        QCOMPARE(diff.changed.size(), 5);
    }

private:
    std::unique_ptr<SandboxClient> m_client;
    TenantProfile m_profile;
    std::unique_ptr<TenantSession> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<SnapshotDatabase> m_database;
};

QTEST_GUILESS_MAIN(TestSnapshotSync)
#include "tst_snapshotsync.moc"
