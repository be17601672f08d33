// A full sync against a sandbox as hard as Microsoft 365: ranges on userPrincipalName refused (startsWith
// partitions, checked against /users/$count, or one delta round), page tokens that expire (the partition
// alone starts again), a lowered /users page size, and all of them together with faults and Graph's
// throttling. Every time the snapshot holds exactly the sandbox's own users: none missing, none doubled.
#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "core/tenantprofile.h"
#include "sandbox/server/sandboxserver.h"
#include "sandboxclient.h"
#include "services/snapshotsync.h"
#include "services/tenantsession.h"
#include "services/userlistingplan.h"

#include <QEventLoop>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

class TestFullSyncRealism : public QObject
{
    Q_OBJECT

    // One small tenant, signed in, with an empty snapshot.
    struct Rig
    {
        std::unique_ptr<SandboxClient> client;
        std::unique_ptr<TenantSession> session;
        QTemporaryDir dir;
        std::unique_ptr<SnapshotDatabase> database;
    };

    static std::unique_ptr<Rig> makeRig(const SandboxOptions &options)
    {
        auto rig = std::make_unique<Rig>();
        rig->client = std::make_unique<SandboxClient>(options);
        if (!rig->client->isRunning())
            qFatal("sandbox: %s", qPrintable(rig->client->startError()));
        QString error;
        const TenantProfile profile = TenantProfile::fromSandboxInfo(QStringLiteral("realism-test"),
                                                                     rig->client->sandbox().info(), &error);
        rig->session = std::make_unique<TenantSession>(profile);
        QSignalSpy signedIn(rig->session.get(), &TenantSession::signedIn);
        QSignalSpy failed(rig->session.get(), &TenantSession::signInFailed);
        rig->session->signInWithClientSecret(
            rig->client->sandbox().info().value(QLatin1String("confidentialClientSecret")).toString());
        if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 30000) || !failed.isEmpty())
            qFatal("sign-in failed");
        rig->database =
            std::make_unique<SnapshotDatabase>(rig->dir.filePath(QStringLiteral("snapshot.sqlite")));
        if (rig->database->open())
            qFatal("snapshot did not open");
        return rig;
    }

    static SandboxOptions smallTenant()
    {
        SandboxOptions options;
        options.users = 2500;
        options.schools = 2;
        options.latencyMinMs = 0;
        options.latencyMaxMs = 2;
        return options;
    }

    // Runs a full sync. With `stallOnUsers`, the first page of users stalls everything for longer than the
    // page tokens live (1 s), so the tokens the partitions hold when it ends have expired.
    static SnapshotSync::Summary fullSync(Rig &rig, bool stallOnUsers = false)
    {
        SnapshotSync sync(rig.session.get(), rig.database.get());
        bool stalled = false;
        QObject::connect(&sync, &SnapshotSync::progress, &sync, [&] {
            if (stallOnUsers && !stalled && sync.summary().objectsByKind.value(QStringLiteral("users")) > 0) {
                stalled = true;
                QThread::msleep(1300);
            }
        });
        QEventLoop loop;
        QObject::connect(&sync, &SnapshotSync::finished, &loop, &QEventLoop::quit);
        sync.start(SnapshotSync::Mode::Full);
        if (sync.isRunning())
            loop.exec();
        if (sync.error())
            qWarning("sync failed: %s", qPrintable(sync.error().fullText()));
        return sync.error() ? SnapshotSync::Summary() : sync.summary();
    }

    // The snapshot's users are exactly the sandbox's alive users, each once.
    static void compareUsers(Rig &rig)
    {
        QSet<QString> expected;
        const auto &users = rig.client->tenant().users;
        for (qsizetype i = 0; i < users.slotCount(); ++i) {
            if (users.isAlive(i))
                expected.insert(users.at(i).value(QLatin1String("id")).toString());
        }
        std::vector<UserRecord> stored;
        QVERIFY(!SnapshotReader(*rig.database).loadUsers(&stored));
        QSet<QString> got;
        qsizetype listed = 0;
        for (const UserRecord &user : stored) {
            if (user.state == UserRecord::State::Deleted)
                continue;
            ++listed;
            got.insert(user.id);
        }
        QCOMPARE(listed, got.size()); // none doubled
        QCOMPARE(got - expected, QSet<QString>());
        QCOMPARE(expected - got, QSet<QString>()); // none missing
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rangesRefusedListsByPrefix()
    {
        SandboxOptions options = smallTenant();
        options.realism.upnRangesRefused = true;
        auto rig = makeRig(options);
        const SnapshotSync::Summary first = fullSync(*rig);
        QVERIFY(first.full);
        QCOMPARE(first.usersListing, QStringLiteral("prefixes"));
        compareUsers(*rig);
        QCOMPARE(rig->database->metaValue(UserListingPlan::strategyKey()), QStringLiteral("prefixes"));

        // The next full sync goes straight to the prefixes: without the two probes (ranges refused,
        // prefixes accepted) it is the same listing.
        const SnapshotSync::Summary second = fullSync(*rig);
        QCOMPARE(second.usersListing, QStringLiteral("prefixes"));
        QCOMPARE(second.requests + 2, first.requests);
        compareUsers(*rig);
        QCOMPARE(second.objectsByKind.value(QStringLiteral("users")),
                 first.objectsByKind.value(QStringLiteral("users")));
    }

    void prefixesThatMissSomeoneFallBackToDelta()
    {
        SandboxOptions options = smallTenant();
        options.realism.upnRangesRefused = true;
        auto rig = makeRig(options);
        // An address starting with a character outside the prefix alphabet.
        auto &users = rig->client->tenant().users;
        QJsonObject odd = users.at(0);
        const QString domain = odd.value(QLatin1String("userPrincipalName")).toString().section('@', 1);
        odd.insert(QStringLiteral("id"), QStringLiteral("0dd00000-0000-4000-8000-000000000001"));
        odd.insert(QStringLiteral("userPrincipalName"), QStringLiteral("+odd@") + domain);
        users.insert(odd, rig->client->tenant().nextSequence());

        const SnapshotSync::Summary summary = fullSync(*rig);
        QVERIFY(summary.full);
        QCOMPARE(summary.usersListing, QStringLiteral("delta"));
        compareUsers(*rig);
        QCOMPARE(summary.objectsByKind.value(QStringLiteral("users")), users.aliveCount());
        QCOMPARE(rig->database->metaValue(UserListingPlan::strategyKey()), QStringLiteral("delta"));
        // Remembered: the next one lists by delta at once.
        QCOMPARE(fullSync(*rig).usersListing, QStringLiteral("delta"));
        compareUsers(*rig);
    }

    void expiredPageTokenRestartsThePartition()
    {
        SandboxOptions options = smallTenant();
        options.realism.usersMaxPageSize = 40; // several pages per partition
        auto rig = makeRig(options);
        rig->client->sandbox().server().realism().pageTokenExpirySeconds = 1;
        const SnapshotSync::Summary summary = fullSync(*rig, true);
        QVERIFY(summary.full);
        QVERIFY2(summary.restarts > 0, "no partition had to start again");
        compareUsers(*rig);
        QCOMPARE(summary.objectsByKind.value(QStringLiteral("users")),
                 rig->client->tenant().users.aliveCount());
    }

    void refusedPageSizeIsLoweredAndRemembered()
    {
        SandboxOptions options = smallTenant();
        options.realism.usersMaxPageSize = 120;
        auto rig = makeRig(options);
        const SnapshotSync::Summary summary = fullSync(*rig);
        QVERIFY(summary.full);
        QCOMPARE(summary.usersListing, QStringLiteral("ranges"));
        compareUsers(*rig);
        QCOMPARE(rig->database->metaValue(UserListingPlan::pageSizeKey()), QStringLiteral("120"));
    }

    void strictWithFaultsAndThrottling()
    {
        SandboxOptions options = smallTenant();
        QString error;
        QVERIFY2(options.setRealism(QStringLiteral("strict"), &error), qPrintable(error));
        options.realism.usersMaxPageSize = 40;
        auto rig = makeRig(options);
        SandboxServer &server = rig->client->sandbox().server();
        server.realism().pageTokenExpirySeconds = 1;
        QVERIFY(options.setFaults(QStringLiteral("503=0.05,reset=0.02,malformed=0.01"), &error));
        server.setFaults(options.faults);
        server.throttle().setProfile(QStringLiteral("graph"));

        const SnapshotSync::Summary summary = fullSync(*rig, true);
        QVERIFY(summary.full);
        QVERIFY2(summary.restarts > 0, "no partition had to start again");
        QCOMPARE(summary.usersListing, QStringLiteral("prefixes"));
        compareUsers(*rig);
        qInfo("strict full sync: requests=%llu retries=%llu throttled=%llu restarts=%llu seconds=%.1f",
              summary.requests, summary.retries, summary.throttled, summary.restarts, summary.seconds);
    }
};

QTEST_MAIN(TestFullSyncRealism)
#include "tst_fullsyncrealism.moc"
