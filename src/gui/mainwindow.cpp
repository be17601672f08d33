#include "gui/mainwindow.h"

#include "core/localization.h"
#include "core/settings.h"
#include "core/version.h"
#include "gui/accountmenu.h"
#include "gui/detailspane.h"
#include "gui/firstrunpage.h"
#include "gui/objectlistpane.h"
#include "gui/preferencesdialog.h"
#include "gui/refreshstatus.h"
#include "gui/userspane.h"
#include "models/navigationmodel.h"
#include "models/usersmodel.h"
#include "services/snapshotservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

MainWindow::MainWindow(Settings &settings, Localization &localization, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_localization(localization),
      m_navigation(new NavigationModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("searchToolBar"));
    toolbar->setMovable(false);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    toolbar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (ObjectListPane *pane : std::as_const(m_panes))
            pane->setFilterText(text);
    });

    m_pages = new QStackedWidget(this);
    m_firstRun = new FirstRunPage(m_pages);
    m_workspace = createWorkspace();
    m_pages->addWidget(m_firstRun);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);
    connect(m_firstRun, &FirstRunPage::openSandboxRequested, this, &MainWindow::openSandboxRequested);
    connect(m_firstRun, &FirstRunPage::connectTenantRequested, this, &MainWindow::connectTenantRequested);

    m_tenantLabel = new QLabel(this);
    m_accountLabel = new QLabel(this);
    m_snapshotLabel = new QLabel(this);
    m_tenantLabel->setObjectName(QStringLiteral("tenantStatus"));
    m_accountLabel->setObjectName(QStringLiteral("accountStatus"));
    m_snapshotLabel->setObjectName(QStringLiteral("snapshotStatus"));
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->hide();
    m_refreshStatus = new RefreshStatus(this);
    statusBar()->addWidget(m_tenantLabel);
    statusBar()->addWidget(m_accountLabel);
    statusBar()->addWidget(m_keychainLabel);
    statusBar()->addWidget(m_refreshStatus, 1);
    statusBar()->addPermanentWidget(m_snapshotLabel);
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    m_ageTimer->start();

    retranslate();
    resize(1100, 700);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
    if (!selectLocation(m_settings.lastLocation()))
        selectLocation(NavigationModel::location(QString(), ObjectKind::Users));
    if (m_settings.firstRunDone())
        showWorkspace();
    else
        showFirstRun();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openSandboxAction = new QAction(this);
    m_openSandboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openSandboxAction, &QAction::triggered, this, &MainWindow::openSandboxRequested);
    m_connectAction = new QAction(this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_connectAction->setEnabled(false); // until the executable wires a sign-in (setConnectAvailable)
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectTenantRequested);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false); // needs a snapshot to refresh
    m_cancelRefreshAction = new QAction(this);
    m_cancelRefreshAction->setObjectName(QStringLiteral("cancelRefreshAction"));
    m_cancelRefreshAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelRefreshAction->setEnabled(false); // while a refresh runs
    m_focusNavigationAction = new QAction(this);
    m_focusNavigationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_focusNavigationAction, &QAction::triggered, this, [this] { m_navigationView->setFocus(); });
    m_focusListAction = new QAction(this);
    m_focusListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_focusListAction, &QAction::triggered, this,
            [this] { m_panes.value(currentKind())->view()->setFocus(); });
    m_focusDetailsAction = new QAction(this);
    m_focusDetailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_focusDetailsAction, &QAction::triggered, this, [this] { m_details->setFocus(); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openSandboxAction);
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_cancelRefreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusNavigationAction);
    m_viewMenu->addAction(m_focusListAction);
    m_viewMenu->addAction(m_focusDetailsAction);
    m_accountMenu = new AccountMenu(m_connectAction, this);
    menuBar()->addMenu(m_accountMenu);
    connect(m_accountMenu, &AccountMenu::profileSwitchRequested, this, &MainWindow::profileSwitchRequested);
    connect(m_accountMenu, &AccountMenu::signOutTriggered, this, &MainWindow::confirmSignOut);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

QWidget *MainWindow::createWorkspace()
{
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_navigationView = new QTreeView(m_splitter);
    m_navigationView->setObjectName(QStringLiteral("navigationTree"));
    m_navigationView->setModel(m_navigation);
    m_navigationView->setHeaderHidden(true);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigationView->expandToDepth(0);
    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigationChanged);
    connect(m_navigation, &QAbstractItemModel::modelReset, this,
            [this] { m_navigationView->expandToDepth(0); });

    m_listStack = new QStackedWidget(m_splitter);
    m_listStack->setObjectName(QStringLiteral("listStack"));
    for (ObjectKind kind : allObjectKinds()) {
        ObjectListPane *pane = nullptr;
        if (kind == ObjectKind::Users)
            pane = m_usersPane = new UsersPane(m_listStack);
        else
            pane = new ObjectListPane(kind, m_listStack);
        m_panes.insert(kind, pane);
        m_listStack->addWidget(pane);
    }
    m_details = new DetailsPane(m_splitter);
    connect(m_usersPane, &UsersPane::currentUserChanged, this, &MainWindow::showUserDetails);
    m_splitter->addWidget(m_navigationView);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({240, 560, 300});
    return m_splitter;
}

void MainWindow::showFirstRun()
{
    m_pages->setCurrentWidget(m_firstRun);
}

void MainWindow::showWorkspace()
{
    m_pages->setCurrentWidget(m_workspace);
    m_settings.setFirstRunDone(true);
}

bool MainWindow::isShowingFirstRun() const
{
    return m_pages->currentWidget() == m_firstRun;
}

void MainWindow::setTenant(const QString &displayName, const QList<School> &schools)
{
    const QString location = currentLocation();
    m_schools = schools;
    m_navigation->setTenant(displayName, schools);
    m_status.tenantName = displayName;
    if (!selectLocation(location))
        selectLocation(NavigationModel::location(QString(), ObjectKind::Users));
    updateStatusBar();
}

void MainWindow::setTenantName(const QString &displayName)
{
    setTenant(displayName, m_schools);
}

void MainWindow::setSnapshotService(SnapshotService *controller)
{
    if (m_snapshot)
        m_snapshot->disconnect(this);
    m_snapshot = controller;
    m_refreshStatus->disconnect(this);
    m_refreshAction->disconnect(this);
    m_cancelRefreshAction->disconnect(this);
    m_refreshAction->setEnabled(controller && !controller->isRefreshing());
    if (!controller)
        return;
    connect(m_refreshAction, &QAction::triggered, controller, [controller] { controller->refresh(); });
    connect(m_refreshStatus, &RefreshStatus::refreshRequested, controller,
            [controller] { controller->refresh(); });
    connect(m_cancelRefreshAction, &QAction::triggered, controller, &SnapshotService::cancelRefresh);
    connect(m_refreshStatus, &RefreshStatus::cancelRequested, controller, &SnapshotService::cancelRefresh);
    connect(controller, &SnapshotService::loadStarted, this, [this](bool reload) {
        if (reload)
            return; // keep showing the rows until the new ones are read
        m_usersPane->setUsersModel(std::make_unique<UsersModel>());
        m_usersPane->setState(UsersPane::State::Loading);
        setTenant(m_status.tenantName, {});
        m_status.snapshotTaken = QDateTime();
        m_refreshStatus->setSnapshotTaken(QDateTime());
        updateStatusBar();
    });
    connect(controller, &SnapshotService::loaded, this, &MainWindow::onSnapshotLoaded);
    connect(controller, &SnapshotService::offlineChanged, this,
            [this] { m_refreshStatus->setOffline(m_snapshot->offlineReason()); });
    connect(controller, &SnapshotService::refreshStarted, this, [this] {
        m_refreshAction->setEnabled(false);
        m_cancelRefreshAction->setEnabled(true);
        m_refreshStatus->showStarted();
    });
    connect(controller, &SnapshotService::refreshProgress, m_refreshStatus, &RefreshStatus::showProgress);
    connect(controller, &SnapshotService::refreshFellBackToFull, m_refreshStatus, &RefreshStatus::showNotice);
    connect(controller, &SnapshotService::refreshFinished, this, [this](const Error &error) {
        m_refreshAction->setEnabled(true);
        m_cancelRefreshAction->setEnabled(false);
        m_refreshStatus->showFinished(error);
    });
    m_refreshStatus->setOffline(controller->offlineReason());
    if (!controller->isLoading() && !controller->snapshotPath().isEmpty())
        onSnapshotLoaded();
}

void MainWindow::onSnapshotLoaded()
{
    if (m_snapshot->hasSnapshot()) {
        auto users = std::make_unique<UsersModel>();
        users->setListing(m_snapshot->takeUserListing());
        m_usersPane->setUsersModel(std::move(users));
    } else {
        m_usersPane->setUsersModel(std::make_unique<UsersModel>());
        m_usersPane->setState(UsersPane::State::NoSnapshot);
    }
    m_usersPane->setLoadError(m_snapshot->loadError());
    setTenant(m_status.tenantName, m_snapshot->schools());
    m_status.snapshotTaken = m_snapshot->snapshotTaken();
    m_refreshStatus->setSnapshotTaken(m_status.snapshotTaken);
    m_refreshAction->setEnabled(!m_snapshot->isRefreshing());
    updateStatusBar();
}

void MainWindow::showUserDetails(const UserRecord *user)
{
    if (user)
        m_details->showObject(user->displayName, UsersPane::details(*user));
    else
        m_details->showObject(QString(), {});
}

void MainWindow::setTenantStatus(const TenantStatus &status)
{
    m_status = status;
    m_accountMenu->setAccount(status.account);
    updateStatusBar();
}

void MainWindow::setProfiles(const QStringList &names, const QString &current)
{
    m_accountMenu->setProfiles(names, current);
}

void MainWindow::setAccount(const QString &account)
{
    m_status.account = account;
    m_accountMenu->setAccount(account);
    updateStatusBar();
}

void MainWindow::showKeychainProblem(const QString &message)
{
    m_keychainLabel->setText(message);
    m_keychainLabel->setToolTip(message);
    m_keychainLabel->setVisible(!message.isEmpty());
}

void MainWindow::setConnectAvailable(bool available)
{
    m_connectAction->setEnabled(available);
    m_firstRun->setConnectAvailable(available);
}

void MainWindow::confirmSignOut()
{
    QMessageBox box(QMessageBox::Question, tr("Sign out"),
                    tr("Sign out %1? Tenantdesk forgets this sign-in on this computer. The local snapshot of "
                       "the tenant stays readable offline unless you delete it too.")
                        .arg(m_status.account),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("signOutQuestion"));
    auto *deleteSnapshot = new QCheckBox(
        tr("Also &delete the local snapshot (the people, classes and their data) from this computer"), &box);
    deleteSnapshot->setObjectName(QStringLiteral("deleteSnapshotCheck"));
    box.setCheckBox(deleteSnapshot);
    QPushButton *signOut = box.addButton(tr("&Sign out"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == signOut)
        emit signOutRequested(deleteSnapshot->isChecked());
}

bool MainWindow::selectLocation(const QString &location)
{
    const QModelIndex index = m_navigation->indexForLocation(location);
    if (!index.isValid())
        return false;
    m_navigationView->setCurrentIndex(index);
    m_navigationView->scrollTo(index);
    return true;
}

QString MainWindow::currentLocation() const
{
    return m_navigationView->currentIndex().data(NavigationModel::LocationRole).toString();
}

ObjectKind MainWindow::currentKind() const
{
    return static_cast<ObjectListPane *>(m_listStack->currentWidget())->kind();
}

void MainWindow::onNavigationChanged()
{
    const QModelIndex index = m_navigationView->currentIndex();
    const QVariant kind = index.data(NavigationModel::KindRole);
    const QString schoolId = index.data(NavigationModel::SchoolIdRole).toString();
    if (!kind.isValid() && schoolId.isEmpty())
        return; // the tenant or the schools folder: keep the pane shown
    // A school's rows (and the school itself) show that school's objects only.
    for (ObjectListPane *pane : std::as_const(m_panes))
        pane->setSchoolFilter(schoolId);
    if (!kind.isValid()) {
        m_listStack->setCurrentWidget(m_usersPane); // a school row: its users
        return;
    }
    m_listStack->setCurrentWidget(m_panes.value(ObjectKind(kind.toInt())));
    m_settings.setLastLocation(index.data(NavigationModel::LocationRole).toString());
}

void MainWindow::updateStatusBar()
{
    m_tenantLabel->setText(m_status.tenantName.isEmpty() ? tr("No tenant open")
                                                         : tr("Tenant: %1").arg(m_status.tenantName));
    m_accountLabel->setText(m_status.account.isEmpty() ? tr("Not signed in")
                                                       : tr("Signed in as %1").arg(m_status.account));
    m_snapshotLabel->setText(snapshotAgeText(m_status.snapshotTaken, QDateTime::currentDateTimeUtc()));
    m_refreshStatus->updateTexts();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_localization, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tenantdesk"),
        tr("<h3>Tenantdesk %1</h3><p>A Microsoft 365 console for school service desks: users, "
           "function mailboxes, distribution lists, groups, calendar permissions and licences, "
           "from a local snapshot of the tenant.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(TENANTDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Tenantdesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openSandboxAction->setText(tr("Open the &sandbox tenant"));
    m_connectAction->setText(tr("&Connect a Microsoft 365 tenant…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_refreshAction->setText(tr("&Refresh snapshot"));
    m_cancelRefreshAction->setText(tr("&Cancel refresh"));
    m_focusNavigationAction->setText(tr("Go to &navigation"));
    m_focusListAction->setText(tr("Go to &list"));
    m_focusDetailsAction->setText(tr("Go to &details"));
    m_aboutAction->setText(tr("&About Tenantdesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_search->setPlaceholderText(tr("Search names, addresses and schools (Ctrl+F)"));
    m_navigation->retranslate();
    showUserDetails(m_usersPane->currentUser());
    updateStatusBar();
}
