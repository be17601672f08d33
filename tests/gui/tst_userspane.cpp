// The Users pane over a real snapshot file: the rows appear without any network call, the search field and
// the school chosen in the navigation filter them, headers sort them, disabled and deleted users look
// different, the details pane shows the selected user, the status bar tells the snapshot's age and that the
// console works offline; without a snapshot the pane says how to get one.
#include "core/localization.h"
#include "core/settings.h"
#include "gui/detailspane.h"
#include "gui/elidedlabel.h"
#include "gui/mainwindow.h"
#include "gui/userspane.h"
#include "gui/userstatedelegate.h"
#include "models/navigationmodel.h"
#include "models/usersmodel.h"
#include "services/snapshotservice.h"
#include "usersnapshotfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// Exposes the delegate's styling so the test can see how a row would be painted.
class ProbeDelegate : public UserStateDelegate
{
public:
    using UserStateDelegate::initStyleOption;
};

QString statusText(MainWindow &window, const char *name)
{
    auto *label = window.statusBar()->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

QString detailsText(MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.findChild<DetailsPane *>()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

void clickHeader(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

bool isSorted(const QAbstractItemModel *model, int column, Qt::SortOrder order)
{
    for (int row = 1; row < model->rowCount(); ++row) {
        const QString previous = model->index(row - 1, column).data().toString();
        const QString current = model->index(row, column).data().toString();
        const int c = QString::compare(previous, current, Qt::CaseInsensitive);
        if (order == Qt::AscendingOrder ? c > 0 : c < 0)
            return false;
    }
    return true;
}

} // namespace

class TestUsersPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_snapshotPath;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir().mkpath(QStringLiteral(TENANTDESK_TEST_ARTIFACTS));
        m_snapshotPath = m_dir.filePath(QStringLiteral("skole.sqlite"));
        SnapshotDatabase database(m_snapshotPath);
        const Error error = UserSnapshotFixture::write(database);
        QVERIFY2(!error, qPrintable(error.fullText()));
    }

    void init() { QFile::remove(settingsPath()); }

    void showsFiltersAndSortsTheSnapshot()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        UsersPane *pane = window.findChild<UsersPane *>();
        QAbstractItemModelTester tester(pane->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SnapshotService controller;
        controller.setSyncWhenEmpty(false);
        window.setSnapshotService(&controller);
        window.setTenantName(QStringLiteral("Skolekom Test"));
        window.showWorkspace();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.currentKind(), ObjectKind::Users);

        QSignalSpy loaded(&controller, &SnapshotService::loaded);
        controller.open(m_snapshotPath, nullptr);
        // The file is read on a worker thread: the window keeps painting meanwhile.
        QVERIFY(controller.isLoading());
        QCOMPARE(pane->state(), UsersPane::State::Loading);
        QVERIFY(pane->showsEmptyState());
        QCOMPARE(pane->emptyStateText(), QStringLiteral("Reading the snapshot…"));
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY2(!controller.loadError(), qPrintable(controller.loadError().fullText()));

        QAbstractItemModel *model = pane->view()->model();
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount);
        QVERIFY(!pane->showsEmptyState());
        auto *summary = pane->findChild<QLabel *>(QStringLiteral("listSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("240 users"));
        QCOMPARE(model->columnCount(), int(UsersModel::ColumnCount));
        QCOMPARE(model->headerData(UsersModel::UpnColumn, Qt::Horizontal).toString(),
                 QStringLiteral("User name"));

        // The schools came into the navigation from the snapshot.
        const QModelIndex schoolsFolder = window.findChild<NavigationModel *>()->index(0, 0).model()->index(
            window.findChild<NavigationModel *>()->rowCount(
                window.findChild<NavigationModel *>()->index(0, 0)) -
                1,
            0, window.findChild<NavigationModel *>()->index(0, 0));
        QCOMPARE(schoolsFolder.data().toString(), QStringLiteral("Schools"));
        QCOMPARE(window.findChild<NavigationModel *>()->rowCount(schoolsFolder),
                 UserSnapshotFixture::schoolCount);
        QCOMPARE(window.findChild<NavigationModel *>()->index(0, 0, schoolsFolder).data().toString(),
                 UserSnapshotFixture::schoolName(0));

        // Status bar: the snapshot's age, and offline (no session) with the reason.
        QCOMPARE(statusText(window, "snapshotStatus"), QStringLiteral("Snapshot: just now"));
        auto *offline = window.statusBar()->findChild<QLabel *>(QStringLiteral("offlineStatus"));
        QVERIFY(offline && offline->isVisible());
        QCOMPARE(offline->text(), QStringLiteral("Offline — showing the snapshot from just now"));
        auto *reason = window.statusBar()->findChild<ElidedLabel *>(QStringLiteral("offlineReason"));
        QVERIFY(reason && reason->isVisible());
        QVERIFY2(reason->text().contains(QStringLiteral("not signed in")), qPrintable(reason->text()));

        // Sorted by name at first; clicking the header reverses, another header sorts by that column.
        QTableView *view = pane->view();
        QVERIFY(isSorted(model, UsersModel::NameColumn, Qt::AscendingOrder));
        const QString firstName = model->index(0, UsersModel::NameColumn).data().toString();
        clickHeader(view, UsersModel::NameColumn);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(isSorted(model, UsersModel::NameColumn, Qt::DescendingOrder));
        QCOMPARE(model->index(model->rowCount() - 1, UsersModel::NameColumn).data().toString(), firstName);
        clickHeader(view, UsersModel::UpnColumn);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(UsersModel::UpnColumn));
        QVERIFY(isSorted(model, UsersModel::UpnColumn, view->horizontalHeader()->sortIndicatorOrder()));
        QVERIFY(!isSorted(model, UsersModel::NameColumn, Qt::AscendingOrder));
        QVERIFY(!isSorted(model, UsersModel::NameColumn, Qt::DescendingOrder));
        clickHeader(view, UsersModel::NameColumn);
        if (view->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
            clickHeader(view, UsersModel::NameColumn);
        QVERIFY(isSorted(model, UsersModel::NameColumn, Qt::AscendingOrder));

        // Disabled and deleted users are painted differently from enabled ones.
        ProbeDelegate probe;
        const auto styleOf = [&](int fixtureUser) {
            const QModelIndexList hits =
                model->match(model->index(0, UsersModel::UpnColumn), Qt::DisplayRole,
                             UserSnapshotFixture::upn(fixtureUser), 1, Qt::MatchExactly);
            QStyleOptionViewItem option;
            option.initFrom(view);
            if (!hits.isEmpty())
                probe.initStyleOption(&option, hits.first());
            return option;
        };
        QVERIFY(qobject_cast<UserStateDelegate *>(view->itemDelegate()));
        const QStyleOptionViewItem enabled = styleOf(1);
        const QStyleOptionViewItem disabled = styleOf(40);
        const QStyleOptionViewItem deleted = styleOf(UserSnapshotFixture::deletedUser);
        QVERIFY(!enabled.font.italic() && !enabled.font.strikeOut());
        QVERIFY(disabled.font.italic() && !disabled.font.strikeOut());
        QVERIFY(deleted.font.strikeOut());
        QVERIFY(disabled.palette.color(QPalette::Text) != enabled.palette.color(QPalette::Text));
        const QModelIndexList deletedRow =
            model->match(model->index(0, UsersModel::UpnColumn), Qt::DisplayRole,
                         UserSnapshotFixture::upn(UserSnapshotFixture::deletedUser));
        QCOMPARE(deletedRow.size(), 1);
        QCOMPARE(deletedRow.first().siblingAtColumn(UsersModel::StateColumn).data().toString(),
                 QStringLiteral("Deleted"));

        // Selecting a user shows it in the details pane, with when it was last read from the tenant.
        const QModelIndex second = model->index(1, UsersModel::NameColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        QCOMPARE(view->currentIndex().row(), 1);
        const QString selectedName = second.data().toString();
        QTRY_VERIFY(detailsText(window).contains(selectedName));
        QVERIFY(detailsText(window).contains(QStringLiteral("Last read from the tenant")));
        QVERIFY(detailsText(window).contains(QStringLiteral("Class ")));
        QVERIFY(window.grab().save(QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/userspane-offline.png")));

        // Ctrl+F, then typing filters over name, user name, mail and school.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<QLineEdit *>(QStringLiteral("searchField"))->hasFocus());
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchField")),
                         QStringLiteral("vestsk"));
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount / UserSnapshotFixture::schoolCount);
        QCOMPARE(summary->text(), QStringLiteral("80 of 240 users"));
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchField")),
                         QStringLiteral("ELEV123@"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, UsersModel::UpnColumn).data().toString(), UserSnapshotFixture::upn(123));
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchField")), QStringLiteral("zzz"));
        QVERIFY(pane->showsEmptyState());
        QCOMPARE(pane->emptyStateText(), QStringLiteral("No user matches the search or the school chosen."));
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchField")),
                         QStringLiteral("kowalska"));
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount / 6);
        QVERIFY(window.grab().save(QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/userspane-filtered.png")));
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount);

        // A school in the navigation: only its users, for the school's Users row and the school row itself.
        const QString school = UserSnapshotFixture::schoolId(2);
        QVERIFY(window.selectLocation(NavigationModel::location(school, ObjectKind::Users)));
        QCOMPARE(window.currentKind(), ObjectKind::Users);
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount / UserSnapshotFixture::schoolCount);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, UsersModel::SchoolColumn).data().toString(),
                     UserSnapshotFixture::schoolName(2));
        // Both filters at once: every Jensen is in this school, no Tamm is.
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchField")),
                         QStringLiteral("jensen"));
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount / 6);
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchField")),
                         QStringLiteral("tamm"));
        QCOMPARE(model->rowCount(), 0);
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->clear();
        // Keyboard: Up from the school's Users row is the school row; it lists the school's users too.
        window.findChild<QTreeView *>(QStringLiteral("navigationTree"))->setFocus();
        QTest::keyClick(window.findChild<QTreeView *>(QStringLiteral("navigationTree")), Qt::Key_Up);
        QCOMPARE(
            window.findChild<QTreeView *>(QStringLiteral("navigationTree"))->currentIndex().data().toString(),
            UserSnapshotFixture::schoolName(2));
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount / UserSnapshotFixture::schoolCount);
        QVERIFY(window.selectLocation(QStringLiteral("tenant/users")));
        QCOMPARE(model->rowCount(), UserSnapshotFixture::userCount);
    }

    void showsAnEmptyStateWithoutSnapshot()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        SnapshotService controller;
        controller.setSyncWhenEmpty(false);
        window.setSnapshotService(&controller);
        window.showWorkspace();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("never-read.sqlite"));
        QSignalSpy loaded(&controller, &SnapshotService::loaded);
        controller.open(path, nullptr);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!controller.hasSnapshot());
        QVERIFY(!QFileInfo::exists(path)); // looking does not create a snapshot
        UsersPane *pane = window.findChild<UsersPane *>();
        QVERIFY(pane->showsEmptyState());
        QCOMPARE(pane->emptyStateText(),
                 QStringLiteral("No snapshot yet — Refresh (F5) to read the tenant."));
        QCOMPARE(statusText(window, "snapshotStatus"), QStringLiteral("No snapshot"));
        QCOMPARE(statusText(window, "offlineStatus"),
                 QStringLiteral("Offline — no snapshot of this tenant yet"));

        // Switching to a profile with a snapshot replaces the (empty) list.
        controller.open(m_snapshotPath, nullptr);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(pane->view()->model()->rowCount(), UserSnapshotFixture::userCount);
        QVERIFY(!pane->showsEmptyState());
    }

    void retranslatesTheUsersList()
    {
        Settings settings(settingsPath());
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        MainWindow window(settings, localization);
        SnapshotService controller;
        controller.setSyncWhenEmpty(false);
        window.setSnapshotService(&controller);
        window.showWorkspace();
        QSignalSpy loaded(&controller, &SnapshotService::loaded);
        controller.open(m_snapshotPath, nullptr);
        QTRY_COMPARE(loaded.size(), 1);
        QAbstractItemModel *model = window.findChild<UsersPane *>()->view()->model();
        QCOMPARE(model->headerData(UsersModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QVERIFY(localization.apply(QStringLiteral("da")));
        QTRY_VERIFY(model->headerData(UsersModel::NameColumn, Qt::Horizontal).toString() !=
                    QStringLiteral("Name"));
        QVERIFY(localization.apply(QStringLiteral("en")));
        QTRY_COMPARE(model->headerData(UsersModel::NameColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Name"));
    }
};

QTEST_MAIN(TestUsersPane)
#include "tst_userspane.moc"
