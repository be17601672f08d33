// The main window's Account menu: it lists the tenant profiles with the current one checked, choosing
// another asks for the switch by name (and the check follows only once the switch happened), it is
// reachable from the keyboard, "Sign out" asks first (offering to delete the local snapshot too, off unless
// ticked) and reports only a confirmed sign-out with that choice, and
// "Connect a Microsoft 365 tenant" is offered in the menus and on the first-run screen once wired.
#include "core/localization.h"
#include "core/settings.h"
#include "gui/accountmenu.h"
#include "gui/firstrunpage.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestAccountMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    Localization m_localization;

    static QStringList texts(const QList<QAction *> &actions)
    {
        QStringList result;
        for (QAction *action : actions) {
            if (!action->isSeparator())
                result << action->text();
        }
        return result;
    }
    static QString checked(QMenu *menu)
    {
        for (QAction *action : menu->actions()) {
            if (action->isChecked())
                return action->text();
        }
        return QString();
    }
    static QAction *action(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }
    static QString accountStatus(MainWindow &window)
    {
        return window.statusBar()->findChild<QLabel *>(QStringLiteral("accountStatus"))->text();
    }
    // Answers the sign-out question, once it is shown, with the button whose text is `button`, after
    // ticking "delete the local snapshot" when `deleteSnapshot`.
    static void answerSignOut(const QString &button, bool *asked, bool deleteSnapshot = false,
                              bool *offered = nullptr)
    {
        QTimer::singleShot(0, [button, asked, deleteSnapshot, offered] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("signOutQuestion")) {
                QTimer::singleShot(20, [button, asked, deleteSnapshot, offered] {
                    answerSignOut(button, asked, deleteSnapshot, offered);
                });
                return;
            }
            *asked = true;
            QCheckBox *check = box->checkBox();
            if (offered)
                *offered = check && check->objectName() == QLatin1String("deleteSnapshotCheck") &&
                           !check->isChecked() && check->isVisible();
            if (deleteSnapshot && check)
                QTest::mouseClick(check, Qt::LeftButton);
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text() == button)
                    QTest::mouseClick(candidate, Qt::LeftButton);
            }
        });
    }

private slots:
    void initTestCase() { QVERIFY(m_localization.apply(QStringLiteral("en"))); }
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void listsProfilesAndAsksToSwitch()
    {
        MainWindow window(*m_settings, m_localization);
        window.showWorkspace();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList titles = texts(window.menuBar()->actions());
        QVERIFY2(titles.contains(QStringLiteral("&Account")), qPrintable(titles.join(QLatin1Char(','))));

        AccountMenu *menu = window.findChild<AccountMenu *>();
        QCOMPARE(texts(menu->switchMenu()->actions()), QStringList{QStringLiteral("No profiles yet")});
        window.setProfiles(
            {QStringLiteral("Aarhus"), QStringLiteral("Odense & Co"), QStringLiteral("sandbox")},
            QStringLiteral("sandbox"));
        QCOMPARE(texts(menu->switchMenu()->actions()),
                 (QStringList{QStringLiteral("Aarhus"), QStringLiteral("Odense && Co"),
                              QStringLiteral("sandbox")}));
        QCOMPARE(checked(menu->switchMenu()), QStringLiteral("sandbox"));

        QSignalSpy switched(&window, &MainWindow::profileSwitchRequested);
        action(menu->switchMenu(), QStringLiteral("Odense && Co"))->trigger();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().toString(), QStringLiteral("Odense & Co"));
        QCOMPARE(checked(menu->switchMenu()), QStringLiteral("sandbox")); // not switched yet
        action(menu->switchMenu(), QStringLiteral("sandbox"))->trigger();
        QCOMPARE(switched.count(), 1); // the current profile is no switch
        window.setProfiles(
            {QStringLiteral("Aarhus"), QStringLiteral("Odense & Co"), QStringLiteral("sandbox")},
            QStringLiteral("Odense & Co"));
        QCOMPARE(checked(menu->switchMenu()), QStringLiteral("Odense && Co"));
    }

    void switchingWorksFromTheKeyboard()
    {
        MainWindow window(*m_settings, m_localization);
        window.showWorkspace();
        window.setProfiles({QStringLiteral("Aarhus"), QStringLiteral("sandbox")}, QStringLiteral("sandbox"));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy switched(&window, &MainWindow::profileSwitchRequested);
        QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(window.findChild<AccountMenu *>()->isVisible());
        QTest::keyClick(window.findChild<AccountMenu *>(), Qt::Key_W); // S&witch profile
        QTRY_VERIFY(window.findChild<AccountMenu *>()->switchMenu()->isVisible());
        QTest::keyClick(window.findChild<AccountMenu *>()->switchMenu(), Qt::Key_Home);
        QTest::keyClick(window.findChild<AccountMenu *>()->switchMenu(), Qt::Key_Return);
        QTRY_COMPARE(switched.count(), 1);
        QCOMPARE(switched.first().first().toString(), QStringLiteral("Aarhus"));
    }

    void signOutAsksFirst()
    {
        MainWindow window(*m_settings, m_localization);
        window.showWorkspace();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *signOut = window.findChild<AccountMenu *>()->signOutAction();
        QVERIFY(!signOut->isEnabled()); // nobody to sign out
        QCOMPARE(accountStatus(window), QStringLiteral("Not signed in"));

        window.setAccount(QStringLiteral("admin@skolekom.dk"));
        QCOMPARE(accountStatus(window), QStringLiteral("Signed in as admin@skolekom.dk"));
        QVERIFY(texts(window.findChild<AccountMenu *>()->actions())
                    .contains(QStringLiteral("Signed in as admin@skolekom.dk")));
        QVERIFY(signOut->isEnabled());

        QSignalSpy requested(&window, &MainWindow::signOutRequested);
        bool asked = false;
        answerSignOut(QStringLiteral("Cancel"), &asked);
        signOut->trigger();
        QVERIFY(asked);
        QCOMPARE(requested.count(), 0);

        asked = false;
        bool offered = false;
        answerSignOut(QStringLiteral("&Sign out"), &asked, false, &offered);
        signOut->trigger();
        QVERIFY(asked);
        QVERIFY(offered); // deleting the snapshot is offered, and not chosen unless ticked
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().first().toBool(), false);

        // Ticking "Also delete the local snapshot" asks for that as well.
        asked = false;
        answerSignOut(QStringLiteral("&Sign out"), &asked, true);
        signOut->trigger();
        QVERIFY(asked);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().first().toBool(), true);

        window.setAccount(QString()); // what the executable does once the session signed out
        QCOMPARE(accountStatus(window), QStringLiteral("Not signed in"));
        QVERIFY(!signOut->isEnabled());
    }

    void connectIsOfferedOnceWired()
    {
        MainWindow window(*m_settings, m_localization);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<FirstRunPage *>()->findChild<QPushButton *>(
            QStringLiteral("connectTenantButton"));
        QVERIFY(button);
        QAction *connect =
            action(window.findChild<AccountMenu *>(), QStringLiteral("&Connect a Microsoft 365 tenant…"));
        QVERIFY(connect);
        QVERIFY(!button->isEnabled());
        QVERIFY(!connect->isEnabled());

        window.setConnectAvailable(true);
        QVERIFY(button->isEnabled());
        QVERIFY(connect->isEnabled());
        auto *hint =
            window.findChild<FirstRunPage *>()->findChild<QLabel *>(QStringLiteral("connectHintLabel"));
        QVERIFY(hint->isHidden());
        QSignalSpy requested(&window, &MainWindow::connectTenantRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        connect->trigger();
        QCOMPARE(requested.count(), 2);
    }
};

QTEST_MAIN(TestAccountMenu)
#include "tst_accountmenu.moc"
