// The console's main window: it opens, navigation switches the list pane, the language switch
// re-translates the open window, geometry and location survive a restart, and a screenshot is saved.
#include "core/localization.h"
#include "core/settings.h"
#include "gui/firstrunpage.h"
#include "gui/mainwindow.h"
#include "gui/objectlistpane.h"
#include "gui/preferencesdialog.h"
#include "models/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    static QList<School> schools()
    {
        return {{QStringLiteral("au-1"), QStringLiteral("Nørre Gymnasium"), QString()},
                {QStringLiteral("au-2"), QStringLiteral("Szkoła Podstawowa nr 7"), QString()}};
    }
    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private slots:
    void init() { QFile::remove(settingsPath()); }

    void opensOnFirstRunScreen()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isShowingFirstRun());
        auto *open = window.firstRunPage()->findChild<QPushButton *>(QStringLiteral("openSandboxButton"));
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Open the sandbox tenant"));
        QSignalSpy spy(&window, &MainWindow::openSandboxRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        auto *connect =
            window.firstRunPage()->findChild<QPushButton *>(QStringLiteral("connectTenantButton"));
        QVERIFY(connect);
        QVERIFY(!connect->isEnabled()); // no sign-in provider wired in this window
    }

    void navigationSwitchesPanes()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        QAbstractItemModelTester tester(window.navigationModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.setTenant(QStringLiteral("Skolekom Demo"), schools());
        window.showWorkspace();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.currentKind(), ObjectKind::Users);
        QVERIFY(window.selectLocation(QStringLiteral("school:au-2/groups")));
        QCOMPARE(window.currentKind(), ObjectKind::Groups);
        QCOMPARE(window.currentLocation(), QStringLiteral("school:au-2/groups"));
        QVERIFY(window.listPane(ObjectKind::Groups)->isVisible());
        QVERIFY(!window.listPane(ObjectKind::Users)->isVisible());

        // Keyboard: Down moves to the next kind in the tree (Calendar permissions follows Groups).
        window.navigationView()->setFocus();
        QTest::keyClick(window.navigationView(), Qt::Key_Down);
        QCOMPARE(window.currentKind(), ObjectKind::CalendarPermissions);
        QVERIFY(!window.selectLocation(QStringLiteral("school:nope/users")));

        // Settings exist for the tenant only, not per school.
        QVERIFY(window.selectLocation(QStringLiteral("tenant/settings")));
        QVERIFY(!window.selectLocation(QStringLiteral("school:au-1/settings")));
    }

    void searchFiltersEveryPane()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        window.showWorkspace();
        window.show();
        // Any pane filters as the user types (the Users pane is covered with a snapshot in tst_userspane).
        QStandardItemModel users;
        users.appendRow(new QStandardItem(QStringLiteral("Søren Kjærgaard")));
        users.appendRow(new QStandardItem(QStringLiteral("Łucja Wiśniewska")));
        window.listPane(ObjectKind::Groups)->setSourceModel(&users);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.listPane(ObjectKind::Groups)->showsEmptyState());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchField()->hasFocus());
        QTest::keyClicks(window.searchField(), QStringLiteral("wisniew")); // no match: ś is not s
        QVERIFY(window.listPane(ObjectKind::Groups)->showsEmptyState());
        window.searchField()->clear();
        QTest::keyClicks(window.searchField(), QStringLiteral("ucja"));
        QCOMPARE(window.listPane(ObjectKind::Groups)->view()->model()->rowCount(), 1);
        QTest::keyClicks(window.searchField(), QStringLiteral("zzz"));
        QVERIFY(window.listPane(ObjectKind::Groups)->showsEmptyState());
    }

    void languageSwitchRetranslatesOpenWindow()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        window.setTenant(QStringLiteral("Skolekom Demo"), schools());
        window.showWorkspace();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        const QString englishUsers =
            window.navigationModel()->indexForLocation(QStringLiteral("tenant/users")).data().toString();
        QCOMPARE(englishUsers, QStringLiteral("Users"));

        // Through the Preferences dialog, as a user would.
        PreferencesDialog dialog(settings, localization, &window);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 7); // system + six languages
        dialog.selectLanguage(QStringLiteral("da"));
        dialog.accept();
        QCOMPARE(localization.currentLanguage(), QStringLiteral("da"));
        QCOMPARE(settings.language(), QStringLiteral("da"));
        // Qt delivers LanguageChange through the event loop.
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Filer"));
        QCOMPARE(window.navigationModel()->indexForLocation(QStringLiteral("tenant/users")).data().toString(),
                 QStringLiteral("Brugere"));
        QCOMPARE(window.navigationModel()
                     ->indexForLocation(QStringLiteral("tenant/function-mailboxes"))
                     .data()
                     .toString(),
                 QStringLiteral("Funktionspostkasser"));
        auto *status = window.statusBar()->findChild<QLabel *>(QStringLiteral("accountStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Ikke logget ind"));

        QDir().mkpath(QStringLiteral(TENANTDESK_TEST_ARTIFACTS));
        const QString shot = QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/mainwindow-da.png");
        QVERIFY(window.grab().save(shot));
        QVERIFY(QFileInfo(shot).size() > 1000);

        QVERIFY(localization.apply(QStringLiteral("en")));
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(window.navigationModel()->indexForLocation(QStringLiteral("tenant/users")).data().toString(),
                 englishUsers);
        QCOMPARE(status->text(), QStringLiteral("Not signed in"));
        QVERIFY(window.grab().save(QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/mainwindow-en.png")));
    }

    void statusBarShowsTenantAccountAndSnapshotAge()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        window.setTenantStatus({QStringLiteral("Skolekom Demo"), QStringLiteral("admin@skolekom.dk"),
                                QDateTime::currentDateTimeUtc().addSecs(-3 * 3600)});
        auto label = [&](const char *name) {
            return window.statusBar()->findChild<QLabel *>(QString::fromLatin1(name))->text();
        };
        QCOMPARE(label("tenantStatus"), QStringLiteral("Tenant: Skolekom Demo"));
        QCOMPARE(label("accountStatus"), QStringLiteral("Signed in as admin@skolekom.dk"));
        QCOMPARE(label("snapshotStatus"), QStringLiteral("Snapshot: 3 hours old"));
        QVERIFY(localization.apply(QStringLiteral("pl")));
        QTRY_VERIFY(label("snapshotStatus") != QStringLiteral("Snapshot: 3 hours old"));
        QVERIFY(label("snapshotStatus").contains(QLatin1String("3")));
    }

    void geometryAndLocationAreRemembered()
    {
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        {
            Settings settings(settingsPath());
            MainWindow window(settings, localization);
            window.setTenant(QStringLiteral("Skolekom Demo"), schools());
            window.showWorkspace();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            QVERIFY(window.selectLocation(QStringLiteral("tenant/licences")));
            window.close();
        }
        Settings settings(settingsPath());
        MainWindow window(settings, localization);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isShowingFirstRun());
        QCOMPARE(window.size(), QSize(900, 640));
        QCOMPARE(window.currentLocation(), QStringLiteral("tenant/licences"));
        QCOMPARE(window.currentKind(), ObjectKind::Licences);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
