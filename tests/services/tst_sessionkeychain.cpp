// The session's sign-in state against the in-process sandbox and the real keychain, as the console sees it:
// unknown at first, then known through signInStateChanged() without anyone waiting on a getter; a sign-in
// and a sign-out change it and announce it; a keychain entry that cannot be read, and a keychain that
// cannot be reached at all (a D-Bus session without Secret Service, in a child process), are reported
// through keychainFailed() instead of looking like "not signed in" or like a sign-in that was saved.
#include "auth/tokencachestore.h"
#include "sandboxclient.h"
#include "services/tenantsession.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

namespace {
const char ChildVariable[] = "TD_TEST_SESSION_KEYCHAIN_CHILD";

// Writes one raw entry under the service the session's keychain uses, bypassing the store.
QKeychain::Error rawWrite(const QString &key, const QByteArray &data)
{
    QKeychain::WritePasswordJob job(QStringLiteral("Tenantdesk"));
    job.setAutoDelete(false);
    job.setKey(key);
    job.setBinaryData(data);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

QString uniqueName(const QString &stem)
{
    return stem + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// The child process: signs in with the client secret while the keychain cannot be reached, and prints
// what the session announced as JSON on standard output.
int signInWithoutKeychain()
{
    QStandardPaths::setTestModeEnabled(true);
    SandboxOptions options;
    options.users = 20;
    options.schools = 1;
    SandboxClient client(options);
    if (!client.isRunning())
        return 3;
    QString error;
    const TenantProfile profile = TenantProfile::fromSandboxInfo(uniqueName(QStringLiteral("no-keychain")),
                                                                 client.sandbox().info(), &error);
    TenantSession session(profile);
    QJsonArray keychainFailures;
    QObject::connect(&session, &TenantSession::keychainFailed, &session,
                     [&](const Error &e) { keychainFailures.append(e.message()); });
    QSignalSpy signedIn(&session, &TenantSession::signedIn);
    QSignalSpy failed(&session, &TenantSession::signInFailed);
    session.signInWithClientSecret(
        client.sandbox().info().value(QLatin1String("confidentialClientSecret")).toString());
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000))
        return 4;
    QTest::qWait(200); // any later report
    const QJsonObject result{{QStringLiteral("signedIn"), !signedIn.isEmpty()},
                             {QStringLiteral("account"), session.account()},
                             {QStringLiteral("applicationId"), profile.effectiveAppClientId()},
                             {QStringLiteral("keychainFailed"), keychainFailures}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}
} // namespace

class TestSessionKeychain : public QObject
{
    Q_OBJECT

    TenantProfile profile(const QString &stem) const
    {
        QString error;
        TenantProfile p =
            TenantProfile::fromSandboxInfo(uniqueName(stem), m_client->sandbox().info(), &error);
        p.signInMethod = TenantProfile::SignInMethod::ClientSecret;
        return p;
    }
    QString secret() const
    {
        return m_client->sandbox().info().value(QLatin1String("confidentialClientSecret")).toString();
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

    void signInStateBecomesKnownThroughTheSignal()
    {
        const TenantProfile p = profile(QStringLiteral("state"));
        TenantSession session(p);
        QSignalSpy changed(&session, &TenantSession::signInStateChanged);
        QSignalSpy failed(&session, &TenantSession::keychainFailed);
        // Nothing is read while the session is made: the state is unknown and counts as signed out.
        QVERIFY(!session.isSignInStateKnown());
        QVERIFY(!session.hasSavedSignIn());
        QVERIFY(session.account().isEmpty());
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.isSignInStateKnown());
        QVERIFY(!session.hasSavedSignIn());
        QVERIFY(session.account().isEmpty());

        // A sign-in announces the new state before signedIn().
        QSignalSpy signedIn(&session, &TenantSession::signedIn);
        session.signInWithClientSecret(secret());
        QVERIFY(signedIn.wait(15000));
        QCOMPARE(changed.size(), 2);
        QVERIFY(session.hasSavedSignIn());
        QCOMPARE(session.account(), p.effectiveAppClientId());
        QCOMPARE(failed.size(), 0);

        // Another session of the profile reads the saved sign-in from the keychain, and says so once.
        TenantSession again(p);
        QSignalSpy againChanged(&again, &TenantSession::signInStateChanged);
        QVERIFY(!again.isSignInStateKnown());
        QVERIFY(!again.hasSavedSignIn());
        QVERIFY(againChanged.wait(10000));
        QVERIFY(again.isSignInStateKnown());
        QVERIFY(again.hasSavedSignIn());
        QCOMPARE(again.account(), p.effectiveAppClientId());
        QTest::qWait(100);
        QCOMPARE(againChanged.size(), 1);

        QSignalSpy signedOut(&again, &TenantSession::signedOut);
        again.signOut();
        QVERIFY(signedOut.wait(10000));
    }

    void signOutEndsWithSignedOut()
    {
        const TenantProfile p = profile(QStringLiteral("signout"));
        TenantSession session(p);
        QSignalSpy signedIn(&session, &TenantSession::signedIn);
        session.signInWithClientSecret(secret());
        QVERIFY(signedIn.wait(15000));
        QVERIFY(session.hasSavedSignIn());

        QSignalSpy changed(&session, &TenantSession::signInStateChanged);
        QSignalSpy signedOut(&session, &TenantSession::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(10000));
        QCOMPARE(signedOut.size(), 1);
        const Error error = signedOut.first().first().value<Error>();
        QVERIFY2(!error, qPrintable(error.fullText()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(session.isSignInStateKnown());
        QVERIFY(!session.hasSavedSignIn());
        QVERIFY(session.account().isEmpty());

        // Nothing is left in the keychain for the next session to find.
        TenantSession fresh(p);
        QSignalSpy freshChanged(&fresh, &TenantSession::signInStateChanged);
        QVERIFY(freshChanged.wait(10000));
        QVERIFY(!fresh.hasSavedSignIn());
    }

    void unreadableKeychainEntryIsReported()
    {
        const TenantProfile p = profile(QStringLiteral("damaged"));
        const QString key = TokenCacheStore(nullptr, p.name).cacheKey();
        QCOMPARE(rawWrite(key, "not a chunk count"), QKeychain::NoError);

        TenantSession session(p);
        QSignalSpy changed(&session, &TenantSession::signInStateChanged);
        QSignalSpy failed(&session, &TenantSession::keychainFailed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.size(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::Storage);
        QVERIFY2(error.message().contains(QLatin1String("could not be read from the keychain")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(p.name), qPrintable(error.message()));
        // Not "signed out": the state stays unknown.
        QCOMPARE(changed.size(), 0);
        QVERIFY(!session.isSignInStateKnown());
        QVERIFY(!session.hasSavedSignIn());

        QSignalSpy signedOut(&session, &TenantSession::signedOut);
        session.signOut(); // removes the damaged entry too
        QVERIFY(signedOut.wait(10000));
    }

    void unsavedSignInIsReported()
    {
        // A D-Bus session bus that is not there: QtKeychain cannot reach any Secret Service.
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(ChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(result.value(QLatin1String("signedIn")).toBool(), child.readAllStandardError().constData());
        // The sign-in works for this run, and the session says it could not be kept.
        QCOMPARE(result.value(QLatin1String("account")).toString(),
                 result.value(QLatin1String("applicationId")).toString());
        const QJsonArray failures = result.value(QLatin1String("keychainFailed")).toArray();
        QStringList messages;
        for (const QJsonValue &message : failures)
            messages << message.toString();
        QVERIFY2(messages.filter(QStringLiteral("could not be read from the keychain")).size() == 1,
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY2(
            !messages.filter(QStringLiteral("The sign-in worked but could not be saved in the keychain: "))
                 .isEmpty(),
            qPrintable(messages.join(QLatin1Char('\n'))));
    }

private:
    std::unique_ptr<SandboxClient> m_client;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable))
        return signInWithoutKeychain();
    TestSessionKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionkeychain.moc"
