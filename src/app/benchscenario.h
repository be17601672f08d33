#pragma once

// One scenario of tenantdesk-bench: a tenantdesk-sandbox process with one latency model and one realism
// setting, the SDK-like sequential nextLink walk against it, then a full sync into an empty snapshot.

#include "core/tenantprofile.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class SnapshotDatabase;
class TenantSession;

namespace Bench {
void print(const QString &line);
QString verdict(bool met);
// A field of /proc/<pid>/status in kB ("VmRSS:", "VmHWM:"); pid 0 is this process. -1 when unreadable.
qint64 statusKb(const char *field, qint64 pid = 0);
// CPU seconds this process has used so far, every thread (network, snapshot writer) included.
double cpuSeconds();
// CPU seconds (user + system) another process has used so far, from /proc/<pid>/stat. -1 when unreadable.
double processCpuSeconds(qint64 pid);
// Resets this process's peak RSS (VmHWM) to its current RSS. False where the kernel does not allow it.
bool resetPeakRss();
// Runs an event loop until `object` emits finished().
template <typename Object> void waitFor(Object *object)
{
    QEventLoop loop;
    QObject::connect(object, &Object::finished, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace Bench

struct BenchScenarioSpec
{
    QString name;         // "flat-off", "graph-strict", ...
    QString latencyModel; // flat | graph
    QString realism;      // off | strict

    // "flat-off,graph-strict" -> specs; false with `error` on an unknown name.
    static bool parseList(const QString &list, QList<BenchScenarioSpec> *specs, QString *error);
    static QStringList allNames();
};

struct BenchScenarioResult
{
    QString name;
    bool ok = false;
    QString error;
    qint64 sandboxStartupMs = 0;
    // The sequential walk.
    double walkMs = 0;
    quint64 walkRequests = 0;
    double walkCpu = 0;
    qint64 walkUsers = 0;
    int walkPageSize = 0;
    double sandboxWalkCpu = 0;
    // The full sync.
    double fullMs = 0;
    quint64 fullRequests = 0;
    qint64 fullUsers = 0;
    double fullCpu = 0;
    qint64 peakRssKb = -1;
    double sandboxFullCpu = 0;
    // The sandbox after the sync.
    qint64 sandboxRssKb = -1;
    qint64 sandboxHwmKb = -1;

    double ratio() const { return fullMs > 0 ? walkMs / fullMs : 0; }
    // The ratio the issue asks for under this latency model: 5x under graph, 2x under flat.
    double ratioTarget() const;
    QString line() const;
};

class BenchScenario
{
public:
    BenchScenario(const BenchScenarioSpec &spec, int users, const QString &latencyMs, int parallel);
    ~BenchScenario();

    // Starts the sandbox, signs in, walks, then syncs fully into a fresh snapshot. The result says how it
    // went; on success session(), database() and the sandbox stay up for further steps.
    BenchScenarioResult run();

    TenantSession *session() const { return m_session.get(); }
    SnapshotDatabase *database() const { return m_database.get(); }
    const TenantProfile &profile() const { return m_profile; }
    const QJsonObject &info() const { return m_info; }
    QString snapshotPath() const { return m_snapshotPath; }
    int parallel() const { return m_parallel; }
    // Closes the snapshot and ends the sandbox process.
    void stop();

private:
    bool startSandbox(BenchScenarioResult *result);
    bool signIn(BenchScenarioResult *result);
    void walk(BenchScenarioResult *result);
    bool fullSync(BenchScenarioResult *result);

    BenchScenarioSpec m_spec;
    int m_users;
    QString m_latencyMs;
    int m_parallel;
    QProcess m_sandbox;
    QJsonObject m_info;
    TenantProfile m_profile;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<SnapshotDatabase> m_database;
    QString m_snapshotPath;
};
