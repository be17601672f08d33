#include "cli/signincommands.h"

#include "cli/blockingsession.h"
#include "cli/cliconsole.h"
#include "cli/clitext.h"
#include "core/profilestore.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

SignInCommands::SignInCommands(const TenantProfile &profile, ProfileStore &profiles, CliConsole &console)
    : m_profile(profile), m_profiles(profiles), m_console(console)
{}

SignInCommands::~SignInCommands() = default;

BlockingSession &SignInCommands::session()
{
    if (!m_session)
        m_session = std::make_unique<BlockingSession>(m_profile, m_console);
    return *m_session;
}

QString SignInCommands::loginDescription()
{
    return tr("Sign in to the profile's tenant.");
}
QString SignInCommands::logoutDescription()
{
    return tr("Sign out: remove the profile's tokens and secrets (--delete-snapshot: its local snapshot "
              "too).");
}
QString SignInCommands::whoamiDescription()
{
    return tr("Show who is signed in to the profile.");
}
QString SignInCommands::authDescription()
{
    return tr("Export or import the token cache in MSAL's format (export-msal-cache, import-msal-cache).");
}

int SignInCommands::signIn(const std::function<void(TenantSession &session)> &start)
{
    if (const Error error = session().signIn(start)) {
        session().printError(error);
        return 1;
    }
    const TenantSession &signedIn = session().session();
    m_console.message(tr("Signed in as %1.").arg(signedIn.account()));
    if (signedIn.signInSummary().value(QLatin1String("kind")).toString() == QLatin1String("user")) {
        // Remembered as the login hint for the next interactive sign-in.
        TenantProfile profile = signedIn.profile();
        profile.account = signedIn.account();
        QString error;
        if (!m_profiles.save(profile, &error))
            m_console.message(error);
    }
    return session().exitCode(0);
}

SignInCommands::LoginOptions SignInCommands::loginOptions()
{
    return {QCommandLineOption(QStringLiteral("device-code"), tr("Sign in with a code on another device.")),
            QCommandLineOption(QStringLiteral("browser"), tr("Sign in in the web browser.")),
            QCommandLineOption(QStringLiteral("client-secret-env"),
                               tr("Sign in as the application with the client secret in this environment "
                                  "variable."),
                               tr("variable")),
            QCommandLineOption(QStringLiteral("certificate"),
                               tr("Sign in as the application with this PEM certificate and key."),
                               tr("file"))};
}

QString SignInCommands::authUsage()
{
    return tr("Usage:\n  auth export-msal-cache FILE\n  auth import-msal-cache FILE");
}

QString SignInCommands::loginHelp()
{
    return CliText::commandHelp(
        tr("Usage: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate FILE]"),
        loginDescription(), loginOptions().all());
}

QString SignInCommands::logoutHelp()
{
    return CliText::commandHelp(tr("Usage: logout [--delete-snapshot]"), logoutDescription());
}

QString SignInCommands::whoamiHelp()
{
    return CliText::commandHelp(tr("Usage: whoami [--json]"), whoamiDescription());
}

QString SignInCommands::authHelp()
{
    return CliText::commandHelp(authUsage(), authDescription());
}

int SignInCommands::login(const QStringList &arguments)
{
    QCommandLineParser parser;
    const LoginOptions options = loginOptions();
    const QCommandLineOption &deviceCode = options.deviceCode, &browser = options.browser,
                             &secretEnv = options.secretEnv, &certificate = options.certificate;
    parser.addOptions(options.all());
    if (!parser.parse(subcommandArguments(QStringLiteral("login"), arguments)) ||
        !parser.positionalArguments().isEmpty()) {
        m_console.message(parser.errorText().isEmpty() ? tr("login takes no positional arguments.")
                                                       : parser.errorText());
        return 2;
    }
    const int chosen = int(parser.isSet(deviceCode)) + int(parser.isSet(browser)) +
                       int(parser.isSet(secretEnv)) + int(parser.isSet(certificate));
    if (chosen > 1) {
        m_console.message(tr("Choose one sign-in method."));
        return 2;
    }
    // The method used becomes the profile's method: the next run renews tokens the same way.
    TenantProfile::SignInMethod method = m_profile.signInMethod;
    if (parser.isSet(deviceCode))
        method = TenantProfile::SignInMethod::DeviceCode;
    else if (parser.isSet(browser))
        method = TenantProfile::SignInMethod::Browser;
    else if (parser.isSet(secretEnv))
        method = TenantProfile::SignInMethod::ClientSecret;
    else if (parser.isSet(certificate))
        method = TenantProfile::SignInMethod::ClientCertificate;
    if (parser.isSet(certificate))
        m_profile.certificatePath = parser.value(certificate);
    if (method != m_profile.signInMethod || parser.isSet(certificate)) {
        m_profile.signInMethod = method;
        QString error;
        if (!m_profiles.save(m_profile, &error)) {
            m_console.message(error);
            return 1;
        }
    }

    if (method == TenantProfile::SignInMethod::ClientSecret) {
        const QString variable =
            parser.isSet(secretEnv) ? parser.value(secretEnv) : QStringLiteral("TENANTDESK_CLIENT_SECRET");
        const QString secret = QProcessEnvironment::systemEnvironment().value(variable);
        if (secret.isEmpty() && parser.isSet(secretEnv)) {
            m_console.message(tr("The environment variable %1 is empty or not set.").arg(variable));
            return 2;
        }
        // Without a secret, the one kept in the keychain from an earlier sign-in is used.
        return signIn([secret](TenantSession &session) { session.signInWithClientSecret(secret); });
    }
    if (method == TenantProfile::SignInMethod::ClientCertificate) {
        const QString certificate = m_profile.certificatePath;
        return signIn([certificate](TenantSession &session) { session.signInWithCertificate(certificate); });
    }
    return signIn([method](TenantSession &session) { session.signIn(method); });
}

int SignInCommands::logout(const QStringList &arguments)
{
    const bool deleteSnapshot = arguments == QStringList{QStringLiteral("--delete-snapshot")};
    if (!arguments.isEmpty() && !deleteSnapshot) {
        m_console.message(tr("logout takes no arguments but --delete-snapshot."));
        return 2;
    }
    if (const Error error = session().signOut()) {
        session().printError(error);
        return 1;
    }
    m_console.message(tr("Signed out of \"%1\"; its tokens and secrets were removed from the keychain.")
                          .arg(m_profile.name));
    if (deleteSnapshot) {
        // Only once the sign-in is gone: a sign-out that failed keeps the snapshot too.
        if (const Error error = SnapshotService::remove(m_profile.name)) {
            m_console.message(tr("The local snapshot was kept: %1").arg(error.message()));
            return 1;
        }
        m_console.message(tr("Its local snapshot (the tenant's people) was deleted from this computer."));
    }
    return session().exitCode(0);
}

int SignInCommands::whoami(const QStringList &arguments)
{
    const bool json = arguments.contains(QLatin1String("--json"));
    if (!session().waitForSignInState())
        return 1; // the keychain could not be read; why was printed
    const QJsonObject summary = session().session().signInSummary();
    if (json) {
        m_console.printJson(QJsonDocument(summary));
        return session().exitCode(summary.value(QLatin1String("signedIn")).toBool() ? 0 : 1);
    }
    if (!summary.value(QLatin1String("signedIn")).toBool()) {
        m_console.message(
            tr("Not signed in to \"%1\". Run: tenantdesk-cli --profile \"%1\" login").arg(m_profile.name));
        return 1;
    }
    m_console.line(tr("Profile: %1").arg(m_profile.name));
    m_console.line(tr("Account: %1").arg(summary.value(QLatin1String("account")).toString()));
    m_console.line(tr("Tenant: %1").arg(summary.value(QLatin1String("tenantId")).toString()));
    const QJsonArray tokens = summary.value(QLatin1String("accessTokens")).toArray();
    for (const QJsonValue &token : tokens) {
        const QJsonObject t = token.toObject();
        m_console.line(tr("Access to %1 until %2")
                           .arg(t.value(QLatin1String("resource")).toString(),
                                t.value(QLatin1String("expiresOn")).toString()));
    }
    return session().exitCode(0);
}

int SignInCommands::auth(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if ((verb != QLatin1String("export-msal-cache") && verb != QLatin1String("import-msal-cache")) ||
        arguments.size() != 2) {
        m_console.message(authUsage());
        return 2;
    }
    if (verb == QLatin1String("export-msal-cache")) {
        if (const Error error = session().exportMsalCache(arguments.at(1))) {
            session().printError(error);
            return 1;
        }
        m_console.message(tr("Warning: %1 now holds refresh tokens that let anyone with the file act as the "
                             "signed-in account. It was created readable by you only; delete it when done.")
                              .arg(arguments.at(1)));
        return session().exitCode(0);
    }
    if (const Error error = session().importMsalCache(arguments.at(1))) {
        session().printError(error);
        return 1;
    }
    m_console.message(tr("Token cache imported into the keychain for \"%1\".").arg(m_profile.name));
    return session().exitCode(0);
}
