#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

// Where a command writes: results to standard output, messages and progress to standard error, so
// `--json` output stays machine-readable.
class CliConsole
{
public:
    CliConsole() : m_out(stdout), m_err(stderr) {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printJson(const QJsonDocument &document)
    {
        m_out << document.toJson(QJsonDocument::Indented);
        m_out.flush();
    }
    void line(const QString &text)
    {
        m_out << text << '\n';
        m_out.flush();
    }
    void message(const QString &text)
    {
        m_err << text << '\n';
        m_err.flush();
    }

private:
    QTextStream m_out;
    QTextStream m_err;
};

// What QCommandLineParser::parse() expects for a command's own options: a program name first.
inline QStringList subcommandArguments(const QString &command, const QStringList &arguments)
{
    return QStringList{QStringLiteral("tenantdesk-cli ") + command} + arguments;
}
