// tenantdesk: the console. Wiring only; everything else lives in the layer libraries.
#include "core/localization.h"
#include "core/settings.h"
#include "core/version.h"
#include "gui/mainwindow.h"
#include "sandbox/sandbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
struct Options
{
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "main", "Open the embedded sandbox tenant at start, skipping the first-run screen.")};
    QCommandLineOption language{
        QStringLiteral("language"),
        QCoreApplication::translate("main",
                                    "Use this interface language for this run (en, da, nb, de, pl, et)."),
        QCoreApplication::translate("main", "code")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the main window to this file once it is shown, then quit."),
        QCoreApplication::translate("main", "file")};
};

void setUpParser(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Tenantdesk: a Microsoft 365 console for school service desks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.sandbox, options.language, options.screenshot});
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tenantdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tenantdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
}

// --help and --version must work without a display, so they are answered before any GUI exists.
bool onlyWantsUsage(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyWantsUsage(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Settings settings;
        Localization localization;
        localization.apply(settings.language());
        QCommandLineParser parser;
        const Options options;
        setUpParser(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral(TENANTDESK_NAME));
    Settings settings;
    Localization localization;
    localization.apply(settings.language());

    QCommandLineParser parser;
    const Options options;
    setUpParser(parser, options);
    parser.process(app);

    if (parser.isSet(options.language) && !localization.apply(parser.value(options.language))) {
        const QString message =
            QApplication::translate("main", "Unknown language \"%1\". Use one of: %2.")
                .arg(parser.value(options.language), QStringLiteral("en, da, nb, de, pl, et"));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

    MainWindow window(settings, localization);
    window.show();

    // The embedded sandbox tenant: a modest seeded school tenant served over HTTPS on 127.0.0.1 inside this
    // process. The console treats it like any tenant: it knows only its address and its certificate.
    std::unique_ptr<Sandbox> sandbox;
    const auto openSandbox = [&] {
        if (!sandbox) {
            SandboxOptions sandboxOptions;
            auto started = std::make_unique<Sandbox>(sandboxOptions);
            QString error;
            if (!started->start(&error)) {
                QMessageBox::critical(
                    &window, QApplication::translate("main", "Sandbox tenant"),
                    QApplication::translate("main", "The sandbox tenant could not start: %1").arg(error));
                return;
            }
            sandbox = std::move(started);
        }
        const QString domain = sandbox->info().value(QStringLiteral("domain")).toString();
        window.setTenant(domain, {});
        window.setTenantStatus({domain, QString(), QDateTime()});
        window.showWorkspace();
    };
    QObject::connect(&window, &MainWindow::openSandboxRequested, &window, openSandbox);
    if (parser.isSet(options.sandbox))
        openSandbox();

    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
