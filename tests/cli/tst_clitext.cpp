// What the command line prints of a tenant's text: CSV cells that a spreadsheet would run as formulas, and
// control characters that would drive the terminal, are made inert.
#include "cli/clitext.h"

#include <QTest>

class TestCliText : public QObject
{
    Q_OBJECT
private slots:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Anna Hansen") << QStringLiteral("Anna Hansen");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Hansen, Anna") << QStringLiteral("\"Hansen, Anna\"");
        QTest::newRow("quote") << QStringLiteral("Anna \"A\"") << QStringLiteral("\"Anna \"\"A\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return inside") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("hyperlink formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                           << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("\"'+1+2\"");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("formula sign later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(CliText::csvField(value), cell);
    }

    void terminalText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("text");
        const QString r(QChar::ReplacementCharacter);
        QTest::newRow("plain") << QStringLiteral("Søren Ærø – Łódź") << QStringLiteral("Søren Ærø – Łódź");
        QTest::newRow("window title")
            << QStringLiteral("\x1b]0;pwned\x07") << r + QStringLiteral("]0;pwned") + r;
        QTest::newRow("colour and clear") << QStringLiteral("\x1b[2J\x1b[31mred")
                                          << r + QStringLiteral("[2J") + r + QStringLiteral("[31mred");
        QTest::newRow("forged line") << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a%1b%1c%1d").arg(r);
        QTest::newRow("C1 CSI and DEL")
            << QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2J") + QChar(0x7f)
            << QStringLiteral("a") + r + QStringLiteral("2J") + r;
        QTest::newRow("nul") << QString(QChar(0)) << r;
    }

    void terminalText()
    {
        QFETCH(QString, value);
        QFETCH(QString, text);
        QCOMPARE(CliText::terminalText(value), text);
    }
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_clitext.moc"
