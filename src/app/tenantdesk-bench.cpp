// tenantdesk-bench: figures for the snapshot against tenantdesk-sandbox processes (default 200,000 users,
// 60-100 ms latency). Not a test: it prints numbers and the targets beside them, met or not.
// Each scenario (latency model flat or graph x realism off or strict) starts its own sandbox, walks the
// users as Microsoft's Graph SDKs do (sequential @odata.nextLink), then syncs fully into an empty snapshot;
// the delta refresh, second full sync, diff, cold open and filtering run once, after the first scenario.
#include "benchscenario.h"
#include "filterkeystrokes.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotdiff.h"
#include "cache/snapshotreader.h"
#include "core/tenantprofile.h"
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
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <algorithm>

using namespace Bench;

namespace {
// Cold open of a snapshot to a populated users model, filtering as you type, and the memory of it all.
int measureOpen(const QString &path)
{
    QElapsedTimer clock;
    const qint64 rssBeforeOpen = statusKb("VmRSS:");

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
    proxy.sort(UsersModel::NameColumn); // as the users pane shows them
    const double openMs = clock.elapsed();
    print(
        QStringLiteral("cold open to a populated, sorted users model: %1 ms, %2 rows (target <= 1000 ms: %3)")
            .arg(openMs)
            .arg(model.rowCount())
            .arg(verdict(openMs <= 1000)));

    // 6. Filter as you type.
    QList<double> keystrokes;
    for (const FilterKeystroke &key : filterKeystrokes()) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterText(key.text);
        keystrokes << timer.nsecsElapsed() / 1e6;
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

    const qint64 rss = statusKb("VmRSS:");
    const qint64 peak = statusKb("VmHWM:");
    print(
        QStringLiteral("memory: RSS with the snapshot loaded %1 MB (model and store %2 MB); peak RSS of this "
                       "process %3 MB (target <= 400 MB: %4)")
            .arg(rss / 1024)
            .arg((rss - rssBeforeOpen) / 1024)
            .arg(peak / 1024)
            .arg(verdict(peak <= 400 * 1024)));
    return 0;
}

// The figures of the open measurement (a child process), read back from its lines for the summary.
struct OpenFigures
{
    bool ran = false;
    double openMs = -1;
    double p95 = -1;
};

// After the first scenario's full sync: a delta refresh of 100 changes, a second full generation and the
// diff of the two.
void measureRefresh(BenchScenario &scenario)
{
    TenantSession *session = scenario.session();
    SnapshotDatabase &database = *scenario.database();
    SnapshotSync sync(session, &database);
    sync.setParallelism(scenario.parallel());
    const qint64 firstGeneration = database.currentGeneration();
    {
        QNetworkAccessManager network;
        QNetworkRequest touch(QUrl(scenario.info().value(QLatin1String("exchange")).toString() +
                                   QStringLiteral("/_sandbox/touch-users")));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(scenario.profile().trustedCertificatePem.toLatin1()));
        touch.setSslConfiguration(ssl);
        touch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(touch, QByteArray("{\"count\":100}"));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
    }
    QElapsedTimer clock;
    clock.start();
    sync.start(SnapshotSync::Mode::Auto);
    waitFor(&sync);
    const double deltaMs = clock.elapsed();
    print(QStringLiteral(
              "delta refresh of 100 changes: %1 requests, %2 ms, %3 users changed (target <= 3 requests: %4)")
              .arg(sync.summary().requests)
              .arg(deltaMs)
              .arg(sync.summary().objectsByKind.value(QStringLiteral("users")))
              .arg(verdict(sync.summary().requests <= 3 && !sync.summary().full)));

    sync.start(SnapshotSync::Mode::Full);
    waitFor(&sync);
    const qint64 lastGeneration = database.currentGeneration();
    clock.restart();
    SnapshotDiffResult diff;
    SnapshotDiff(database).diff(firstGeneration, lastGeneration, &diff);
    const double diffMs = clock.elapsed();
    print(QStringLiteral("diff of generations %1 and %2 (full snapshots): %3 ms, %4 changed (target <= 1000 "
                         "ms: %5)")
              .arg(firstGeneration)
              .arg(lastGeneration)
              .arg(diffMs)
              .arg(diff.changed.size())
              .arg(verdict(diffMs <= 1000)));
    database.closeThreadConnection();
}

// The cold open and filtering in a fresh process, so its memory is the console's with the snapshot loaded,
// not the sync's. Its lines are passed through and read back for the summary.
OpenFigures measureOpenInChild(const QString &path)
{
    OpenFigures figures;
    QProcess open;
    open.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    open.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-open"), path});
    open.waitForFinished(-1);
    const QString output = QString::fromUtf8(open.readAllStandardOutput()).trimmed();
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        print(line);
    figures.ran = open.exitStatus() == QProcess::NormalExit && open.exitCode() == 0;
    const QRegularExpressionMatch openMatch =
        QRegularExpression(QStringLiteral("cold open to a populated, sorted users model: ([0-9.]+) ms"))
            .match(output);
    const QRegularExpressionMatch p95Match =
        QRegularExpression(QStringLiteral("p95 ([0-9.]+) ms")).match(output);
    if (openMatch.hasMatch())
        figures.openMs = openMatch.captured(1).toDouble();
    if (p95Match.hasMatch())
        figures.p95 = p95Match.captured(1).toDouble();
    return figures;
}

QString summaryRow(const QString &target, const QString &figure, bool met)
{
    return QStringLiteral("  %1 %2 %3").arg(target, -52).arg(figure, -44).arg(verdict(met));
}

void printSummary(const QList<BenchScenarioResult> &results, const OpenFigures &open, int users)
{
    print(QString());
    print(QStringLiteral("summary at %1 users:").arg(users));
    for (const BenchScenarioResult &r : results) {
        if (!r.ok) {
            print(summaryRow(QStringLiteral("scenario ") + r.name, QStringLiteral("failed: ") + r.error,
                             false));
            continue;
        }
        print(summaryRow(QStringLiteral("%1: full sync client CPU <= 6 s").arg(r.name),
                         QStringLiteral("%1 s").arg(r.fullCpu, 0, 'f', 2), r.fullCpu <= 6));
        print(summaryRow(
            QStringLiteral("%1: full sync >= %2x the sequential walk").arg(r.name).arg(r.ratioTarget()),
            QStringLiteral("%1x (walk $top=%2)").arg(r.ratio(), 0, 'f', 2).arg(r.walkPageSize),
            r.ratio() >= r.ratioTarget()));
        print(summaryRow(QStringLiteral("%1: peak RSS during the full sync <= 400 MB").arg(r.name),
                         QStringLiteral("%1 MB").arg(r.peakRssKb / 1024),
                         r.peakRssKb >= 0 && r.peakRssKb <= 400 * 1024));
        print(summaryRow(QStringLiteral("%1: sandbox start-up <= 5 s").arg(r.name),
                         QStringLiteral("%1 ms").arg(r.sandboxStartupMs), r.sandboxStartupMs <= 5000));
        print(summaryRow(QStringLiteral("%1: sandbox RSS <= 700 MB").arg(r.name),
                         QStringLiteral("%1 MB now, %2 MB peak (CPU per full sync %3 s)")
                             .arg(r.sandboxRssKb / 1024)
                             .arg(r.sandboxHwmKb / 1024)
                             .arg(r.sandboxFullCpu, 0, 'f', 2),
                         r.sandboxHwmKb >= 0 && r.sandboxHwmKb <= 700 * 1024));
    }
    if (open.ran) {
        print(summaryRow(QStringLiteral("cold open to a populated sorted model <= 1 s"),
                         QStringLiteral("%1 ms").arg(open.openMs), open.openMs >= 0 && open.openMs <= 1000));
        print(summaryRow(QStringLiteral("filter as you type p95 <= 16 ms"),
                         QStringLiteral("%1 ms").arg(open.p95, 0, 'f', 2), open.p95 >= 0 && open.p95 <= 16));
    } else {
        print(summaryRow(QStringLiteral("cold open and filtering"), QStringLiteral("not measured"), false));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the users model is a QtGui model
    QCoreApplication::setApplicationName(QStringLiteral("tenantdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Snapshot benchmark against tenantdesk-sandbox processes, one per scenario."));
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Users in the sandbox tenant."),
                                   QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption latency(
        QStringLiteral("latency-ms"),
        QStringLiteral("Sandbox latency range (the graph model adds per object)."), QStringLiteral("A-B"),
        QStringLiteral("60-100"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QStringLiteral("Requests in flight during sync."), QStringLiteral("n"),
                                      QStringLiteral("16"));
    const QCommandLineOption scenarios(
        QStringLiteral("scenarios"),
        QStringLiteral("Comma list of latency model (flat, graph) and realism (off, strict) pairs to run, in "
                       "order; the delta refresh, diff and open measurements follow the first."),
        QStringLiteral("list"), BenchScenarioSpec::allNames().join(QLatin1Char(',')));
    const QCommandLineOption measure(
        QStringLiteral("measure-open"),
        QStringLiteral("Only open this snapshot and measure (used by the benchmark itself)."),
        QStringLiteral("file"));
    const QCommandLineOption keep(
        QStringLiteral("keep-snapshot"),
        QStringLiteral("Copy the first scenario's snapshot to this file (to measure opening it again with "
                       "--measure-open)."),
        QStringLiteral("file"));
    parser.addOptions({users, latency, parallel, scenarios, measure, keep});
    parser.process(app);
    if (parser.isSet(measure))
        return measureOpen(parser.value(measure));

    QList<BenchScenarioSpec> specs;
    QString error;
    if (!BenchScenarioSpec::parseList(parser.value(scenarios), &specs, &error)) {
        print(error);
        return 2;
    }
    const int userCount = parser.value(users).toInt();

    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());

    QList<BenchScenarioResult> results;
    OpenFigures open;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        BenchScenario scenario(specs.at(i), userCount, parser.value(latency), parser.value(parallel).toInt());
        const BenchScenarioResult result = scenario.run();
        print(result.line());
        results << result;
        if (i == 0 && result.ok) {
            measureRefresh(scenario);
            const QString path = scenario.snapshotPath();
            scenario.stop();
            if (parser.isSet(keep)) {
                QFile::remove(parser.value(keep));
                if (!QFile::copy(path, parser.value(keep)))
                    print(QStringLiteral("could not copy the snapshot to %1").arg(parser.value(keep)));
            }
            open = measureOpenInChild(path);
        }
    }
    printSummary(results, open, userCount);
    const bool allRan =
        std::all_of(results.cbegin(), results.cend(), [](const BenchScenarioResult &r) { return r.ok; });
    return allRan && open.ran ? 0 : 1;
}
