// tenantdesk-bench: figures for the snapshot against a tenantdesk-sandbox process (default 200,000 users,
// 60-100 ms latency). Not a test: it prints numbers and the targets beside them, met or not.
#include "cache/snapshotdatabase.h"
#include "cache/snapshotdiff.h"
#include "cache/snapshotreader.h"
#include "core/tenantprofile.h"
#include "graph/apiclient.h"
#include "graph/pageiterator.h"
#include "graph/queries/userqueries.h"
#include "models/usersmodel.h"
#include "models/usersmodelproxy.h"
#include "services/snapshotsync.h"
#include "services/tenantsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace {
void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 rssKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU seconds this process has used so far, every thread (network, snapshot writer) included.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

template <typename Object> void waitFor(Object *object)
{
    QEventLoop loop;
    QObject::connect(object, &Object::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("NOT met");
}

// Cold open of a snapshot to a populated users model, filtering as you type, and the memory of it all.
int measureOpen(const QString &path)
{
    QElapsedTimer clock;
    const qint64 rssBeforeOpen = rssKb("VmRSS:");

    // 5. Cold open: a fresh database object to a populated users model.
    clock.restart();
    SnapshotDatabase cold(path);
    std::vector<UserRecord> records;
    if (const Error e = cold.open(); e || SnapshotReader(cold).loadUsers(&records)) {
        print(QStringLiteral("cold open failed"));
        return 1;
    }
    UsersModel model;
    model.setUsers(std::move(records));
    UsersModelProxy proxy;
    proxy.setSourceModel(&model);
    const double openMs = clock.elapsed();
    print(QStringLiteral("cold open to a populated users model: %1 ms, %2 rows (target <= 1000 ms: %3)")
              .arg(openMs)
              .arg(model.rowCount())
              .arg(verdict(openMs <= 1000)));

    // 6. Filter as you type.
    QList<double> keystrokes;
    for (const QString &word :
         {QStringLiteral("anna.k"), QStringLiteral("olsen"), QStringLiteral("gymnasium"),
          QStringLiteral("kowalsk"), QStringLiteral("tamm")}) {
        for (int length = 1; length <= word.size(); ++length) {
            QElapsedTimer key;
            key.start();
            proxy.setFilterText(word.left(length));
            keystrokes << key.nsecsElapsed() / 1e6;
        }
        for (int length = word.size() - 1; length >= 0; --length) { // backspace
            QElapsedTimer key;
            key.start();
            proxy.setFilterText(word.left(length));
            keystrokes << key.nsecsElapsed() / 1e6;
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double p50 = keystrokes.at(keystrokes.size() / 2);
    const double p95 = keystrokes.at(qMin(keystrokes.size() - 1, int(keystrokes.size() * 0.95)));
    print(QStringLiteral(
              "filter per keystroke over %1 keystrokes: p50 %2 ms, p95 %3 ms (target p95 <= 16 ms: %4)")
              .arg(keystrokes.size())
              .arg(p50, 0, 'f', 2)
              .arg(p95, 0, 'f', 2)
              .arg(verdict(p95 <= 16)));

    const qint64 rss = rssKb("VmRSS:");
    const qint64 peak = rssKb("VmHWM:");
    print(
        QStringLiteral("memory: RSS with the snapshot loaded %1 MB (model and store %2 MB); peak RSS of this "
                       "process %3 MB (target <= 400 MB: %4)")
            .arg(rss / 1024)
            .arg((rss - rssBeforeOpen) / 1024)
            .arg(peak / 1024)
            .arg(verdict(peak <= 400 * 1024)));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the users model is a QtGui model
    QCoreApplication::setApplicationName(QStringLiteral("tenantdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Snapshot benchmark against a tenantdesk-sandbox process."));
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Users in the sandbox tenant."),
                                   QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency range."),
                                     QStringLiteral("A-B"), QStringLiteral("60-100"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Requests in flight during sync."), QStringLiteral("n"),
                                      QStringLiteral("8"));
    const QCommandLineOption measure(
        QStringLiteral("measure-open"),
        QStringLiteral("Only open this snapshot and measure (used by the benchmark itself)."),
        QStringLiteral("file"));
    parser.addOptions({users, latency, parallel, measure});
    parser.process(app);
    if (parser.isSet(measure))
        return measureOpen(parser.value(measure));

    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());

    // The tenant: a separate sandbox process, as a real tenant would be.
    QProcess sandbox;
    sandbox.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tenantdesk-sandbox"));
    sandbox.setArguments({QStringLiteral("--users"), parser.value(users), QStringLiteral("--latency-ms"),
                          parser.value(latency), QStringLiteral("--throttle"), QStringLiteral("off")});
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start();
    while (!sandbox.canReadLine() && sandbox.state() != QProcess::NotRunning)
        sandbox.waitForReadyRead(1000);
    const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine()).object();
    if (info.isEmpty()) {
        print(QStringLiteral("the sandbox did not start"));
        return 1;
    }
    print(QStringLiteral("sandbox: %1 users, latency %2 ms, started in %3 ms")
              .arg(parser.value(users), parser.value(latency))
              .arg(info.value(QLatin1String("startupMs")).toInt()));

    QString error;
    const TenantProfile profile = TenantProfile::fromSandboxInfo(QStringLiteral("bench"), info, &error);
    TenantSession session(profile);
    {
        QEventLoop loop;
        QObject::connect(&session, &TenantSession::signedIn, &loop, &QEventLoop::quit);
        QObject::connect(&session, &TenantSession::signInFailed, &loop, [&](const Error &e) {
            print(e.fullText());
            loop.exit(1);
        });
        session.signInWithClientSecret(info.value(QLatin1String("confidentialClientSecret")).toString());
        if (loop.exec() != 0)
            return 1;
    }

    // 1. The baseline: following @odata.nextLink one page after another.
    quint64 before = session.api()->statistics().requestsSent;
    QElapsedTimer clock;
    clock.start();
    double cpu = cpuSeconds();
    PageIterator sequential(session.graph(), UserQueries::list());
    qint64 listed = 0;
    QObject::connect(&sequential, &PageIterator::page,
                     [&](const QJsonArray &items) { listed += items.size(); });
    sequential.start();
    waitFor(&sequential);
    const double sequentialMs = clock.elapsed();
    print(QStringLiteral("sequential nextLink listing: %1 users, %2 requests, %3 ms, client CPU %4 s")
              .arg(listed)
              .arg(session.api()->statistics().requestsSent - before)
              .arg(sequentialMs)
              .arg(cpuSeconds() - cpu, 0, 'f', 2));

    // 2. Full sync into an empty snapshot.
    const QString path = SnapshotDatabase::defaultPath(profile.name);
    SnapshotDatabase database(path);
    if (const Error e = database.open()) {
        print(e.fullText());
        return 1;
    }
    SnapshotSync sync(&session, &database);
    sync.setParallelism(parser.value(parallel).toInt());
    clock.restart();
    cpu = cpuSeconds();
    sync.start(SnapshotSync::Mode::Full);
    waitFor(&sync);
    const double fullMs = clock.elapsed();
    const double fullCpu = cpuSeconds() - cpu;
    if (sync.error()) {
        print(sync.error().fullText());
        return 1;
    }
    const double ratio = sequentialMs / fullMs;
    print(QStringLiteral(
              "full sync: %1 ms, %2 requests, %3 users; %4x faster than sequential (target >= 5x: %5); "
              "client CPU %6 s (target <= 6 s: %7)")
              .arg(fullMs)
              .arg(sync.summary().requests)
              .arg(sync.summary().objectsByKind.value(QStringLiteral("users")))
              .arg(ratio, 0, 'f', 2)
              .arg(verdict(ratio >= 5))
              .arg(fullCpu, 0, 'f', 2)
              .arg(verdict(fullCpu <= 6)));
    const qint64 firstGeneration = database.currentGeneration();

    // 3. Delta refresh of 100 changes.
    {
        QNetworkAccessManager network;
        QNetworkRequest touch(
            QUrl(info.value(QLatin1String("exchange")).toString() + QStringLiteral("/_sandbox/touch-users")));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(profile.trustedCertificatePem.toLatin1()));
        touch.setSslConfiguration(ssl);
        touch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(touch, QByteArray("{\"count\":100}"));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    clock.restart();
    sync.start(SnapshotSync::Mode::Auto);
    waitFor(&sync);
    const double deltaMs = clock.elapsed();
    print(QStringLiteral(
              "delta refresh of 100 changes: %1 requests, %2 ms, %3 users changed (target <= 3 requests: %4)")
              .arg(sync.summary().requests)
              .arg(deltaMs)
              .arg(sync.summary().objectsByKind.value(QStringLiteral("users")))
              .arg(verdict(sync.summary().requests <= 3 && !sync.summary().full)));

    // 4. A second full generation, then the diff of two full generations.
    sync.start(SnapshotSync::Mode::Full);
    waitFor(&sync);
    const qint64 lastGeneration = database.currentGeneration();
    clock.restart();
    SnapshotDiffResult diff;
    SnapshotDiff(database).diff(firstGeneration, lastGeneration, &diff);
    const double diffMs = clock.elapsed();
    print(QStringLiteral("diff of generations %1 and %2 (200,000-user snapshots): %3 ms, %4 changed (target "
                         "<= 1000 ms: %5)")
              .arg(firstGeneration)
              .arg(lastGeneration)
              .arg(diffMs)
              .arg(diff.changed.size())
              .arg(verdict(diffMs <= 1000)));
    database.closeThreadConnection();
    sandbox.terminate();
    sandbox.waitForFinished(60000);
    // 5-7 in a fresh process, so its memory is the console's with the snapshot loaded, not the sync's.
    QProcess open;
    open.setProcessChannelMode(QProcess::ForwardedChannels);
    open.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-open"), path});
    open.waitForFinished(-1);
    return open.exitCode();
}
