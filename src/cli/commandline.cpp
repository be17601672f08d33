#include "cli/commandline.h"

#include "cli/blockingsession.h"
#include "cli/graphcommand.h"
#include "cli/profilecommand.h"
#include "cli/signincommands.h"
#include "cli/snapshotcommands.h"

#include "core/localization.h"
#include "core/settings.h"
#include "core/version.h"
#include "services/consolecontroller.h"
#include "services/snapshotservice.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

CommandLine::CommandLine(QCoreApplication &app)
    : m_app(app), m_profileOption(QStringLiteral("profile"),
                                  QCoreApplication::translate(
                                      "CommandLine", "The tenant profile to use (default: the current one)."),
                                  QCoreApplication::translate("CommandLine", "name")),
      m_verboseOption(
          QStringLiteral("verbose"),
          QCoreApplication::translate("CommandLine", "Log every request and step to standard error."))
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tenantdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("tenantdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TENANTDESK_VERSION));
}

void CommandLine::registerCommands()
{
    m_commands.push_back({QStringLiteral("profile"), ProfileCommand::description(),
                          [this](const QStringList &a) {
                              const auto remove = [this](const QString &name) {
                                  SnapshotService snapshot;
                                  ConsoleController controller(m_profiles, snapshot);
                                  return BlockingSession::wait(
                                      [&controller, &name](BlockingSession::DoneCallback done) {
                                          controller.removeProfile(name, done);
                                      });
                              };
                              return ProfileCommand(m_profiles, m_console, remove).run(a);
                          },
                          &ProfileCommand::help});
    // Commands that work on one profile's tenant: the profile is resolved first (not for --help).
    using ProfileBody = std::function<int(const TenantProfile &profile, const QStringList &arguments)>;
    const auto onProfile = [this](const QString &name, const QString &description, QString (*help)(),
                                  const ProfileBody &body) {
        m_commands.push_back({name, description,
                              [this, body](const QStringList &a) {
                                  TenantProfile profile;
                                  return resolveProfile(&profile) ? body(profile, a) : 2;
                              },
                              help});
    };
    using SignInVerb = int (SignInCommands::*)(const QStringList &);
    const auto signIn = [this, &onProfile](const QString &name, const QString &description, SignInVerb verb,
                                           QString (*help)()) {
        onProfile(name, description, help, [this, verb](const TenantProfile &profile, const QStringList &a) {
            SignInCommands commands(profile, m_profiles, m_console);
            return (commands.*verb)(a);
        });
    };
    signIn(QStringLiteral("login"), SignInCommands::loginDescription(), &SignInCommands::login,
           &SignInCommands::loginHelp);
    signIn(QStringLiteral("logout"), SignInCommands::logoutDescription(), &SignInCommands::logout,
           &SignInCommands::logoutHelp);
    signIn(QStringLiteral("whoami"), SignInCommands::whoamiDescription(), &SignInCommands::whoami,
           &SignInCommands::whoamiHelp);
    signIn(QStringLiteral("auth"), SignInCommands::authDescription(), &SignInCommands::auth,
           &SignInCommands::authHelp);
    using SnapshotVerb = int (SnapshotCommands::*)(const QStringList &);
    const auto snapshot = [this, &onProfile](const QString &name, const QString &description,
                                             SnapshotVerb verb, QString (*help)()) {
        onProfile(name, description, help, [this, verb](const TenantProfile &profile, const QStringList &a) {
            SnapshotCommands commands(profile, m_console);
            return (commands.*verb)(a);
        });
    };
    snapshot(QStringLiteral("sync"), SnapshotCommands::syncDescription(), &SnapshotCommands::sync,
             &SnapshotCommands::syncHelp);
    snapshot(QStringLiteral("users"), SnapshotCommands::usersDescription(), &SnapshotCommands::users,
             &SnapshotCommands::usersHelp);
    snapshot(QStringLiteral("snapshot"), SnapshotCommands::snapshotDescription(), &SnapshotCommands::snapshot,
             &SnapshotCommands::snapshotHelp);
    onProfile(QStringLiteral("graph"), GraphCommand::description(), &GraphCommand::help,
              [this](const TenantProfile &profile, const QStringList &a) {
                  BlockingSession session(profile, m_console);
                  return GraphCommand(session, m_console).run(a);
              });
}

bool CommandLine::resolveProfile(TenantProfile *profile)
{
    const QString name =
        m_parser.isSet(m_profileOption) ? m_parser.value(m_profileOption) : m_profiles.currentName();
    if (name.isEmpty()) {
        m_console.message(QCoreApplication::translate(
            "CommandLine",
            "No profile chosen. Use --profile NAME, or add one with: tenantdesk-cli profile add"));
        return false;
    }
    if (!m_profiles.contains(name)) {
        m_console.message(
            QCoreApplication::translate("CommandLine", "There is no profile named \"%1\".").arg(name));
        return false;
    }
    *profile = m_profiles.profile(name);
    return true;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("CommandLine", "Commands:") + QLatin1Char('\n');
    if (m_commands.empty())
        text += QStringLiteral("  ") + QCoreApplication::translate("CommandLine", "(none in this version)") +
                QLatin1Char('\n');
    for (const Command &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command.name, -12).arg(command.description);
    text += QLatin1Char('\n') +
            QCoreApplication::translate("CommandLine",
                                        "Run tenantdesk-cli COMMAND --help for a command's options.") +
            QLatin1Char('\n');
    return text;
}

int CommandLine::run()
{
    Settings settings;
    Localization localization;
    localization.apply(settings.language());

    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Tenantdesk on the command line: the same operations as the console, for scripts."));
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = m_parser.addHelpOption();
    const QCommandLineOption versionOption = m_parser.addVersionOption();
    m_parser.addOption(m_profileOption);
    m_parser.addOption(m_verboseOption);
    registerCommands();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QCoreApplication::translate("CommandLine", "The command to run."),
                                   QCoreApplication::translate("CommandLine", "<command> [arguments]"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!m_parser.parse(m_app.arguments())) {
        err << m_parser.errorText() << '\n';
        return 2;
    }
    if (m_parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    // Quiet by default; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(m_parser.isSet(m_verboseOption)
                                         ? QStringLiteral("tenantdesk.*=true")
                                         : QStringLiteral("tenantdesk.*.debug=false\n"
                                                          "tenantdesk.*.info=false"));
    const QStringList positional = m_parser.positionalArguments();
    if (m_parser.isSet(helpOption) || positional.isEmpty()) {
        (m_parser.isSet(helpOption) ? out : err) << helpText();
        return m_parser.isSet(helpOption) ? 0 : 2;
    }
    for (const Command &command : m_commands) {
        if (command.name != positional.first())
            continue;
        // A command's own help needs no profile, sign-in or snapshot.
        const QStringList arguments = positional.mid(1);
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            out << command.help();
            return 0;
        }
        return command.run(arguments);
    }
    err << QCoreApplication::translate("CommandLine",
                                       "Unknown command \"%1\". Run tenantdesk-cli --help for the list.")
               .arg(positional.first())
        << '\n';
    return 2;
}
