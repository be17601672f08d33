#include "gui/accountmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>

AccountMenu::AccountMenu(QAction *connectAction, QWidget *parent)
    : QMenu(parent), m_accountAction(new QAction(this)), m_switchMenu(new QMenu(this)),
      m_profileGroup(new QActionGroup(this)), m_noProfilesAction(new QAction(this)),
      m_signOutAction(new QAction(this))
{
    setObjectName(QStringLiteral("accountMenu"));
    m_switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    m_accountAction->setEnabled(false);
    m_noProfilesAction->setEnabled(false);
    m_profileGroup->setExclusive(true);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setEnabled(false);
    connect(m_signOutAction, &QAction::triggered, this, &AccountMenu::signOutTriggered);
    connect(m_profileGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString name = action->data().toString();
        if (name == m_current)
            return;
        // The check mark follows the switch once it happened (setProfiles), not the click.
        rebuildProfiles();
        emit profileSwitchRequested(name);
    });

    addAction(m_accountAction);
    addSeparator();
    addMenu(m_switchMenu);
    addAction(connectAction);
    addSeparator();
    addAction(m_signOutAction);
    rebuildProfiles();
    retranslate();
}

AccountMenu::~AccountMenu() = default;

void AccountMenu::setProfiles(const QStringList &names, const QString &current)
{
    m_profiles = names;
    m_current = current;
    rebuildProfiles();
}

void AccountMenu::setAccount(const QString &account)
{
    m_account = account;
    m_signOutAction->setEnabled(!account.isEmpty());
    retranslate();
}

void AccountMenu::rebuildProfiles()
{
    const QList<QAction *> old = m_profileGroup->actions();
    for (QAction *action : old) {
        m_profileGroup->removeAction(action);
        delete action;
    }
    m_switchMenu->clear();
    for (const QString &name : std::as_const(m_profiles)) {
        // A profile name is the user's own text: escape '&' so it is not taken for a mnemonic.
        QString text = name;
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        auto *action = new QAction(text, m_profileGroup);
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == m_current);
        m_switchMenu->addAction(action);
    }
    if (m_profiles.isEmpty())
        m_switchMenu->addAction(m_noProfilesAction);
}

void AccountMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void AccountMenu::retranslate()
{
    setTitle(tr("&Account"));
    m_accountAction->setText(m_account.isEmpty() ? tr("Not signed in")
                                                 : tr("Signed in as %1").arg(m_account));
    m_switchMenu->setTitle(tr("S&witch profile"));
    m_noProfilesAction->setText(tr("No profiles yet"));
    m_signOutAction->setText(tr("Sign &out…"));
}
