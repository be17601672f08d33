// tenantdesk: the console. Wiring only; everything else lives in the layer libraries.
#include "core/localization.h"
#include "core/profilestore.h"
#include "core/settings.h"
#include "core/version.h"
#include "gui/connecttenantwizard.h"
#include "gui/mainwindow.h"
#include "services/consolecontroller.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
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
void showProblem(QWidget *parent, const QString &title, const QString &message, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    if (error.isError())
        box.setDetailedText(error.fullText());
    box.exec();
}

// The icon's PNG sizes, rendered from resources/icons/tenantdesk.svg at build time.
QIcon windowIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/tenantdesk-%1.png").arg(size), QSize(size, size));
    return icon;
}

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
    QGuiApplication::setDesktopFileName(QStringLiteral(TENANTDESK_APP_ID));
    QApplication::setWindowIcon(windowIcon());
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

    // Tenant profiles (shared with tenantdesk-cli), the open profile's snapshot and what the console does
    // with them; the window shows what the controller announces and asks it through its own signals.
    ProfileStore profiles;
    SnapshotService snapshot;
    snapshot.setGenerationsKept(settings.snapshotGenerationsKept());
    snapshot.setProbesNetwork(true);
    window.setSnapshotService(&snapshot);
    ConsoleController console(profiles, snapshot);
    window.setConnectAvailable(true);

    const auto showProfiles = [&] {
        window.setProfiles(console.profileNames(), console.currentProfileName());
    };
    QObject::connect(&console, &ConsoleController::profilesChanged, &window, showProfiles);
    QObject::connect(&console, &ConsoleController::tenantChanged, &window, [&] {
        window.setTenantName(console.tenantName());
        window.setAccount(console.accountName());
    });
    QObject::connect(&console, &ConsoleController::workspaceReady, &window, &MainWindow::showWorkspace);
    QObject::connect(&console, &ConsoleController::keychainFailed, &window,
                     [&window](const Error &error) { window.showKeychainProblem(error.message()); });
    QObject::connect(&console, &ConsoleController::sandboxFailed, &window, [&](const Error &error) {
        showProblem(
            &window, QApplication::translate("main", "Sandbox tenant"),
            QApplication::translate("main", "The sandbox tenant could not start: %1").arg(error.message()),
            error);
    });
    QObject::connect(&console, &ConsoleController::profileSaveFailed, &window, [&](const QString &message) {
        showProblem(&window, QApplication::translate("main", "Sandbox tenant"),
                    QApplication::translate("main", "The sandbox tenant's profile could not be saved: %1")
                        .arg(message),
                    Error());
    });
    QObject::connect(&console, &ConsoleController::signOutFailed, &window, [&](const Error &error) {
        showProblem(&window, QApplication::translate("main", "Sign out"),
                    QApplication::translate("main", "Tenantdesk could not sign out: %1").arg(error.message()),
                    error);
    });

    // Connecting a tenant (or signing in again to a saved one): the wizard saves the profile and makes it
    // current; its signed-in session becomes the open one.
    const auto connectTenant = [&](const TenantProfile *existing) {
        ConnectTenantWizard wizard(profiles, &window);
        QObject::connect(&wizard, &ConnectTenantWizard::keychainFailed, &window,
                         [&window](const Error &error) { window.showKeychainProblem(error.message()); });
        if (existing)
            wizard.setProfile(*existing, true);
        if (wizard.exec() == QDialog::Accepted)
            console.adoptSession(wizard.takeSession());
    };
    QObject::connect(&window, &MainWindow::connectTenantRequested, &window, [&] { connectTenant(nullptr); });
    QObject::connect(&console, &ConsoleController::signInOffered, &window,
                     [&](const TenantProfile &profile) { connectTenant(&profile); });
    QObject::connect(&window, &MainWindow::openSandboxRequested, &console, &ConsoleController::openSandbox);
    QObject::connect(&window, &MainWindow::profileSwitchRequested, &console,
                     [&](const QString &name) { console.openProfile(name, true); });
    QObject::connect(&window, &MainWindow::signOutRequested, &console, &ConsoleController::signOut);
    QObject::connect(&console, &ConsoleController::snapshotDeleteFailed, &window, [&](const Error &error) {
        showProblem(&window, QApplication::translate("main", "Sign out"),
                    QApplication::translate("main", "Signed out, but the local snapshot was not deleted: %1")
                        .arg(error.message()),
                    error);
    });

    showProfiles();
    if (parser.isSet(options.sandbox))
        console.openSandbox();
    else if (!profiles.currentName().isEmpty() &&
             profiles.currentName() != ProfileStore::embeddedSandboxName() && settings.firstRunDone())
        console.openProfile(profiles.currentName(), false);

    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
