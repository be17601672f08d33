// Crash safety: a child process (this executable with --write-generation) writes a big generation and is
// killed with SIGKILL at random points. After every kill the snapshot must open, pass PRAGMA integrity_check
// and show exactly the previous complete generation or the new one.

#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "snapshotfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
constexpr int userCount = 15000;
const char *childMode = "--write-generation";

QString suffix(int round)
{
    return QStringLiteral(" round %1").arg(round);
}

int writeChild(const QString &path, int round)
{
    SnapshotDatabase db(path);
    if (Error error = db.open()) {
        qCritical("%s", qPrintable(error.fullText()));
        return 2;
    }
    if (Error error = SnapshotFixture::writeFullGeneration(db, userCount, suffix(round), 500, 500)) {
        qCritical("%s", qPrintable(error.fullText()));
        return 3;
    }
    return 0;
}
} // namespace

class TestSnapshotCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLeavesPreviousOrNewGeneration();

private:
    // The round every user shows; -1 when they disagree.
    int visibleRound(const QString &path, qint64 *running);
};

int TestSnapshotCrash::visibleRound(const QString &path, qint64 *running)
{
    SnapshotDatabase db(path);
    if (Error error = db.open()) {
        qWarning("%s", qPrintable(error.fullText()));
        return -2;
    }
    QSqlQuery check(db.connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok")) {
        qWarning() << "integrity_check:" << check.value(0).toString();
        return -3;
    }
    *running = SnapshotFixture::countRows(
        db, QStringLiteral("SELECT count(*) FROM generations WHERE status = 'running'"));
    std::vector<UserRecord> users;
    if (SnapshotReader(db).loadUsers(&users) || users.size() != size_t(userCount))
        return -4;
    const qsizetype at = users.front().jobTitle.indexOf(QLatin1String(" round "));
    const QString seen = users.front().jobTitle.mid(at);
    for (const UserRecord &user : users) {
        if (!user.jobTitle.endsWith(seen) || user.schoolIds.size() != 1 || user.licences.isEmpty())
            return -1;
    }
    return seen.mid(7).toInt();
}

void TestSnapshotCrash::killedWriterLeavesPreviousOrNewGeneration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        SnapshotDatabase db(path);
        QVERIFY(!db.open());
        QVERIFY(!SnapshotFixture::writeFullGeneration(db, userCount, suffix(0)));
    }
    const QString program = QCoreApplication::applicationFilePath();
    auto startChild = [&](QProcess &child, int round) {
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(program, {QString::fromLatin1(childMode), path, QString::number(round)});
        return child.waitForStarted(10000);
    };

    // One uninterrupted run tells how long a write takes here.
    QElapsedTimer timer;
    timer.start();
    {
        QProcess child;
        QVERIFY(startChild(child, 1));
        QVERIFY(child.waitForFinished(120000));
        QCOMPARE(child.exitCode(), 0);
    }
    const qint64 duration = timer.elapsed();
    qint64 running = -1;
    QCOMPARE(visibleRound(path, &running), 1);
    qInfo("An uninterrupted write of %d changed users takes %lld ms", userCount, duration);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("Kill delays seeded with %u", seed);
    QRandomGenerator random(seed);
    int committed = 1;
    int killedMidWrite = 0;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int round = committed + 1;
        const int delay = int(random.bounded(qMax<qint64>(duration * 11 / 10, 50)));
        QProcess child;
        QVERIFY(startChild(child, round));
        QThread::msleep(ulong(delay));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        const int seen = visibleRound(path, &running);
        qInfo("Killed after %d ms: the snapshot shows round %d (previous %d)", delay, seen, committed);
        QVERIFY2(seen == committed || seen == round, qPrintable(QStringLiteral("round %1").arg(seen)));
        QCOMPARE(running, qint64(0)); // rolled back on open
        if (seen == round)
            committed = round;
        else
            ++killedMidWrite;
    }
    QVERIFY2(killedMidWrite > 0, "no kill landed during a write");

    // After all that, a normal write still works.
    QProcess child;
    QVERIFY(startChild(child, committed + 1));
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(visibleRound(path, &running), committed + 1);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String(childMode))
        return writeChild(args.at(2), args.at(3).toInt());
    TestSnapshotCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_snapshotcrash.moc"
