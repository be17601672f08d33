// What the console calls an app-only sign-in: the application's display name, read from the tenant's
// service principal once signed in (the status bar and the Account menu show it), not its GUID; the name
// last read when the tenant cannot be asked (offline) or refuses; the GUID when it was never read.
#include "core/settings.h"
#include "sandboxclient.h"
#include "services/tenantsession.h"

#include "sandbox/directory/tenant.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

class TestSessionAccountName : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxClient> m_client;

    TenantProfile profile() const
    {
        QString error;
        TenantProfile p = TenantProfile::fromSandboxInfo(
            QStringLiteral("account-name-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8),
            m_client->sandbox().info(), &error);
        p.signInMethod = TenantProfile::SignInMethod::ClientSecret;
        return p;
    }
    QString secret() const
    {
        return m_client->sandbox().info().value(QLatin1String("confidentialClientSecret")).toString();
    }
    Tenant::App &confidentialApp()
    {
        Tenant &t = m_client->tenant();
        for (Tenant::App &app : t.apps) {
            if (app.clientId == t.confidentialClientId)
                return app;
        }
        return t.apps.first();
    }
    // Signs in with the secret and waits until the session has tried to read the application's name.
    static void signInAndReadName(TenantSession &session, const QString &secret)
    {
        QSignalSpy signedIn(&session, &TenantSession::signedIn);
        QSignalSpy failed(&session, &TenantSession::signInFailed);
        QSignalSpy named(&session, &TenantSession::accountNameChanged);
        session.signInWithClientSecret(secret);
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY(failed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!named.isEmpty(), 30000);
    }
    // Takes the application's directory read permissions away (Graph then refuses to read its service
    // principal: 403) and returns what it had.
    QStringList withoutDirectoryRead()
    {
        const QStringList granted = confidentialApp().appRoles;
        QStringList limited = granted;
        limited.removeAll(QStringLiteral("Directory.ReadWrite.All"));
        limited.removeAll(QStringLiteral("Directory.Read.All"));
        confidentialApp().appRoles = limited;
        return granted;
    }
    static void signOut(TenantSession &session)
    {
        QSignalSpy signedOut(&session, &TenantSession::signedOut);
        session.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxOptions options;
        options.users = 20;
        options.schools = 1;
        m_client = std::make_unique<SandboxClient>(options);
        QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    }

    void appOnlySignInIsCalledByTheApplicationsName()
    {
        const TenantProfile p = profile();
        TenantSession session(p);
        QCOMPARE(session.accountName(), QString()); // not signed in
        signInAndReadName(session, secret());
        QCOMPARE(session.account(), m_client->tenant().confidentialClientId); // the id stays the account
        QCOMPARE(session.accountName(), confidentialApp().displayName);
        QCOMPARE(session.accountName(), QStringLiteral("Tenantdesk automation"));

        // A renamed application is called by its new name at the next sign-in.
        confidentialApp().displayName = QStringLiteral("Skolekom servicedesk");
        signOut(session);
        QCOMPARE(session.accountName(), QString());
        signInAndReadName(session, secret());
        QCOMPARE(session.accountName(), QStringLiteral("Skolekom servicedesk"));
        signOut(session);
        confidentialApp().displayName = QStringLiteral("Tenantdesk automation");
    }

    void theNameLastReadIsShownWhenItCannotBeRead()
    {
        const QString appId = m_client->tenant().confidentialClientId;
        {
            TenantSession session(profile());
            signInAndReadName(session, secret());
            signOut(session);
        }
        QCOMPARE(Settings().applicationName(appId), QStringLiteral("Tenantdesk automation"));
        // Refused now (as when the tenant cannot be reached): the name last read, not the id.
        const QStringList granted = withoutDirectoryRead();
        TenantSession session(profile());
        QSignalSpy signedIn(&session, &TenantSession::signedIn);
        QSignalSpy named(&session, &TenantSession::accountNameChanged);
        session.signInWithClientSecret(secret());
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
        QCOMPARE(session.accountName(), QStringLiteral("Tenantdesk automation"));
        QTRY_VERIFY_WITH_TIMEOUT(!named.isEmpty(), 30000);
        confidentialApp().appRoles = granted;
        QCOMPARE(session.accountName(), QStringLiteral("Tenantdesk automation"));
        signOut(session);
    }

    void theIdIsShownWhenTheNameWasNeverRead()
    {
        Settings().setApplicationName(m_client->tenant().confidentialClientId, QString());
        // Without a directory or application read permission, Graph refuses the read (403).
        const QStringList granted = withoutDirectoryRead();
        TenantSession session(profile());
        signInAndReadName(session, secret());
        confidentialApp().appRoles = granted;
        QCOMPARE(session.accountName(), m_client->tenant().confidentialClientId);
        signOut(session);
    }
};

QTEST_GUILESS_MAIN(TestSessionAccountName)
#include "tst_sessionaccountname.moc"
