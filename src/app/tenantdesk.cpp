// tenantdesk: the console. Wiring only; everything else lives in the layer libraries.
#include "core/localization.h"
#include "core/profilestore.h"
#include "core/settings.h"
#include "core/version.h"
#include "gui/connecttenantwizard.h"
#include "gui/mainwindow.h"
#include "sandbox/sandbox.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

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

    // Tenant profiles (shared with tenantdesk-cli) and the session of the one open now.
    ProfileStore profiles;
    std::unique_ptr<TenantSession> session;
    // The open profile's snapshot: shown at once from disk, refreshed through the session. A profile signed
    // in but never read (e.g. just connected) is read once by itself.
    SnapshotService snapshot;
    snapshot.setGenerationsKept(settings.snapshotGenerationsKept());
    window.setSnapshotService(&snapshot);
    const auto showProfiles = [&] {
        window.setProfiles(profiles.names(), profiles.currentName());
    };
    const auto replaceSession = [&](std::unique_ptr<TenantSession> next) {
        snapshot.close(); // no refresh may outlive the session it reads with
        session = std::move(next);
        if (!session)
            return;
        // The saved sign-in is read in the background: the account shown follows it, and so do keychain
        // problems and the end of a sign-out.
        TenantSession *current = session.get();
        QObject::connect(current, &TenantSession::signInStateChanged, &window,
                         [&window, current] { window.setAccount(current->account()); });
        QObject::connect(current, &TenantSession::keychainFailed, &window,
                         [&window](const Error &error) { window.showKeychainProblem(error.message()); });
        QObject::connect(current, &TenantSession::signedOut, &window, [&window](const Error &error) {
            if (!error)
                return;
            QMessageBox box(
                QMessageBox::Warning, QApplication::translate("main", "Sign out"),
                QApplication::translate("main", "Tenantdesk could not sign out: %1").arg(error.message()),
                QMessageBox::Ok, &window);
            box.setDetailedText(error.fullText());
            box.exec();
        });
    };
    const auto showSession = [&](const QString &tenantName) {
        if (session)
            snapshot.open(SnapshotService::pathFor(session->profile().name), session.get());
        else
            snapshot.close();
        window.setTenantName(tenantName);
        window.setAccount(session ? session->account() : QString());
        showProfiles();
    };
    const auto useProfile = [&](const TenantProfile &profile) {
        if (!session || session->profile() != profile)
            replaceSession(std::make_unique<TenantSession>(profile));
        profiles.setCurrentName(profile.name);
    };
    window.setConnectAvailable(true);

    // The embedded sandbox tenant: a modest seeded school tenant served over HTTPS on 127.0.0.1 inside this
    // process. The console treats it like any tenant: it knows only its address and its certificate, kept in
    // the "sandbox" profile (rewritten at every start, since the port and certificate change).
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
            TenantProfile profile =
                TenantProfile::fromSandboxInfo(ProfileStore::embeddedSandboxName(), sandbox->info(), &error);
            if (!profile.name.isEmpty()) {
                const TenantProfile previous = profiles.profile(profile.name);
                if (!previous.name.isEmpty())
                    profile.account = previous.account;
                profile.signInMethod = TenantProfile::SignInMethod::ClientSecret; // see the sign-in below
            }
            if (profile.name.isEmpty() || !profiles.save(profile, &error))
                QMessageBox::warning(
                    &window, QApplication::translate("main", "Sandbox tenant"),
                    QApplication::translate("main", "The sandbox tenant's profile could not be saved: %1")
                        .arg(error));
        }
        const TenantProfile profile = profiles.profile(ProfileStore::embeddedSandboxName());
        const QString domain = sandbox->info().value(QStringLiteral("domain")).toString();
        if (!profile.name.isEmpty())
            useProfile(profile);
        showSession(domain);
        window.showWorkspace();
        // A new sandbox has new keys, so earlier tokens are void. The console signs in to it the way an
        // unattended job signs in to any tenant: client credentials with the secret the sandbox handed out
        // (kept in the keychain like any client secret). A trainee can still connect as a user in the wizard.
        if (session && session->profile().name == ProfileStore::embeddedSandboxName() &&
            !session->isSigningIn()) {
            TenantSession *current = session.get();
            QObject::connect(
                current, &TenantSession::signedIn, &window,
                [&, current, domain] {
                    if (session.get() == current)
                        showSession(domain);
                },
                Qt::SingleShotConnection);
            current->signInWithClientSecret(
                sandbox->info().value(QStringLiteral("confidentialClientSecret")).toString());
        }
    };
    QObject::connect(&window, &MainWindow::openSandboxRequested, &window, openSandbox);

    // Connecting a tenant (or signing in again to a saved one): the wizard saves the profile and makes it
    // current; its signed-in session becomes the open one.
    const auto connectTenant = [&](const TenantProfile *existing) {
        ConnectTenantWizard wizard(profiles, &window);
        QObject::connect(&wizard, &ConnectTenantWizard::keychainFailed, &window,
                         [&window](const Error &error) { window.showKeychainProblem(error.message()); });
        if (existing)
            wizard.setProfile(*existing, true);
        if (wizard.exec() != QDialog::Accepted)
            return;
        replaceSession(wizard.takeSession());
        showSession(session->profile().name);
        window.showWorkspace();
    };
    QObject::connect(&window, &MainWindow::connectTenantRequested, &window, [&] { connectTenant(nullptr); });

    // Opens a saved profile; without a saved sign-in the wizard offers to sign in to it.
    const auto openProfile = [&](const QString &name, bool offerSignIn) {
        if (name == ProfileStore::embeddedSandboxName()) {
            openSandbox();
            return;
        }
        const TenantProfile profile = profiles.profile(name);
        if (profile.name.isEmpty())
            return;
        useProfile(profile);
        showSession(profile.name);
        window.showWorkspace();
        if (!offerSignIn)
            return;
        // Once the saved sign-in is known: without one, the wizard offers to sign in.
        TenantSession *current = session.get();
        const auto offer = [&, current, profile] {
            if (session.get() == current && !current->hasSavedSignIn())
                connectTenant(&profile);
        };
        if (current->isSignInStateKnown())
            offer();
        else
            QObject::connect(current, &TenantSession::signInStateChanged, &window, offer,
                             Qt::SingleShotConnection);
    };
    QObject::connect(&window, &MainWindow::profileSwitchRequested, &window,
                     [&](const QString &name) { openProfile(name, true); });

    // The account shown and the snapshot's offline state follow the session's sign-in state.
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&] {
        if (session)
            session->signOut();
    });

    showProfiles();
    if (parser.isSet(options.sandbox))
        openSandbox();
    else if (!profiles.currentName().isEmpty() &&
             profiles.currentName() != ProfileStore::embeddedSandboxName() && settings.firstRunDone())
        openProfile(profiles.currentName(), false);

    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
