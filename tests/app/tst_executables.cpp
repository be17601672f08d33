// The three executables print real usage for --help and the project's version for --version.
#include "core/version.h"

#include <QProcess>
#include <QTest>

class TestExecutables : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
    };
    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/") + program, arguments);
        if (!process.waitForFinished(30000))
            return {-1, QString()};
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
    }

private slots:
    void help_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("console") << QStringLiteral("tenantdesk")
                                 << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--language")};
        QTest::newRow("cli") << QStringLiteral("tenantdesk-cli") << QStringList{QStringLiteral("Commands:")};
        QTest::newRow("sandbox") << QStringLiteral("tenantdesk-sandbox")
                                 << QStringList{QStringLiteral("--users"), QStringLiteral("--seed"),
                                                QStringLiteral("--latency-ms"), QStringLiteral("--throttle"),
                                                QStringLiteral("--faults"), QStringLiteral("--state"),
                                                QStringLiteral("--port"), QStringLiteral("--schools")};
    }
    void help()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, mustMention);
        const Run r = run(program, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Usage:")), qPrintable(r.out));
        for (const QString &word : mustMention)
            QVERIFY2(r.out.contains(word), qPrintable(word));
    }

    void version_data() { help_data(); }
    void version()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), program + QLatin1Char(' ') + QStringLiteral(TENANTDESK_VERSION));
    }

    void badArgumentsFailClearly()
    {
        const Run sandbox = run(QStringLiteral("tenantdesk-sandbox"), {QStringLiteral("--latency-ms"), QStringLiteral("fast")});
        QCOMPARE(sandbox.exitCode, 2);
        QVERIFY2(sandbox.out.contains(QLatin1String("fast")), qPrintable(sandbox.out));
        const Run cli = run(QStringLiteral("tenantdesk-cli"), {QStringLiteral("frobnicate")});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY(cli.out.contains(QLatin1String("frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
