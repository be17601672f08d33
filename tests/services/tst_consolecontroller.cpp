// The console's controller without a window: the embedded training tenant started as the tenantdesk-sandbox
// process, its profile rewritten and signed in to with the secret it hands out, its snapshot read; a sandbox
// that cannot start or prints something else than its start-up line reported once; saved profiles opened,
// an unknown one refused, one without a sign-in offered for sign-in; sign-out leaving the snapshot offline,
// or deleting it when asked (and keeping it, with the reason, while a refresh writes to it).
#include "cache/snapshotdatabase.h"
#include "core/profilestore.h"
#include "services/consolecontroller.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString sandboxProgram = QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-sandbox");
const QString profileName = QStringLiteral("controller-sandbox");

// The controller as the console holds it: profiles in a throw-away file, one snapshot service.
struct Console
{
    explicit Console(const QString &iniPath) : profiles(iniPath), controller(profiles, snapshot)
    {
        controller.sandbox().setProgram(sandboxProgram);
        controller.setSandboxProfileName(profileName);
    }
    ProfileStore profiles;
    SnapshotService snapshot;
    ConsoleController controller;
};
} // namespace

class TestConsoleController : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(sandboxProgram), qPrintable(sandboxProgram));
    }

    void cleanupTestCase()
    {
        bool forgotten = false;
        TenantSession::forgetSecrets(profileName, [&forgotten](const Error &) { forgotten = true; });
        QTRY_VERIFY(forgotten);
    }

    void opensTheSandboxProcessSignsInAndReadsIt()
    {
        Console console(iniPath());
        ConsoleController &controller = console.controller;
        QSignalSpy ready(&controller, &ConsoleController::workspaceReady);
        QSignalSpy failed(&controller, &ConsoleController::sandboxFailed);
        controller.openSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(controller.sandbox().isRunning());

        // The profile comes from the process's start-up line: its address, its certificate, its clients.
        const TenantProfile profile = console.profiles.profile(profileName);
        QCOMPARE(profile.name, profileName);
        QCOMPARE(profile.graphUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(profile.trustedCertificatePem.startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        QCOMPARE(profile.signInMethod, TenantProfile::SignInMethod::ClientSecret);
        QCOMPARE(console.profiles.currentName(), profileName);
        QCOMPARE(controller.tenantName(),
                 controller.sandbox().info().value(QStringLiteral("domain")).toString());
        QVERIFY(!controller.tenantName().isEmpty());
        QCOMPARE(console.snapshot.snapshotPath(), SnapshotService::pathFor(profileName));

        // Signed in as the application with the secret the sandbox handed out, then read by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!controller.account().isEmpty(), 30000);
        QCOMPARE(controller.account(), profile.appClientId);
        // … and called by the application's display name, not its id.
        QTRY_COMPARE_WITH_TIMEOUT(controller.accountName(), QStringLiteral("Tenantdesk automation"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(console.snapshot.hasSnapshot() && !console.snapshot.isRefreshing(), 240000);
        QVERIFY(!console.snapshot.isOffline());

        // Opening it again while it runs reuses the process and the session.
        TenantSession *session = controller.session();
        const QJsonObject info = controller.sandbox().info();
        controller.openProfile(profileName, true);
        QCOMPARE(ready.count(), 2);
        QCOMPARE(controller.session(), session);
        QCOMPARE(controller.sandbox().info(), info);

        // Signing out forgets the sign-in; the snapshot stays, offline, with the reason.
        QSignalSpy changed(&controller, &ConsoleController::tenantChanged);
        QSignalSpy signOutFailed(&controller, &ConsoleController::signOutFailed);
        controller.signOut();
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_VERIFY(controller.account().isEmpty());
        QCOMPARE(signOutFailed.count(), 0);
        QTRY_VERIFY(console.snapshot.isOffline());
        QCOMPARE(console.snapshot.offlineReason().kind(), Error::Kind::SignInRequired);
        QTRY_VERIFY(console.snapshot.hasSnapshot());
    }

    void aSandboxThatCannotStartIsReportedOnce_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such-sandbox"))
                                 << QStringLiteral("no-such-sandbox");
        // Prints a line that is not the JSON start-up line.
        QTest::newRow("not the contract") << QStringLiteral("/bin/echo") << QStringLiteral("instead of");
    }

    void aSandboxThatCannotStartIsReportedOnce()
    {
        QFETCH(QString, program);
        QFETCH(QString, mentions);
        Console console(iniPath());
        console.controller.sandbox().setProgram(program);
        QSignalSpy failed(&console.controller, &ConsoleController::sandboxFailed);
        QSignalSpy ready(&console.controller, &ConsoleController::workspaceReady);
        console.controller.openSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        const Error error = failed.first().first().value<Error>();
        QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
        QTest::qWait(200); // nothing more arrives for the same start
        QCOMPARE(failed.count(), 1);
        QCOMPARE(ready.count(), 0);
        QVERIFY(!console.controller.sandbox().isRunning());
        QVERIFY(console.controller.session() == nullptr);
    }

    void savedProfilesOpenUnknownOnesAreRefused()
    {
        Console console(iniPath());
        TenantProfile school = TenantProfile::forCommercialCloud(
            QStringLiteral("skole-nord"), QStringLiteral("11111111-2222-3333-4444-555555555555"),
            QStringLiteral("66666666-7777-8888-9999-000000000000"));
        QString error;
        QVERIFY2(console.profiles.save(school, &error), qPrintable(error));
        QSignalSpy offered(&console.controller, &ConsoleController::signInOffered);
        QSignalSpy profiles(&console.controller, &ConsoleController::profilesChanged);

        QVERIFY(!console.controller.openProfile(QStringLiteral("no-such-profile"), true));
        QVERIFY(console.controller.session() == nullptr);

        QVERIFY(console.controller.openProfile(school.name, true));
        QCOMPARE(console.controller.session()->profile().name, school.name);
        QCOMPARE(console.controller.tenantName(), school.name);
        QCOMPARE(console.profiles.currentName(), school.name);
        QVERIFY(console.controller.profileNames().contains(school.name));
        QVERIFY(profiles.count() >= 1);
        // Never signed in: offered once, and the snapshot is offline for that reason.
        QTRY_COMPARE(offered.count(), 1);
        QCOMPARE(offered.first().first().value<TenantProfile>().name, school.name);
        QTRY_VERIFY(console.snapshot.isOffline());
        QCOMPARE(console.snapshot.offlineReason().kind(), Error::Kind::SignInRequired);
        console.controller.openProfile(school.name, false);
        QTest::qWait(100);
        QCOMPARE(offered.count(), 1);
    }

    void signingOutCanDeleteTheSnapshot()
    {
        Console console(iniPath());
        const TenantProfile school = TenantProfile::forCommercialCloud(
            QStringLiteral("skole-vest"), QStringLiteral("11111111-2222-3333-4444-555555555555"),
            QStringLiteral("66666666-7777-8888-9999-000000000000"));
        QString error;
        QVERIFY2(console.profiles.save(school, &error), qPrintable(error));
        const QString snapshot = SnapshotService::pathFor(school.name);
        const QStringList files{snapshot, snapshot + QStringLiteral("-wal")};
        QVERIFY(QDir().mkpath(QFileInfo(snapshot).path()));
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("pupils");
        }
        QVERIFY(console.controller.openProfile(school.name, false));
        QTRY_VERIFY(!console.snapshot.isLoading());
        QSignalSpy deleteFailed(&console.controller, &ConsoleController::snapshotDeleteFailed);
        QSignalSpy signOutFailed(&console.controller, &ConsoleController::signOutFailed);
        QSignalSpy changed(&console.controller, &ConsoleController::tenantChanged);

        // A plain sign-out keeps the snapshot.
        console.controller.signOut();
        QTRY_VERIFY(changed.count() >= 1);
        QVERIFY(QFile::exists(snapshot));

        // While a refresh writes to it, it is kept, and the reason is given.
        {
            QLockFile writer(SnapshotDatabase::writerLockPathFor(snapshot));
            QVERIFY(writer.tryLock(0));
            console.controller.signOut(true);
            QTRY_COMPARE(deleteFailed.count(), 1);
            const Error refused = deleteFailed.first().first().value<Error>();
            QCOMPARE(refused.kind(), Error::Kind::Storage);
            QVERIFY(QFile::exists(snapshot));
            QTRY_VERIFY(!console.snapshot.isLoading());
        }

        // Asked for, it goes with the sign-in: the pupils' data is no longer on this computer.
        console.controller.signOut(true);
        QTRY_VERIFY(!QFile::exists(snapshot));
        for (const QString &file : files)
            QVERIFY2(!QFile::exists(file), qPrintable(file));
        QCOMPARE(deleteFailed.count(), 1);
        QCOMPARE(signOutFailed.count(), 0);
        QVERIFY(!console.snapshot.hasSnapshot());
        QVERIFY(console.controller.session() != nullptr); // the profile stays, signed out
        QVERIFY(console.profiles.contains(school.name));
    }

    void removingAProfileTakesItsSnapshotAndSecrets()
    {
        Console console(iniPath());
        const TenantProfile school = TenantProfile::forCommercialCloud(
            QStringLiteral("skole-syd"), QStringLiteral("11111111-2222-3333-4444-555555555555"),
            QStringLiteral("66666666-7777-8888-9999-000000000000"));
        QString error;
        QVERIFY2(console.profiles.save(school, &error), qPrintable(error));
        QVERIFY(console.controller.openProfile(school.name, false));
        const QString snapshot = SnapshotService::pathFor(school.name);
        QVERIFY(QDir().mkpath(QFileInfo(snapshot).path()));
        for (const QString &file :
             {snapshot, snapshot + QStringLiteral("-wal"), snapshot + QStringLiteral("-shm")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("pupils");
        }

        QSignalSpy profiles(&console.controller, &ConsoleController::profilesChanged);
        bool done = false;
        Error result(Error::Kind::Storage, QStringLiteral("not called"));
        console.controller.removeProfile(school.name, [&](const Error &e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(!result, qPrintable(result.fullText()));
        QVERIFY(!console.profiles.contains(school.name));
        QVERIFY(console.controller.session() == nullptr); // it was the open one
        QVERIFY(!console.controller.profileNames().contains(school.name));
        QVERIFY(profiles.count() >= 1);
        for (const QString &file :
             {snapshot, snapshot + QStringLiteral("-wal"), snapshot + QStringLiteral("-shm")})
            QVERIFY2(!QFile::exists(file), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestConsoleController)
#include "tst_consolecontroller.moc"
