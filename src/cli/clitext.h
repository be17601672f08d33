#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// Makes text read from a tenant safe to print: a CSV cell that a spreadsheet would run as a formula, or a
// name whose control characters would drive the terminal, is printed inert.
class CliText
{
public:
    // One RFC 4180 CSV cell. A cell that starts with '=', '+', '-', '@', TAB or CR gets a leading single
    // quote and is quoted (OWASP's advice against CSV injection); a cell with a comma, a quote or a line
    // break is quoted.
    static QString csvField(const QString &value);

    // For plain text output: every C0 and C1 control character (ESC, BEL, TAB, line breaks, DEL, …) is
    // replaced by U+FFFD, so that a display name cannot move the cursor, set the window title or forge a
    // line of output.
    static QString terminalText(const QString &value);

    // A command's `--help`: its usage lines, its description, then its options as Qt's parser lists them
    // (from the same option objects the command parses with, so the two cannot drift).
    static QString commandHelp(const QString &usage, const QString &description,
                               const QList<QCommandLineOption> &options = {});
};
