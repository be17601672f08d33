#pragma once

#include "core/objectkind.h"
#include "core/school.h"
#include "gui/tenantstatus.h"

#include <QMainWindow>
#include <QMap>

class AccountMenu;
class DetailsPane;
class FirstRunPage;
class Localization;
class NavigationModel;
class ObjectListPane;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;
class RefreshStatus;
class Settings;
class SnapshotService;
struct UserRecord;
class UsersPane;

// The console's main window: navigation tree, list pane, details pane, search, status bar and menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings &settings, Localization &localization, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showFirstRun();
    void showWorkspace();
    bool isShowingFirstRun() const;

    void setTenant(const QString &displayName, const QList<School> &schools);
    // Renames the tenant, keeping its schools.
    void setTenantName(const QString &displayName);
    void setTenantStatus(const TenantStatus &status);

    // The tenant profiles for the Account menu's "Switch profile" (the current one checked).
    void setProfiles(const QStringList &names, const QString &current);
    // The signed-in account shown in the status bar and the Account menu; empty: not signed in.
    void setAccount(const QString &account);
    // A keychain problem (a sign-in that could not be saved or read), shown in the status bar until the next
    // one; an empty message hides it.
    void showKeychainProblem(const QString &message);
    // Whether "Connect a Microsoft 365 tenant" is offered (menus and first-run screen).
    void setConnectAvailable(bool available);
    // The open profile's snapshot: the users list, the schools in the navigation, the snapshot's age, offline
    // state and refreshes (View > Refresh snapshot, F5; Esc cancels) all follow it. Not owned.
    void setSnapshotService(SnapshotService *snapshot);

    // The location shown, e.g. "tenant/users" or "school:<id>/groups"; false if it does not exist.
    bool selectLocation(const QString &location);
    QString currentLocation() const;
    ObjectKind currentKind() const;

signals:
    void openSandboxRequested();
    void connectTenantRequested();
    void profileSwitchRequested(const QString &name);
    // The user chose "Sign out" and confirmed it; `deleteSnapshot` when the tenant's local snapshot (its
    // people) is to be deleted from this computer too.
    void signOutRequested(bool deleteSnapshot);

public slots:
    void showPreferences();
    void showAbout();
    // Asks whether to sign out, offering to delete the snapshot as well (off unless ticked); emits
    // signOutRequested() when the user agrees.
    void confirmSignOut();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createWorkspace();
    void onNavigationChanged();
    void onSnapshotLoaded();
    void showUserDetails(const UserRecord *user);
    void updateStatusBar();
    void retranslate();

    Settings &m_settings;
    Localization &m_localization;
    NavigationModel *m_navigation;
    TenantStatus m_status;

    QStackedWidget *m_pages = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QWidget *m_workspace = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_navigationView = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QMap<ObjectKind, ObjectListPane *> m_panes;
    UsersPane *m_usersPane = nullptr;
    QList<School> m_schools;
    SnapshotService *m_snapshot = nullptr;
    RefreshStatus *m_refreshStatus = nullptr;
    DetailsPane *m_details = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_snapshotLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QTimer *m_ageTimer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    AccountMenu *m_accountMenu = nullptr;
    QAction *m_openSandboxAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelRefreshAction = nullptr;
    QAction *m_focusNavigationAction = nullptr;
    QAction *m_focusListAction = nullptr;
    QAction *m_focusDetailsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
