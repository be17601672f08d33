// 200,000 users: a full generation, the bulk load, a delta with a few hundred changes and its diff.
// Asserts correctness only; the timings are printed (never asserted).

#include "cache/snapshotdatabase.h"
#include "cache/snapshotdiff.h"
#include "cache/snapshotreader.h"
#include "cache/snapshotwriter.h"
#include "graphpages.h"
#include "snapshotfixture.h"
#include "syntheticgraph.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace SyntheticGraph;

namespace {
constexpr int userCount = 200000;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestSnapshotScale : public QObject
{
    Q_OBJECT
private slots:
    void twoHundredThousandUsers();
};

void TestSnapshotScale::twoHundredThousandUsers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.sqlite"));
    SnapshotDatabase db(path);
    QVERIFY(!db.open());

    QElapsedTimer timer;
    timer.start();
    const Error written = SnapshotFixture::writeFullGeneration(db, userCount);
    QVERIFY2(!written, qPrintable(written.fullText()));
    qInfo("Full generation of %d users written in %lld ms", userCount, timer.elapsed());

    timer.restart();
    QVERIFY(!SnapshotFixture::writeFullGeneration(db, userCount));
    qInfo("The same %d users again (nothing changed) in %lld ms", userCount, timer.elapsed());
    QCOMPARE(db.generations().last().changed, qint64(0));

    // A delta round: 300 renamed, 100 removed, 100 added, 50 moved to another school.
    timer.restart();
    {
        SnapshotWriter writer(db);
        QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
        QList<QJsonObject> page;
        for (int i = 0; i < 300; ++i)
            page.append(QJsonObject{{QStringLiteral("id"), userId(i * 601)},
                                    {QStringLiteral("displayName"), QStringLiteral("Renamed %1").arg(i)}});
        for (int i = 0; i < 100; ++i)
            page.append(removedRef(userId(i * 1999 + 7), QStringLiteral("deleted")));
        page.append(users(userCount, 100));
        QVERIFY(!GraphPages::upsertUsers(writer, page));
        for (int i = 0; i < 100; ++i)
            QVERIFY(!GraphPages::addMembers(writer, SnapshotRelation::AdministrativeUnitMember,
                                            schoolId(schoolOf(userCount + i)),
                                            {memberRef(userId(userCount + i))}));
        for (int i = 0; i < 50; ++i) {
            const int moved = i * 3001 + 11;
            QVERIFY(!GraphPages::removeMembers(writer, SnapshotRelation::AdministrativeUnitMember,
                                               schoolId(schoolOf(moved)), {userId(moved)}));
            QVERIFY(!GraphPages::addMembers(writer, SnapshotRelation::AdministrativeUnitMember,
                                            schoolId((schoolOf(moved) + 1) % schoolCount),
                                            {memberRef(userId(moved))}));
        }
        QVERIFY(!writer.commitGeneration());
    }
    qInfo("Delta generation with 550 changes written in %lld ms", timer.elapsed());

    // As the GUI starts: a fresh connection to the file.
    SnapshotDatabase reopened(path);
    QVERIFY(!reopened.open());
    const qint64 before = residentKiB();
    timer.restart();
    std::vector<UserRecord> loaded;
    QVERIFY(!SnapshotReader(reopened).loadUsers(&loaded));
    qInfo("loadUsers: %zu users in %lld ms, resident memory %lld -> %lld KiB", loaded.size(), timer.elapsed(),
          before, residentKiB());
    QCOMPARE(loaded.size(), size_t(userCount));
    for (size_t i = 1; i < loaded.size(); ++i)
        QVERIFY(loaded[i - 1].id < loaded[i].id);
    int renamed = 0;
    for (const UserRecord &user : loaded) {
        if (user.displayName.startsWith(QLatin1String("Renamed ")))
            ++renamed;
        if (user.schoolIds.size() != 1 || user.licences.isEmpty())
            QFAIL(qPrintable(QStringLiteral("user %1 lacks its school or licence").arg(user.id)));
    }
    QCOMPARE(renamed, 300);

    timer.restart();
    SnapshotDiffResult diff;
    QVERIFY(!SnapshotDiff(db).diff(2, 3, &diff));
    qInfo("diff(2, 3) over %d users in %lld ms", userCount, timer.elapsed());
    QCOMPARE(diff.changed.size(), 300);
    QCOMPARE(diff.removed.size(), 100);
    QCOMPARE(diff.added.size(), 100);
    // 100 new school memberships and their licences (users divisible by 7 have two), 50 moves.
    int newLicences = 0;
    for (int i = userCount; i < userCount + 100; ++i)
        newLicences += i % 7 == 0 ? 2 : 1;
    QCOMPARE(diff.membersAdded.size(), 100 + newLicences + 50);
    timer.restart();
    QVERIFY(!SnapshotDiff(db).diff(2, 3, &diff, schoolId(3)));
    qInfo("diff(2, 3) for one school in %lld ms", timer.elapsed());

    timer.restart();
    QVERIFY(!db.compact(1));
    qInfo("compact(1) in %lld ms", timer.elapsed());
    db.connection().close();
    qInfo("Database size: %.1f MB", double(QFileInfo(path).size()) / 1e6);
}

QTEST_GUILESS_MAIN(TestSnapshotScale)
#include "tst_snapshotscale.moc"
