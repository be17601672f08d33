// tenantdesk-sandbox: a local Microsoft 365 school tenant over HTTPS on 127.0.0.1. Wiring only.
#include "core/localization.h"
#include "core/settings.h"
#include "core/version.h"
#include "sandbox/server/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "tenantdesk-sandbox: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tenantdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tenantdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
    Settings settings;
    Localization localization;
    localization.apply(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SandboxMain",
        "A local Microsoft 365 school tenant (identity platform, Graph, Exchange admin REST, OneRoster) over "
        "HTTPS on 127.0.0.1. Prints one JSON line describing it, then serves until interrupted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("SandboxMain", "Port to listen on (default: any free port)."),
        QCoreApplication::translate("SandboxMain", "N"), QStringLiteral("0"));
    const QCommandLineOption schools(
        QStringLiteral("schools"),
        QCoreApplication::translate("SandboxMain", "Number of schools (default 4)."),
        QCoreApplication::translate("SandboxMain", "N"), QStringLiteral("4"));
    const QCommandLineOption users(
        QStringLiteral("users"), QCoreApplication::translate("SandboxMain", "Number of users (default 400)."),
        QCoreApplication::translate("SandboxMain", "N"), QStringLiteral("400"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("SandboxMain", "Seed for the generated tenant (default 1)."),
        QCoreApplication::translate("SandboxMain", "S"), QStringLiteral("1"));
    const QCommandLineOption latency(
        QStringLiteral("latency-ms"),
        QCoreApplication::translate("SandboxMain",
                                    "Delay per request in milliseconds, as A-B (default 2-6)."),
        QCoreApplication::translate("SandboxMain", "A-B"), QStringLiteral("2-6"));
    const QCommandLineOption throttle(
        QStringLiteral("throttle"),
        QCoreApplication::translate("SandboxMain",
                                    "Throttling profile: off, gentle, graph or storm (default gentle)."),
        QCoreApplication::translate("SandboxMain", "PROFILE"), QStringLiteral("gentle"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QCoreApplication::translate("SandboxMain",
                                    "Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,"
                                    "truncate=0.01,malformed=0.01,reset-after-body=0.01 (default none)."),
        QCoreApplication::translate("SandboxMain", "SPEC"));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QCoreApplication::translate("SandboxMain",
                                    "Keep the tenant in this file, so changes survive a restart."),
        QCoreApplication::translate("SandboxMain", "FILE"));
    const QCommandLineOption realism(
        QStringLiteral("realism"),
        QCoreApplication::translate(
            "SandboxMain", "Behave as Microsoft 365 does where it is harder on clients: strict, or a "
                           "comma list of switches such as upn-ranges,page-token-expiry=120 "
                           "(default off; the README lists every switch)."),
        QCoreApplication::translate("SandboxMain", "SPEC"), QStringLiteral("off"));
    const QCommandLineOption latencyModel(
        QStringLiteral("latency-model"),
        QCoreApplication::translate("SandboxMain",
                                    "flat: the --latency-ms delay per request; graph: 60-100 ms plus about "
                                    "1 ms per object returned, an estimate of real Graph (default flat)."),
        QCoreApplication::translate("SandboxMain", "MODEL"), QStringLiteral("flat"));
    parser.addOptions({port, schools, users, seed, latency, throttle, faults, state, realism, latencyModel});
    parser.process(app);

    SandboxOptions options;
    bool ok = false;
    options.port = quint16(parser.value(port).toUInt(&ok));
    if (!ok)
        return fail(QCoreApplication::translate("SandboxMain", "--port needs a number."));
    options.schools = parser.value(schools).toInt(&ok);
    if (!ok || options.schools < 1 || options.schools > 500)
        return fail(QCoreApplication::translate("SandboxMain", "--schools needs a number from 1 to 500."));
    options.users = parser.value(users).toInt(&ok);
    if (!ok || options.users < 10 || options.users > 1000000)
        return fail(QCoreApplication::translate("SandboxMain", "--users needs a number from 10 to 1000000."));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("SandboxMain", "--seed needs a number."));
    options.stateFile = parser.value(state);
    QString error;
    if (!options.setLatency(parser.value(latency), &error) ||
        !options.setThrottleProfile(parser.value(throttle), &error) ||
        (parser.isSet(faults) && !options.setFaults(parser.value(faults), &error)) ||
        !options.setRealism(parser.value(realism), &error) ||
        !options.setLatencyModel(parser.value(latencyModel), &error))
        return fail(error);
    if (options.latencyModel == SandboxOptions::LatencyModel::Graph && !parser.isSet(latency))
        options.setLatency(QStringLiteral("60-100"), &error);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("socketpair failed"));
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    QElapsedTimer started;
    started.start();
    Sandbox sandbox(options);
    if (!sandbox.start(&error))
        return fail(error);
    QJsonObject info = sandbox.info();
    info.insert(QStringLiteral("startupMs"), started.elapsed());
    std::fprintf(stdout, "%s\n", QJsonDocument(info).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return app.exec();
}
