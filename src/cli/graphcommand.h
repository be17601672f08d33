#pragma once

#include <QCoreApplication>
#include <QStringList>

class BlockingSession;
class CliConsole;

// `tenantdesk-cli graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header "Name: value"] [--all]`:
// one raw Microsoft Graph call through the same pipeline the console uses (sign-in, retries, throttling).
class GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(GraphCommand)
public:
    GraphCommand(BlockingSession &session, CliConsole &console);

    static QString description();
    // What `graph --help` prints.
    static QString help();
    int run(const QStringList &arguments);

private:
    int runAllPages(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers);

    BlockingSession &m_session;
    CliConsole &m_console;
};
