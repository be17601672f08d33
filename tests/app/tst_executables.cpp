// The three executables print real usage for --help and the project's version for --version.
#include "core/version.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExecutables : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode;
        QString out;
    };
    static Run run(const QString &program, const QStringList &arguments, const QString &home = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!home.isEmpty()) { // a machine with no profile, no settings and no snapshot
            env.insert(QStringLiteral("HOME"), home);
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        }
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
                                 << QStringList{QStringLiteral("--users"),      QStringLiteral("--seed"),
                                                QStringLiteral("--latency-ms"), QStringLiteral("--throttle"),
                                                QStringLiteral("--faults"),     QStringLiteral("--state"),
                                                QStringLiteral("--port"),       QStringLiteral("--schools")};
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

    // Every command answers --help with its usage and options, before any profile exists (the man page's
    // COMMANDS section is made from these).
    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("profile") << QStringLiteral("profile")
                                 << QStringList{QStringLiteral("profile add NAME"),
                                                QStringLiteral("--from-sandbox")};
        QTest::newRow("login") << QStringLiteral("login")
                               << QStringList{QStringLiteral("--device-code"),
                                              QStringLiteral("--client-secret-env")};
        QTest::newRow("logout") << QStringLiteral("logout")
                                << QStringList{QStringLiteral("--delete-snapshot")};
        QTest::newRow("whoami") << QStringLiteral("whoami") << QStringList{QStringLiteral("--json")};
        QTest::newRow("auth") << QStringLiteral("auth") << QStringList{QStringLiteral("export-msal-cache")};
        QTest::newRow("sync") << QStringLiteral("sync")
                              << QStringList{QStringLiteral("--full"), QStringLiteral("--parallel <count>")};
        QTest::newRow("users") << QStringLiteral("users")
                               << QStringList{QStringLiteral("--filter <text>"), QStringLiteral("--csv")};
        QTest::newRow("snapshot") << QStringLiteral("snapshot")
                                  << QStringList{QStringLiteral("snapshot diff A B"),
                                                 QStringLiteral("--school")};
        QTest::newRow("graph") << QStringLiteral("graph")
                               << QStringList{QStringLiteral("--body <json>"), QStringLiteral("--all")};
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, mustMention);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run overview = run(QStringLiteral("tenantdesk-cli"), {QStringLiteral("--help")}, home.path());
        QVERIFY2(overview.out.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')),
                 qPrintable(overview.out));
        for (const QStringList &arguments :
             {QStringList{command, QStringLiteral("--help")}, QStringList{command, QStringLiteral("-h")}}) {
            const Run r = run(QStringLiteral("tenantdesk-cli"), arguments, home.path());
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QLatin1String("Usage:")), qPrintable(r.out));
            QVERIFY2(!r.out.contains(QLatin1String("profile chosen")), qPrintable(r.out));
            for (const QString &word : mustMention)
                QVERIFY2(r.out.contains(word), qPrintable(word + QStringLiteral(" in: ") + r.out));
        }
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
        const Run sandbox = run(QStringLiteral("tenantdesk-sandbox"),
                                {QStringLiteral("--latency-ms"), QStringLiteral("fast")});
        QCOMPARE(sandbox.exitCode, 2);
        QVERIFY2(sandbox.out.contains(QLatin1String("fast")), qPrintable(sandbox.out));
        const Run cli = run(QStringLiteral("tenantdesk-cli"), {QStringLiteral("frobnicate")});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY(cli.out.contains(QLatin1String("frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
