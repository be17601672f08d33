#pragma once

#include "cli/cliconsole.h"
#include "core/profilestore.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <vector>

class QCoreApplication;

// tenantdesk-cli: global options, the list of commands, and dispatch to the one named on the command line.
class CommandLine
{
public:
    explicit CommandLine(QCoreApplication &app);

    // Parses the process arguments and runs the command; returns the process exit code.
    int run();

private:
    struct Command
    {
        QString name;
        QString description;
        std::function<int(const QStringList &arguments)> run;
        std::function<QString()> help; // what `COMMAND --help` prints
    };

    QString helpText() const;
    void registerCommands();
    // The profile named by --profile, else the current one; prints why not and returns false when none.
    bool resolveProfile(TenantProfile *profile);

    QCoreApplication &m_app;
    QCommandLineParser m_parser;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_verboseOption;
    CliConsole m_console;
    ProfileStore m_profiles;
    std::vector<Command> m_commands;
};
