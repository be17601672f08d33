#include "benchscenario.h"

#include "cache/snapshotdatabase.h"
#include "graph/apiclient.h"
#include "graph/pageiterator.h"
#include "graph/queries/userqueries.h"
#include "services/snapshotsync.h"
#include "services/tenantsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

namespace Bench {
void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

qint64 statusKb(const char *field, qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid ...": the name may hold spaces, so count the fields after its ')'. utime and
    // stime are fields 14 and 15, the 12th and 13th after the name.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
}

bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}
} // namespace Bench

using namespace Bench;

namespace {
QString megabytes(qint64 kb)
{
    return kb < 0 ? QStringLiteral("?") : QString::number(kb / 1024);
}
} // namespace

QStringList BenchScenarioSpec::allNames()
{
    return {QStringLiteral("flat-off"), QStringLiteral("flat-strict"), QStringLiteral("graph-off"),
            QStringLiteral("graph-strict")};
}

bool BenchScenarioSpec::parseList(const QString &list, QList<BenchScenarioSpec> *specs, QString *error)
{
    for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.trimmed().toLower();
        if (!allNames().contains(name)) {
            *error = QStringLiteral("Unknown scenario \"%1\"; use a comma list of %2.")
                         .arg(name, allNames().join(QStringLiteral(", ")));
            return false;
        }
        specs->append({name, name.section(QLatin1Char('-'), 0, 0), name.section(QLatin1Char('-'), 1, 1)});
    }
    if (specs->isEmpty()) {
        *error = QStringLiteral("No scenario to run.");
        return false;
    }
    return true;
}

double BenchScenarioResult::ratioTarget() const
{
    return name.startsWith(QLatin1String("graph")) ? 5 : 2;
}

QString BenchScenarioResult::line() const
{
    if (!ok)
        return QStringLiteral("scenario %1: failed: %2").arg(name, error);
    return QStringLiteral(
               "scenario %1: walk ($top=%2) %3 ms, %4 requests, %5 users, client CPU %6 s | full sync %7 ms, "
               "%8 requests, %9 users | %10x (target >= %11x: %12) | full sync client CPU %13 s (target <= "
               "6 s: %14) | peak RSS during sync %15 MB (target <= 400 MB: %16) | sandbox CPU walk %17 s, "
               "full sync %18 s; sandbox RSS after the sync %19 MB (peak %20 MB)")
        .arg(name)
        .arg(walkPageSize)
        .arg(walkMs, 0, 'f', 0)
        .arg(walkRequests)
        .arg(walkUsers)
        .arg(walkCpu, 0, 'f', 2)
        .arg(fullMs, 0, 'f', 0)
        .arg(fullRequests)
        .arg(fullUsers)
        .arg(ratio(), 0, 'f', 2)
        .arg(ratioTarget())
        .arg(verdict(ratio() >= ratioTarget()))
        .arg(fullCpu, 0, 'f', 2)
        .arg(verdict(fullCpu <= 6))
        .arg(megabytes(peakRssKb))
        .arg(verdict(peakRssKb >= 0 && peakRssKb <= 400 * 1024))
        .arg(sandboxWalkCpu, 0, 'f', 2)
        .arg(sandboxFullCpu, 0, 'f', 2)
        .arg(megabytes(sandboxRssKb), megabytes(sandboxHwmKb));
}

BenchScenario::BenchScenario(const BenchScenarioSpec &spec, int users, const QString &latencyMs, int parallel)
    : m_spec(spec), m_users(users), m_latencyMs(latencyMs), m_parallel(parallel)
{}

BenchScenario::~BenchScenario()
{
    stop();
}

void BenchScenario::stop()
{
    m_database.reset();
    m_session.reset();
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(60000)) {
            m_sandbox.kill();
            m_sandbox.waitForFinished(10000);
        }
    }
}

BenchScenarioResult BenchScenario::run()
{
    BenchScenarioResult result;
    result.name = m_spec.name;
    if (!startSandbox(&result) || !signIn(&result))
        return result;
    walk(&result);
    if (!result.error.isEmpty() || !fullSync(&result))
        return result;
    result.sandboxRssKb = statusKb("VmRSS:", m_sandbox.processId());
    result.sandboxHwmKb = statusKb("VmHWM:", m_sandbox.processId());
    result.ok = true;
    return result;
}

bool BenchScenario::startSandbox(BenchScenarioResult *result)
{
    // The tenant: a separate sandbox process, as a real tenant would be.
    m_sandbox.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tenantdesk-sandbox"));
    m_sandbox.setArguments({QStringLiteral("--users"), QString::number(m_users),
                            QStringLiteral("--latency-ms"), m_latencyMs, QStringLiteral("--latency-model"),
                            m_spec.latencyModel, QStringLiteral("--realism"), m_spec.realism,
                            QStringLiteral("--throttle"), QStringLiteral("off")});
    m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sandbox.start();
    while (!m_sandbox.canReadLine() && m_sandbox.state() != QProcess::NotRunning)
        m_sandbox.waitForReadyRead(1000);
    m_info = QJsonDocument::fromJson(m_sandbox.readLine()).object();
    if (m_info.isEmpty()) {
        result->error = QStringLiteral("the sandbox did not start");
        return false;
    }
    result->sandboxStartupMs = m_info.value(QLatin1String("startupMs")).toInteger();
    print(
        QStringLiteral("scenario %1: sandbox of %2 users (latency %3 ms, model %4, realism %5) started in %6 "
                       "ms (target <= 5000 ms: %7), RSS %8 MB")
            .arg(m_spec.name)
            .arg(m_users)
            .arg(m_latencyMs, m_spec.latencyModel, m_spec.realism)
            .arg(result->sandboxStartupMs)
            .arg(verdict(result->sandboxStartupMs <= 5000))
            .arg(megabytes(statusKb("VmRSS:", m_sandbox.processId()))));
    return true;
}

bool BenchScenario::signIn(BenchScenarioResult *result)
{
    QString error;
    m_profile = TenantProfile::fromSandboxInfo(QStringLiteral("bench-") + m_spec.name, m_info, &error);
    m_session = std::make_unique<TenantSession>(m_profile);
    QEventLoop loop;
    QObject::connect(m_session.get(), &TenantSession::signedIn, &loop, &QEventLoop::quit);
    QObject::connect(m_session.get(), &TenantSession::signInFailed, &loop, [&](const Error &e) {
        error = e.fullText();
        loop.exit(1);
    });
    m_session->signInWithClientSecret(m_info.value(QLatin1String("confidentialClientSecret")).toString());
    if (loop.exec() != 0) {
        result->error = QStringLiteral("sign-in failed: ") + error;
        return false;
    }
    return true;
}

// What Microsoft's Graph SDKs do: the largest page the server takes, then @odata.nextLink one page after
// another. Strict realism lowers /users' largest page to 120 and refuses a larger $top with 400.
void BenchScenario::walk(BenchScenarioResult *result)
{
    const qint64 pid = m_sandbox.processId();
    const quint64 requestsBefore = m_session->api()->statistics().requestsSent;
    const double sandboxBefore = processCpuSeconds(pid);
    const double cpu = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    for (const int pageSize : {UserQueries::MaxPageSize, 120}) {
        PageIterator sequential(m_session->graph(), UserQueries::list(QString(), pageSize));
        qint64 listed = 0;
        QObject::connect(&sequential, &PageIterator::page,
                         [&](const QJsonArray &items) { listed += items.size(); });
        sequential.start();
        waitFor(&sequential);
        result->walkPageSize = pageSize;
        result->walkUsers = listed;
        const Error error = sequential.error();
        if (error && error.httpStatus() == 400 && sequential.pageCount() == 0 && pageSize != 120)
            continue; // the page size is refused: the next smaller one
        if (error)
            result->error = QStringLiteral("the sequential walk failed: ") + error.fullText();
        break;
    }
    result->walkMs = double(clock.elapsed());
    result->walkCpu = cpuSeconds() - cpu;
    result->walkRequests = m_session->api()->statistics().requestsSent - requestsBefore;
    result->sandboxWalkCpu = processCpuSeconds(pid) - sandboxBefore;
}

bool BenchScenario::fullSync(BenchScenarioResult *result)
{
    // A fresh snapshot per scenario: the profile name carries the scenario's.
    m_snapshotPath = SnapshotDatabase::defaultPath(m_profile.name);
    QFile::remove(m_snapshotPath);
    m_database = std::make_unique<SnapshotDatabase>(m_snapshotPath);
    if (const Error e = m_database->open()) {
        result->error = e.fullText();
        return false;
    }
    SnapshotSync sync(m_session.get(), m_database.get());
    sync.setParallelism(m_parallel);
    const qint64 pid = m_sandbox.processId();
    const bool peakReset = resetPeakRss();
    const double sandboxBefore = processCpuSeconds(pid);
    const double cpu = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    sync.start(SnapshotSync::Mode::Full);
    waitFor(&sync);
    result->fullMs = double(clock.elapsed());
    result->fullCpu = cpuSeconds() - cpu;
    result->sandboxFullCpu = processCpuSeconds(pid) - sandboxBefore;
    result->peakRssKb = peakReset ? statusKb("VmHWM:") : -1;
    if (sync.error()) {
        result->error = QStringLiteral("the full sync failed: ") + sync.error().fullText();
        return false;
    }
    result->fullRequests = sync.summary().requests;
    result->fullUsers = sync.summary().objectsByKind.value(QStringLiteral("users"));
    return true;
}
