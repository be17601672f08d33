// Refreshing the snapshot from the console against the in-process sandbox over HTTPS: a signed-in profile
// without a snapshot is read by itself with progress in the status bar, Esc cancels a refresh and keeps the
// rows, an expired delta link says that a full read follows, and a tenant that cannot be reached (or a
// profile never signed in) leaves the console offline on its snapshot, with the reason.
#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "core/localization.h"
#include "core/settings.h"
#include "core/tenantprofile.h"
#include "gui/elidedlabel.h"
#include "gui/mainwindow.h"
#include "gui/userspane.h"
#include "models/navigationmodel.h"
#include "sandboxclient.h"
#include "sandboxsignin.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A main window on the snapshot controller, as the console shows it.
struct Console
{
    explicit Console(const QString &settingsPath) : settings(settingsPath)
    {
        localization.apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(settings, localization);
        window->setSnapshotService(&controller);
        window->setTenantName(QStringLiteral("Sandbox"));
        window->showWorkspace();
        window->show();
        window->activateWindow();
    }
    ~Console() { window->setSnapshotService(nullptr); }

    int rows() const { return window->findChild<UsersPane *>()->view()->model()->rowCount(); }
    QWidget *status(const char *name) const
    {
        return window->statusBar()->findChild<QWidget *>(QString::fromLatin1(name));
    }
    QString text(const char *name) const
    {
        QWidget *widget = status(name);
        if (auto *label = qobject_cast<QLabel *>(widget))
            return label->text();
        if (auto *label = qobject_cast<ElidedLabel *>(widget))
            return label->text();
        return QString();
    }

    Settings settings;
    Localization localization;
    SnapshotService controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestSnapshotRefresh : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxClient> m_client;
    TenantProfile m_profile;
    std::unique_ptr<TenantSession> m_session;
    QTemporaryDir m_dir;
    QString m_path;
    int m_users = 0;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    int snapshotUsers()
    {
        SnapshotDatabase database(m_path);
        if (database.open())
            return -1;
        std::vector<UserRecord> users;
        if (SnapshotReader(database).loadUsers(&users))
            return -1;
        return int(users.size());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir().mkpath(QStringLiteral(TENANTDESK_TEST_ARTIFACTS));
        m_path = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        SandboxOptions options;
        options.users = 2500;
        options.schools = 3;
        const QString failure = SandboxSignIn::start(options, QStringLiteral("gui-refresh-test"), &m_client,
                                                     &m_profile, &m_session);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void cleanupTestCase()
    {
        if (m_session)
            QVERIFY(SandboxSignIn::signOut(*m_session));
    }

    void firstSyncRunsByItselfWithProgress()
    {
        Console console(settingsPath());
        console.window->setAccount(m_session->account());
        QVERIFY(QTest::qWaitForWindowExposed(console.window.get()));
        QAbstractItemModelTester tester(console.window->findChild<UsersPane *>()->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&console.controller, &SnapshotService::loaded);
        QSignalSpy finished(&console.controller, &SnapshotService::refreshFinished);
        bool progressShown = false;
        connect(&console.controller, &SnapshotService::refreshProgress, this,
                [&](const SnapshotSync::Progress &progress) {
                    if (progress.objects <= 0)
                        return;
                    progressShown =
                        progressShown || (console.status("refreshProgress")->isVisible() &&
                                          console.text("refreshProgress").contains(progress.phase) &&
                                          console.status("cancelRefreshButton")->isVisible() &&
                                          console.status("refreshProgressBar")->isVisible());
                });

        console.controller.open(m_path, m_session.get());
        QVERIFY(!console.controller.isOffline());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!console.controller.hasSnapshot());
        // Signed in, never read: the first read starts by itself, the window stays usable.
        QVERIFY(console.controller.isRefreshing());
        QVERIFY(console.window->findChild<QAction *>(QStringLiteral("cancelRefreshAction"))->isEnabled());
        QVERIFY(!console.window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.fullText()));
        QVERIFY(progressShown);
        QTRY_COMPARE(loaded.size(), 2);

        m_users = snapshotUsers();
        QVERIFY2(m_users > 2000, qPrintable(QString::number(m_users))); // about the 2500 asked for
        QCOMPARE(console.rows(), m_users);
        QVERIFY(!console.window->findChild<UsersPane *>()->showsEmptyState());
        NavigationModel *navigation = console.window->findChild<NavigationModel *>();
        const QModelIndex tenant = navigation->index(0, 0);
        const QModelIndex schools = navigation->index(navigation->rowCount(tenant) - 1, 0, tenant);
        QCOMPARE(navigation->rowCount(schools), 3);
        QCOMPARE(console.text("snapshotStatus"), QStringLiteral("Snapshot: just now"));
        QVERIFY(!console.status("offlineStatus")->isVisible());
        QVERIFY(!console.status("refreshProgress")->isVisible());
        QCOMPARE(console.text("refreshMessage"), QStringLiteral("Snapshot refreshed."));
        QVERIFY(console.window->findChild<QAction *>(QStringLiteral("refreshAction"))->isEnabled());
        QVERIFY(
            console.window->grab().save(QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/userspane-normal.png")));
    }

    void escapeCancelsAndKeepsTheRows()
    {
        QVERIFY(m_users > 0);
        Console console(settingsPath());
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
        QSignalSpy loaded(&console.controller, &SnapshotService::loaded);
        console.controller.open(m_path, m_session.get());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(console.rows(), m_users);
        QVERIFY(!console.controller.isRefreshing()); // a snapshot exists: nothing starts by itself

        // The sandbox forgets its delta tokens: the refresh says a full read follows; Esc stops it.
        QCOMPARE(m_client->postJson(QStringLiteral("/_sandbox/expire-delta-tokens"), {}, {}).status / 100, 2);
        QSignalSpy fellBack(&console.controller, &SnapshotService::refreshFellBackToFull);
        QSignalSpy finished(&console.controller, &SnapshotService::refreshFinished);
        QString noticeShown;
        connect(&console.controller, &SnapshotService::refreshProgress, this,
                [&](const SnapshotSync::Progress &progress) {
                    if (fellBack.isEmpty() || progress.objects <= 0 || !noticeShown.isEmpty())
                        return;
                    noticeShown = console.text("refreshMessage");
                    QTest::keyClick(console.window.get(), Qt::Key_Escape);
                });
        QTest::keyClick(console.window.get(), Qt::Key_F5);
        QVERIFY(console.controller.isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(fellBack.size(), 1);
        QCOMPARE(noticeShown, fellBack.first().first().toString());
        QCOMPARE(finished.first().first().value<Error>().kind(), Error::Kind::Cancelled);
        QCOMPARE(console.text("refreshMessage"),
                 QStringLiteral("Refresh cancelled; the snapshot is as it was."));
        QVERIFY(!console.status("cancelRefreshButton")->isVisible());
        QCOMPARE(loaded.size(), 1); // nothing new to read
        QCOMPARE(console.rows(), m_users);
        QCOMPARE(snapshotUsers(), m_users);

        // F5 again reads the whole tenant (still no delta token) to the end.
        finished.clear();
        QTest::keyClick(console.window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.fullText()));
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(console.rows(), m_users);
    }

    void neverSignedInProfileWorksOffline()
    {
        QVERIFY(m_users > 0);
        TenantProfile profile = m_profile;
        profile.name = QStringLiteral("gui-refresh-never-signed-in");
        TenantSession session(profile);
        Console console(settingsPath());
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
        QSignalSpy loaded(&console.controller, &SnapshotService::loaded);
        console.controller.open(m_path, &session);
        QVERIFY(console.controller.isOffline());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(console.rows(), m_users);
        QVERIFY(!console.controller.isRefreshing());
        QVERIFY(console.status("offlineStatus")->isVisible());
        QCOMPARE(console.text("offlineStatus"),
                 QStringLiteral("Offline — showing the snapshot from just now"));
        QVERIFY(console.status("offlineRefreshButton")->isVisible());

        QSignalSpy finished(&console.controller, &SnapshotService::refreshFinished);
        QTest::mouseClick(console.status("offlineRefreshButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        const Error error = finished.first().first().value<Error>();
        QVERIFY2(SnapshotService::isOfflineError(error), qPrintable(error.fullText()));
        QCOMPARE(console.text("offlineReason"), error.message());
        QCOMPARE(console.rows(), m_users);
    }

    void unreachableTenantKeepsTheSnapshot()
    {
        QVERIFY(m_users > 0);
        m_client.reset(); // the tenant is gone; the session still holds its token
        Console console(settingsPath());
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
        QSignalSpy loaded(&console.controller, &SnapshotService::loaded);
        console.controller.open(m_path, m_session.get());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(console.rows(), m_users);

        QSignalSpy finished(&console.controller, &SnapshotService::refreshFinished);
        QTest::keyClick(console.window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const Error error = finished.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Network);
        QVERIFY(console.controller.isOffline());
        QVERIFY(console.status("offlineStatus")->isVisible());
        QCOMPARE(console.text("offlineStatus"),
                 QStringLiteral("Offline — showing the snapshot from just now"));
        QCOMPARE(console.text("offlineReason"), error.message());
        QVERIFY(!console.status("refreshMessage")->isVisible()); // said once, by the offline notice
        QCOMPARE(console.rows(), m_users);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(console.window->findChild<QAction *>(QStringLiteral("refreshAction"))
                    ->isEnabled()); // offered again for when it is back
        QVERIFY(console.window->grab().save(
            QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/userspane-offline-unreachable.png")));
    }

    // The console asks the tenant once on open: an unreachable one shows as offline before anyone acts.
    void unreachableTenantIsNoticedOnOpen()
    {
        QVERIFY(!m_client); // gone since the test above
        Console console(settingsPath());
        console.controller.setProbesNetwork(true);
        QSignalSpy refreshes(&console.controller, &SnapshotService::refreshStarted);
        console.controller.open(m_path, m_session.get());
        QVERIFY(!console.controller.isOffline()); // signed in: online until the tenant says otherwise
        QTRY_VERIFY_WITH_TIMEOUT(console.controller.isOffline(), 60000);
        QCOMPARE(console.controller.offlineReason().kind(), Error::Kind::Network);
        QVERIFY(console.status("offlineStatus")->isVisible());
        QCOMPARE(refreshes.size(), 0);
    }
};

QTEST_MAIN(TestSnapshotRefresh)
#include "tst_snapshotrefresh.moc"
