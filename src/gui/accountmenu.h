#pragma once

#include <QMenu>
#include <QStringList>

class QAction;
class QActionGroup;

// The "Account" menu: who is signed in, the tenant profiles to switch between (the current one checked),
// connecting another tenant and signing out. It only reports what the user chose; the window asks for
// confirmation where needed and the executable does the work.
class AccountMenu : public QMenu
{
    Q_OBJECT
public:
    // `connectAction` is shared with the File menu (same shortcut, same enabled state).
    explicit AccountMenu(QAction *connectAction, QWidget *parent = nullptr);
    ~AccountMenu() override;

    void setProfiles(const QStringList &names, const QString &current);
    QStringList profiles() const { return m_profiles; }
    QString currentProfile() const { return m_current; }
    void setAccount(const QString &account);
    QString account() const { return m_account; }

    QMenu *switchMenu() const { return m_switchMenu; }
    QAction *signOutAction() const { return m_signOutAction; }

signals:
    void profileSwitchRequested(const QString &name);
    void signOutTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildProfiles();
    void retranslate();

    QStringList m_profiles;
    QString m_current;
    QString m_account;
    QAction *m_accountAction;
    QMenu *m_switchMenu;
    QActionGroup *m_profileGroup;
    QAction *m_noProfilesAction;
    QAction *m_signOutAction;
};
