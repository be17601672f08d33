#pragma once

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
    };

    QString helpText() const;

    QCoreApplication &m_app;
    QCommandLineParser m_parser;
    std::vector<Command> m_commands;
};
