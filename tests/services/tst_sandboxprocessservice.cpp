// The console's sandbox process: the real tenantdesk-sandbox is started without blocking, its start-up line
// arrives once as started(), anything else arrives once as failed() with a reason a person can act on, and
// stop() (or dropping the object) lets it exit cleanly, removing its key files.
#include "core/tenantprofile.h"
#include "services/sandboxprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {
const QString kSandbox = QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-sandbox");
// A small tenant, so each start takes well under a second.
const QStringList kSmall{QStringLiteral("--users"),      QStringLiteral("20"),
                         QStringLiteral("--schools"),    QStringLiteral("1"),
                         QStringLiteral("--latency-ms"), QStringLiteral("0-0")};
constexpr int kStartTimeoutMs = 30000;

bool isGone(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0)
        return true;
    // An orphan that has exited stays a zombie until whatever adopted it reaps it: it is gone all the same.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype state = line.lastIndexOf(')') + 2;
    return state > 1 && state < line.size() && line.at(state) == 'Z';
}

// Set in a copy of this test run as the "console" of killedConsoleTakesItsSandboxAlong().
const char kConsoleVariable[] = "TENANTDESK_TEST_SANDBOX_CONSOLE";
} // namespace

class TestSandboxProcessService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsTheRealSandboxAndReportsItsLineOnce();
    void stopLetsItExitCleanly();
    void destroyingARunningSandboxStopsIt();
    void startWhileRunningRepeatsTheLine();
    void startWhileStoppingRestarts();
    void stopBeforeTheLineCancelsTheStart();
    void missingProgramFailsOnce();
    void aProgramPrintingSomethingElseFails();
    void aCutOffStartUpLineIsNotShown();
    void earlyExitNamesTheExitCodeAndStandardError();
    void unexpectedExitIsReported();
    void killedConsoleTakesItsSandboxAlong();
};

void TestSandboxProcessService::initTestCase()
{
    QVERIFY2(QFile::exists(kSandbox), qPrintable(kSandbox + QStringLiteral(" is not built")));
    QVERIFY(SandboxProcess::defaultProgram().endsWith(QLatin1String("/tenantdesk-sandbox")));
}

void TestSandboxProcessService::startsTheRealSandboxAndReportsItsLineOnce()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QCOMPARE(sandbox.program(), kSandbox);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start(kSmall);
    QVERIFY(sandbox.isStarting());
    QVERIFY(!sandbox.isRunning());
    QCOMPARE(started.count(), 0); // nothing is read before the event loop runs: start() does not wait
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
    QVERIFY(sandbox.isRunning());
    QVERIFY(!sandbox.isStarting());

    const QJsonObject info = started.first().first().toJsonObject();
    QCOMPARE(sandbox.info(), info);
    for (const char *url : {"authority", "graph", "exchange", "oneroster"})
        QVERIFY2(info.value(QLatin1String(url)).toString().startsWith(QLatin1String("https://127.0.0.1:")),
                 url);
    const QString caPath = info.value(QLatin1String("caCertificate")).toString();
    QVERIFY(QFile::exists(caPath));
    const QList<QSslCertificate> fromLine = QSslCertificate::fromData(
        info.value(QLatin1String("caCertificatePem")).toString().toLatin1(), QSsl::Pem);
    QCOMPARE(fromLine.size(), 1);
    QCOMPARE(fromLine, QSslCertificate::fromPath(caPath));
    // The line is all the console needs for the training tenant's profile.
    QString error;
    const TenantProfile profile = TenantProfile::fromSandboxInfo(QStringLiteral("training"), info, &error);
    QVERIFY2(profile.isValid(), qPrintable(error));
    QCOMPARE(profile.trustedCertificatePem.toLatin1(), fromLine.first().toPem());

    QTest::qWait(300);
    QCOMPARE(started.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestSandboxProcessService::stopLetsItExitCleanly()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy stopped(&sandbox, &SandboxProcess::stopped);
    QSignalSpy unexpected(&sandbox, &SandboxProcess::exitedUnexpectedly);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start(kSmall);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
    const QString caPath = sandbox.info().value(QLatin1String("caCertificate")).toString();
    const qint64 pid = sandbox.processId();
    QVERIFY(pid > 0);

    sandbox.stop();
    QVERIFY(sandbox.isRunning()); // stop() asks and returns; the process exits on its own
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
    QVERIFY(!sandbox.isRunning());
    QVERIFY(sandbox.info().isEmpty());
    QVERIFY(isGone(pid));
    QVERIFY2(!QFile::exists(caPath), "SIGTERM lets the sandbox remove its files");
    QCOMPARE(unexpected.count(), 0);
    QCOMPARE(failed.count(), 0);
    sandbox.stop(); // nothing runs: nothing happens
    QTest::qWait(100);
    QCOMPARE(stopped.count(), 1);
}

void TestSandboxProcessService::destroyingARunningSandboxStopsIt()
{
    auto sandbox = std::make_unique<SandboxProcess>();
    sandbox->setProgram(kSandbox);
    QSignalSpy started(sandbox.get(), &SandboxProcess::started);
    sandbox->start(kSmall);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
    const QString caPath = sandbox->info().value(QLatin1String("caCertificate")).toString();
    const qint64 pid = sandbox->processId();
    sandbox.reset();
    QTRY_VERIFY_WITH_TIMEOUT(isGone(pid), 10000);
    QVERIFY2(!QFile::exists(caPath), "the sandbox is asked to stop, not killed");
}

void TestSandboxProcessService::startWhileRunningRepeatsTheLine()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    sandbox.start(kSmall);
    sandbox.start(kSmall); // while starting: the same start answers both calls
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
    const qint64 pid = sandbox.processId();
    sandbox.start(kSmall); // while running: no second sandbox, the line again
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE(started.count(), 2);
    QCOMPARE(started.at(1).first().toJsonObject(), started.at(0).first().toJsonObject());
    QCOMPARE(sandbox.processId(), pid);
    QTest::qWait(200);
    QCOMPARE(started.count(), 2);
}

void TestSandboxProcessService::startWhileStoppingRestarts()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy stopped(&sandbox, &SandboxProcess::stopped);
    sandbox.start(kSmall);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
    const QString firstGraph = sandbox.info().value(QLatin1String("graph")).toString();
    const qint64 firstPid = sandbox.processId();
    sandbox.stop();
    sandbox.start(kSmall);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, kStartTimeoutMs);
    QCOMPARE(stopped.count(), 1);
    QVERIFY(isGone(firstPid));
    QVERIFY(sandbox.processId() != firstPid);
    QVERIFY(sandbox.isRunning());
    QVERIFY(!sandbox.info().value(QLatin1String("graph")).toString().isEmpty());
    Q_UNUSED(firstGraph)
}

void TestSandboxProcessService::stopBeforeTheLineCancelsTheStart()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    QSignalSpy stopped(&sandbox, &SandboxProcess::stopped);
    sandbox.start(kSmall);
    sandbox.stop();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::Cancelled);
    QCOMPARE(started.count(), 0);
    QVERIFY(!sandbox.isRunning());
    QVERIFY(!sandbox.isStarting());
}

void TestSandboxProcessService::missingProgramFailsOnce()
{
    SandboxProcess sandbox;
    const QString missing = QStringLiteral("/nonexistent/tenantdesk-sandbox");
    sandbox.setProgram(missing);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start();
    QCOMPARE(failed.count(), 0); // delivered from the event loop, never from inside start()
    QTRY_COMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QVERIFY(error.isError());
    QVERIFY2(error.message().contains(missing), qPrintable(error.message()));
    QTest::qWait(200);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(started.count(), 0);
    QVERIFY(!sandbox.isStarting());
    QVERIFY(!sandbox.isRunning());
}

void TestSandboxProcessService::aProgramPrintingSomethingElseFails()
{
    SandboxProcess sandbox;
    sandbox.setProgram(QStringLiteral("/bin/echo"));
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    QSignalSpy unexpected(&sandbox, &SandboxProcess::exitedUnexpectedly);
    sandbox.start({QStringLiteral("Usage: not the sandbox")});
    QTRY_COMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.message().contains(QLatin1String("\"Usage: not the sandbox\"")),
             qPrintable(error.message()));
    QTest::qWait(200);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(started.count(), 0);
    QCOMPARE(unexpected.count(), 0);

    // An empty JSON object is no start-up line either.
    sandbox.start({QStringLiteral("{}")});
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(started.count(), 0);
}

void TestSandboxProcessService::aCutOffStartUpLineIsNotShown()
{
    SandboxProcess sandbox;
    sandbox.setProgram(QStringLiteral("/bin/echo"));
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start(
        {QStringLiteral("{\"graph\":\"https://127.0.0.1:1/v1.0\",\"confidentialClientSecret\":\"s3cr3t")});
    QTRY_COMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.message().contains(QLatin1String("JSON")), qPrintable(error.message()));
    QVERIFY2(!error.fullText().contains(QLatin1String("s3cr3t")), qPrintable(error.fullText()));
}

void TestSandboxProcessService::earlyExitNamesTheExitCodeAndStandardError()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    sandbox.start({QStringLiteral("--users"), QStringLiteral("5")}); // below the sandbox's minimum
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kStartTimeoutMs);
    const QString message = failed.first().first().value<Error>().message();
    QVERIFY2(message.contains(QLatin1String("exit code 2")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("--users")), qPrintable(message)); // the sandbox's own words
    QVERIFY2(message.contains(kSandbox), qPrintable(message));
}

void TestSandboxProcessService::unexpectedExitIsReported()
{
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QSignalSpy started(&sandbox, &SandboxProcess::started);
    QSignalSpy failed(&sandbox, &SandboxProcess::failed);
    QSignalSpy unexpected(&sandbox, &SandboxProcess::exitedUnexpectedly);
    QSignalSpy stopped(&sandbox, &SandboxProcess::stopped);
    sandbox.start(kSmall);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kStartTimeoutMs);
    QCOMPARE(::kill(pid_t(sandbox.processId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(unexpected.count(), 1, 10000);
    const Error error = unexpected.first().first().value<Error>();
    QVERIFY2(error.message().contains(QLatin1String("crashed")), qPrintable(error.message()));
    QVERIFY(!sandbox.isRunning());
    QVERIFY(sandbox.info().isEmpty());
    QCOMPARE(failed.count(), 0); // the start itself had succeeded
    QCOMPARE(stopped.count(), 0);
}

// A console killed outright (SIGKILL: no destructor runs) must not leave its sandbox running. The console is
// a copy of this program that starts a sandbox and prints its process id.
void TestSandboxProcessService::killedConsoleTakesItsSandboxAlong()
{
#ifndef Q_OS_LINUX
    QSKIP("The parent-death signal is Linux only");
#endif
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kConsoleVariable), QStringLiteral("1"));
    console.setProcessEnvironment(environment);
    console.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(console.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(console.canReadLine() || console.state() == QProcess::NotRunning,
                             kStartTimeoutMs);
    bool ok = false;
    const qint64 pid = console.readLine().trimmed().toLongLong(&ok);
    QVERIFY2(ok && pid > 0, console.readAllStandardError().constData());
    QVERIFY(!isGone(pid));
    console.kill();
    QVERIFY(console.waitForFinished());
    QTRY_VERIFY_WITH_TIMEOUT(isGone(pid), 10000);
}

namespace {
int runAsConsole(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SandboxProcess sandbox;
    sandbox.setProgram(kSandbox);
    QObject::connect(&sandbox, &SandboxProcess::started, &app, [&sandbox] {
        std::printf("%lld\n", static_cast<long long>(sandbox.processId()));
        std::fflush(stdout);
    });
    QObject::connect(&sandbox, &SandboxProcess::failed, &app, [](const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        QCoreApplication::exit(1);
    });
    sandbox.start(kSmall);
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kConsoleVariable))
        return runAsConsole(argc, argv);
    QCoreApplication app(argc, argv);
    TestSandboxProcessService test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_sandboxprocessservice.moc"
