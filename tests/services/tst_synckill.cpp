// Crash safety of a real `tenantdesk-cli sync`: the process is killed (SIGKILL) at random moments of full
// syncs and delta refreshes against a tenantdesk-sandbox process. After every kill the snapshot opens, passes
// PRAGMA integrity_check, has no unfinished generation, and shows either the state before the sync or a
// complete one; the next sync completes and equals the tenant.
#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
// This suite's own profile: other suites sign in to the same keyring at the same time.
const QString kProfile = QStringLiteral("synckill");
} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    int cli(const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-cli"),
                      QStringList{QStringLiteral("--profile"), kProfile} + arguments);
        process.waitForFinished(240000);
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // Starts a sync and kills it after `delayMs`; returns true when it was still running at that moment.
    bool syncAndKill(const QStringList &arguments, int delayMs)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-cli"),
                      QStringList{QStringLiteral("--profile"), kProfile, QStringLiteral("sync")} + arguments);
        process.waitForStarted();
        if (process.waitForFinished(delayMs))
            return false;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        return true;
    }

    qint64 sandboxUsers()
    {
        QProcess curlLess; // ask through the CLI's raw Graph call: $count of users
        QByteArray out;
        cli({QStringLiteral("graph"), QStringLiteral("GET"), QStringLiteral("/users/$count"),
             QStringLiteral("--header"), QStringLiteral("ConsistencyLevel: eventual")},
            &out);
        return out.trimmed().toLongLong();
    }

    struct State
    {
        qint64 generation = -1;
        qint64 users = -1;
    };

    State checkSnapshot()
    {
        SnapshotDatabase database(m_snapshot);
        const Error opened = database.open();
        [&] {
            QVERIFY2(!opened, qPrintable(opened.fullText()));
        }();
        QSqlQuery integrity(database.connection());
        [&] {
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        }();
        for (const SnapshotGeneration &g : database.generations())
            [&] {
                QVERIFY2(g.status != SnapshotGeneration::Status::Running, "a running generation survived");
            }();
        std::vector<UserRecord> users;
        const Error loaded = SnapshotReader(database).loadUsers(&users);
        [&] {
            QVERIFY2(!loaded, qPrintable(loaded.fullText()));
        }();
        qint64 alive = 0;
        for (const UserRecord &u : users)
            alive += u.state != UserRecord::State::Deleted;
        State state{database.currentGeneration(), alive};
        database.closeThreadConnection();
        return state;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        m_snapshot = SnapshotDatabase::defaultPath(kProfile);
        m_sandbox.setProgram(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-sandbox"));
        m_sandbox.setArguments({QStringLiteral("--users"), QStringLiteral("15000"),
                                QStringLiteral("--schools"), QStringLiteral("6"),
                                QStringLiteral("--latency-ms"), QStringLiteral("10-30")});
        m_sandbox.start();
        while (!m_sandbox.canReadLine() && m_sandbox.state() != QProcess::NotRunning)
            m_sandbox.waitForReadyRead(1000);
        const QByteArray line = m_sandbox.readLine().trimmed();
        m_info = QJsonDocument::fromJson(line).object();
        QVERIFY(!m_info.isEmpty());

        QProcess add;
        add.setProcessEnvironment(environment());
        add.start(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-cli"),
                  {QStringLiteral("profile"), QStringLiteral("add"), kProfile,
                   QStringLiteral("--from-sandbox"), QString::fromUtf8(line)});
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("TD_SECRET"),
                   m_info.value(QLatin1String("confidentialClientSecret")).toString());
        QProcess login;
        login.setProcessEnvironment(env);
        login.start(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-cli"),
                    {QStringLiteral("--profile"), kProfile, QStringLiteral("login"),
                     QStringLiteral("--client-secret-env"), QStringLiteral("TD_SECRET")});
        QVERIFY(login.waitForFinished(30000));
        QCOMPARE(login.exitCode(), 0);
        m_users = sandboxUsers();
        QVERIFY(m_users > 10000);
    }

    void cleanupTestCase()
    {
        cli({QStringLiteral("logout")});
        m_sandbox.terminate();
        m_sandbox.waitForFinished(30000);
    }

    void killedFullSyncsLoseNothing()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        // How long a whole full sync takes here and now, so that the kills land inside one however fast
        // the machine is; then the snapshot is removed and the rounds start from nothing.
        // A full sync into a snapshot that has one already compares more and builds no indexes: its own time.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--full")}), 0);
        const int fullMs = int(clock.elapsed());
        clock.restart();
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--full")}), 0);
        const int againMs = int(clock.elapsed());
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_snapshot + QLatin1String(suffix));
        QVERIFY(!QFile::exists(m_snapshot));
        qInfo("a full sync took %d ms into an empty snapshot, %d ms into a full one", fullMs, againMs);
        State before{0, 0};
        int kills = 0;
        for (int round = 0; round < 6; ++round) {
            const int spanMs = before.generation == 0 ? fullMs : againMs;
            const int delay = 150 + int(random.bounded(qMax(200, spanMs * 8 / 10 - 150)));
            const bool killed = syncAndKill({QStringLiteral("--full")}, delay);
            kills += killed;
            const State after = checkSnapshot();
            if (QTest::currentTestFailed())
                return;
            // Either nothing happened (the previous complete generation) or a complete new one with every
            // user.
            const bool unchanged = after.generation == before.generation && after.users == before.users;
            const bool complete = after.generation > before.generation && after.users == m_users;
            QVERIFY2(unchanged || complete,
                     qPrintable(QStringLiteral(
                                    "round %1 (killed after %2 ms: %3): generation %4 -> %5, users %6 -> %7")
                                    .arg(round)
                                    .arg(delay)
                                    .arg(killed)
                                    .arg(before.generation)
                                    .arg(after.generation)
                                    .arg(before.users)
                                    .arg(after.users)));
            before = after;
        }
        QVERIFY2(kills >= 3, qPrintable(QString::number(kills))); // most rounds really were interrupted

        // The next sync completes and equals the tenant.
        QCOMPARE(cli({QStringLiteral("sync")}), 0);
        const State finalState = checkSnapshot();
        QCOMPARE(finalState.users, m_users);
    }

    void killedRefreshesLoseNothing()
    {
        QCOMPARE(cli({QStringLiteral("sync")}), 0); // a complete snapshot with delta links
        State before = checkSnapshot();
        const QString touchUrl =
            m_info.value(QLatin1String("exchange")).toString() + QStringLiteral("/_sandbox/touch-users");
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < 4; ++round) {
            QByteArray out;
            QCOMPARE(
                cli({QStringLiteral("graph"), QStringLiteral("GET"), QStringLiteral("/users?$top=1")}, &out),
                0);
            syncAndKill({}, 5 + int(random.bounded(120)));
            const State after = checkSnapshot();
            if (QTest::currentTestFailed())
                return;
            QVERIFY(after.generation >= before.generation);
            QCOMPARE(after.users, m_users);
            before = after;
        }
        QCOMPARE(cli({QStringLiteral("sync")}), 0);
        QCOMPARE(checkSnapshot().users, m_users);
        Q_UNUSED(touchUrl)
    }

private:
    QTemporaryDir m_home;
    QProcess m_sandbox;
    QJsonObject m_info;
    QString m_snapshot;
    qint64 m_users = 0;
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
