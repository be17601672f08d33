#include "cache/snapshotdatabase.h"
#include "cache/snapshotdiff.h"
#include "cache/snapshotreader.h"
#include "cache/snapshotwriter.h"
#include "graphpages.h"
#include "snapshotfixture.h"
#include "syntheticgraph.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SyntheticGraph;

namespace {
QStringList ids(const QList<SnapshotDiffResult::ObjectChange> &changes)
{
    QStringList result;
    for (const auto &change : changes)
        result.append(change.id);
    return result;
}

QStringList links(const QList<SnapshotDiffResult::MembershipChange> &changes)
{
    QStringList result;
    for (const auto &change : changes)
        result.append(snapshotRelationId(change.relation) + QLatin1Char(' ') + change.containerId +
                      QLatin1Char(' ') + change.memberId + QLatin1Char(' ') + change.memberType);
    return result;
}

// Everything in a diff as one comparable text.
QString text(const SnapshotDiffResult &diff)
{
    QStringList lines = QStringList{QStringLiteral("+")} + ids(diff.added) +
                        QStringList{QStringLiteral("-")} + ids(diff.removed) + links(diff.membersAdded) +
                        links(diff.membersRemoved);
    for (const auto &change : diff.changed) {
        for (const auto &property : change.properties)
            lines.append(change.id + QLatin1Char(' ') + property.name + QLatin1Char(' ') +
                         property.oldValue.toVariant().toString() + QStringLiteral(" -> ") +
                         property.newValue.toVariant().toString());
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addedRemovedChangedAndMemberships();
    void filteredBySchool();
    void reversedAndEmpty();
    void unknownGenerationIsAnError();
    void compactionKeepsDiffsOfKeptGenerations();

private:
    // Generation 1: 100 users. Generation 2: user 1 renamed, user 2 removed, user 100 added in school 0,
    // user 3 moved from school 3 to school 5, user 4 soft-deleted.
    void writeTwoGenerations();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SnapshotDatabase> m_db;
};

void TestSnapshotDiff::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SnapshotDatabase>(m_dir->filePath(QStringLiteral("diff.sqlite")));
    QVERIFY(!m_db->open());
}

void TestSnapshotDiff::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSnapshotDiff::writeTwoGenerations()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 100));
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QVERIFY(!GraphPages::upsertUsers(writer,
                                     {QJsonObject{{QStringLiteral("id"), userId(1)},
                                                  {QStringLiteral("displayName"), QStringLiteral("Ida Ærø")}},
                                      removedRef(userId(2), QStringLiteral("deleted")), user(100),
                                      removedRef(userId(4), QStringLiteral("changed"))}));
    QVERIFY(!GraphPages::addMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(0),
                                    {memberRef(userId(100))}));
    QVERIFY(!GraphPages::removeMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(3),
                                       {userId(3)}));
    QVERIFY(!GraphPages::addMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(5),
                                    {memberRef(userId(3))}));
    // Removed and added back within the generation: no change.
    QVERIFY(!GraphPages::removeMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(6),
                                       {userId(6)}));
    QVERIFY(!GraphPages::addMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(6),
                                    {memberRef(userId(6))}));
    QVERIFY(!writer.commitGeneration());
}

void TestSnapshotDiff::addedRemovedChangedAndMemberships()
{
    writeTwoGenerations();
    SnapshotDiffResult diff;
    const Error error = SnapshotDiff(*m_db).diff(1, 2, &diff);
    QVERIFY2(!error, qPrintable(error.fullText()));
    QCOMPARE(ids(diff.added), QStringList{userId(100)});
    QCOMPARE(diff.added[0].type, SnapshotObjectType::User);
    QCOMPARE(diff.added[0].displayName, QStringLiteral("Elev 100 Åberg"));
    QCOMPARE(ids(diff.removed), QStringList{userId(2)});
    QCOMPARE(ids(diff.changed), (QStringList{userId(1), userId(4)}));
    QCOMPARE(diff.changed[0].properties.size(), 1);
    QCOMPARE(diff.changed[0].properties[0].name, QStringLiteral("displayName"));
    QCOMPARE(diff.changed[0].properties[0].oldValue.toString(), QStringLiteral("Elev 1 Åberg"));
    QCOMPARE(diff.changed[0].properties[0].newValue.toString(), QStringLiteral("Ida Ærø"));
    QCOMPARE(diff.changed[0].displayName, QStringLiteral("Ida Ærø"));
    QCOMPARE(diff.changed[1].properties.size(), 1);
    QCOMPARE(diff.changed[1].properties[0].name, QStringLiteral("deleted"));
    QCOMPARE(diff.changed[1].properties[0].oldValue, QJsonValue(false));
    QCOMPARE(diff.changed[1].properties[0].newValue, QJsonValue(true));

    const QString user = QStringLiteral(" user");
    QStringList added{
        QStringLiteral("administrativeUnitMember ") + schoolId(0) + QLatin1Char(' ') + userId(100) + user,
        QStringLiteral("administrativeUnitMember ") + schoolId(5) + QLatin1Char(' ') + userId(3) + user,
        QStringLiteral("userLicence ") + skuId(1) + QLatin1Char(' ') + userId(100) + user};
    QCOMPARE(links(diff.membersAdded), added);
    QStringList removed{
        QStringLiteral("administrativeUnitMember ") + schoolId(2) + QLatin1Char(' ') + userId(2) + user,
        QStringLiteral("administrativeUnitMember ") + schoolId(3) + QLatin1Char(' ') + userId(3) + user,
        QStringLiteral("userLicence ") + skuId(0) + QLatin1Char(' ') + userId(2) + user};
    QCOMPARE(links(diff.membersRemoved), removed);
}

void TestSnapshotDiff::filteredBySchool()
{
    writeTwoGenerations();
    SnapshotDiffResult diff;
    QVERIFY(!SnapshotDiff(*m_db).diff(1, 2, &diff, schoolId(3)));
    // User 3 left school 3 (a member in generation 1), nothing else happened there.
    QVERIFY(diff.added.isEmpty() && diff.removed.isEmpty() && diff.changed.isEmpty());
    QCOMPARE(diff.membersRemoved.size(), 1);
    QCOMPARE(diff.membersRemoved[0].memberId, userId(3));
    QCOMPARE(diff.membersAdded.size(), 1); // user 3 joined school 5: a change of a school-3 member
    QCOMPARE(diff.membersAdded[0].containerId, schoolId(5));

    QVERIFY(!SnapshotDiff(*m_db).diff(1, 2, &diff, schoolId(1)));
    QCOMPARE(ids(diff.changed), QStringList{userId(1)});
    QVERIFY(diff.added.isEmpty() && diff.removed.isEmpty() && diff.membersAdded.isEmpty());

    QVERIFY(!SnapshotDiff(*m_db).diff(1, 2, &diff, schoolId(0)));
    QCOMPARE(ids(diff.added), QStringList{userId(100)});
    QCOMPARE(diff.membersAdded.size(), 2); // school membership and licence
    QVERIFY(diff.changed.isEmpty());
}

void TestSnapshotDiff::reversedAndEmpty()
{
    writeTwoGenerations();
    SnapshotDiffResult forward, backward, same;
    QVERIFY(!SnapshotDiff(*m_db).diff(1, 2, &forward));
    QVERIFY(!SnapshotDiff(*m_db).diff(2, 1, &backward));
    QCOMPARE(ids(backward.added), ids(forward.removed));
    QCOMPARE(ids(backward.removed), ids(forward.added));
    QCOMPARE(links(backward.membersAdded), links(forward.membersRemoved));
    QCOMPARE(backward.changed[0].properties[0].oldValue.toString(), QStringLiteral("Ida Ærø"));
    QCOMPARE(backward.changed[0].displayName, QStringLiteral("Elev 1 Åberg"));
    QVERIFY(!SnapshotDiff(*m_db).diff(2, 2, &same));
    QVERIFY(same.isEmpty());
}

void TestSnapshotDiff::unknownGenerationIsAnError()
{
    writeTwoGenerations();
    SnapshotDiffResult diff;
    const Error error = SnapshotDiff(*m_db).diff(1, 7, &diff);
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QVERIFY(error.message().contains(QLatin1String("7")));
}

void TestSnapshotDiff::compactionKeepsDiffsOfKeptGenerations()
{
    // Six generations, each changing a few users, moving one between schools and dropping one.
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 60));
    for (int round = 1; round <= 5; ++round) {
        SnapshotWriter writer(*m_db);
        QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
        QList<QJsonObject> changed;
        for (int i = round; i < 60; i += 11)
            changed.append(user(i, QStringLiteral(" r%1").arg(round)));
        QVERIFY(!GraphPages::upsertUsers(writer, changed));
        QVERIFY(!GraphPages::removeObjects(writer, SnapshotObjectType::User, {userId(59 - round)}));
        QVERIFY(!GraphPages::removeMembers(writer, SnapshotRelation::AdministrativeUnitMember,
                                           schoolId(schoolOf(round)), {userId(round)}));
        QVERIFY(!GraphPages::addMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(19),
                                        {memberRef(userId(round))}));
        QVERIFY(!writer.commitGeneration());
    }
    QCOMPARE(m_db->currentGeneration(), qint64(6));
    const QList<QPair<qint64, qint64>> kept = {{4, 5}, {4, 6}, {5, 6}, {6, 4}};
    QStringList before;
    for (const auto &pair : kept) {
        SnapshotDiffResult diff;
        QVERIFY(!SnapshotDiff(*m_db).diff(pair.first, pair.second, &diff));
        QVERIFY(!diff.isEmpty());
        before.append(text(diff));
    }
    std::vector<UserRecord> usersBefore, usersAt4Before;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&usersBefore));
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&usersAt4Before, 4));
    const qint64 rowsBefore =
        SnapshotFixture::countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects"));

    QVERIFY(!m_db->compact(3));
    QCOMPARE(m_db->generations().size(), 3);
    QCOMPARE(m_db->generations().first().id, qint64(4));
    QVERIFY(SnapshotFixture::countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects")) < rowsBefore);
    for (int i = 0; i < kept.size(); ++i) {
        SnapshotDiffResult diff;
        QVERIFY(!SnapshotDiff(*m_db).diff(kept[i].first, kept[i].second, &diff));
        QCOMPARE(text(diff), before[i]);
    }
    SnapshotDiffResult gone;
    QCOMPARE(SnapshotDiff(*m_db).diff(2, 6, &gone).kind(), Error::Kind::Storage);
    std::vector<UserRecord> usersAfter, usersAt4After;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&usersAfter));
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&usersAt4After, 4));
    QCOMPARE(usersAfter.size(), usersBefore.size());
    QCOMPARE(usersAt4After.size(), usersAt4Before.size());
    for (size_t i = 0; i < usersAfter.size(); ++i) {
        QCOMPARE(usersAfter[i].jobTitle, usersBefore[i].jobTitle);
        QCOMPARE(usersAfter[i].schoolIds, usersBefore[i].schoolIds);
        QCOMPARE(usersAt4After[i].jobTitle, usersAt4Before[i].jobTitle);
    }
    // The delta link of the full read survives compaction.
    QVERIFY(m_db->deltaLink(SnapshotObjectType::User).endsWith(QLatin1String("t60")));
}

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
