#include "cli/clitext.h"

#include <QCommandLineParser>

namespace {
bool startsFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}
} // namespace

QString CliText::csvField(const QString &value)
{
    const bool formula = startsFormula(value);
    if (!formula && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = formula ? QLatin1Char('\'') + value : value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CliText::terminalText(const QString &value)
{
    QString text = value;
    for (QChar &c : text) {
        if (isControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

QString CliText::commandHelp(const QString &usage, const QString &description,
                             const QList<QCommandLineOption> &options)
{
    QString text = usage + QLatin1Char('\n') + description + QLatin1Char('\n');
    if (options.isEmpty())
        return text;
    QCommandLineParser parser;
    parser.addOptions(options);
    // Qt's text opens with a usage line of its own (the program's path and "[options]"): ours is above.
    const QString listed = parser.helpText();
    const qsizetype afterUsage = listed.indexOf(QLatin1String("\n\n"));
    return text + (afterUsage < 0 ? listed : listed.mid(afterUsage + 1));
}
