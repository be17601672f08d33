#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "cache/snapshotwriter.h"
#include "core/group.h"
#include "core/user.h"
#include "graphpages.h"
#include "snapshotfixture.h"
#include "syntheticgraph.h"

#include <QTemporaryDir>
#include <QTest>

using namespace SyntheticGraph;
using SnapshotFixture::countRows;

namespace {
qint64 missingIndexes(SnapshotDatabase &db)
{
    qint64 missing = 0;
    for (const char *name : {"objects_current", "objects_id", "links_current", "links_member", "ids_id"}) {
        missing += 1 - countRows(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                    " AND name = '%1'")
                                         .arg(QLatin1String(name)));
    }
    return missing;
}
} // namespace

namespace {
const UserRecord *find(const std::vector<UserRecord> &users, const QString &id)
{
    for (const UserRecord &user : users) {
        if (user.id == id)
            return &user;
    }
    return nullptr;
}
} // namespace

class TestSnapshotWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void generationIsWrittenAndReadBack();
    void unchangedUpsertWritesNothing();
    void changedObjectOpensANewVersion();
    void deltaMergesPartialObjects();
    void removedChangedMeansSoftDeleted();
    void removedDeletedRemovesObjectAndRelations();
    void fullListingRemovesUnseen();
    void groupMembersDelta();
    void abortedGenerationLeavesNoTrace();
    void nothingVisibleBeforeCommit();
    void secondWriterIsRefused();
    void writerNeedsARunningGeneration();
    void firstFullReadBuildsItsIndexesAtTheEnd();
    void firstFullReadWritingAListTwiceKeepsTheLast();
    void abortedFirstReadLeavesTheIndexes();
    void objectStoredAsItsListedText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SnapshotDatabase> m_db;
};

void TestSnapshotWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<SnapshotDatabase>(m_dir->filePath(QStringLiteral("tenant.sqlite")));
    const Error error = m_db->open();
    QVERIFY2(!error, qPrintable(error.fullText()));
}

void TestSnapshotWriter::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSnapshotWriter::generationIsWrittenAndReadBack()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 100, QString(), 7));
    const QString path = m_db->filePath();
    m_db = std::make_unique<SnapshotDatabase>(path);
    QVERIFY(!m_db->open());

    const QList<SnapshotGeneration> generations = m_db->generations();
    QCOMPARE(generations.size(), 1);
    QCOMPARE(generations[0].status, SnapshotGeneration::Status::Complete);
    QCOMPARE(generations[0].kind, SnapshotGeneration::Kind::Full);
    QVERIFY(generations[0].finished >= generations[0].started);
    // 100 users + 20 schools + 3 SKUs, 100 school memberships, 100 + 15 licences.
    QCOMPARE(generations[0].added, qint64(100 + 20 + 3 + 100 + 115));

    std::vector<UserRecord> users;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&users));
    QCOMPARE(users.size(), size_t(100));
    const UserRecord *teacher = find(users, userId(70));
    QVERIFY(teacher);
    QCOMPARE(teacher->displayName, QStringLiteral("Elev 70 Åberg"));
    QCOMPARE(teacher->userPrincipalName, QStringLiteral("elev70@skole.example"));
    QCOMPARE(teacher->mail, QStringLiteral("elev70@skole.example"));
    QCOMPARE(teacher->jobTitle, QStringLiteral("Teacher"));
    QCOMPARE(teacher->department, QStringLiteral("Class 10"));
    QCOMPARE(teacher->schoolIds, QStringList{schoolId(10)});
    QCOMPARE(teacher->schoolNames, QStringList{schoolName(10)});
    QCOMPARE(teacher->licences,
             (QStringList{QStringLiteral("M365EDU_A3"), QStringLiteral("STANDARDWOFFPACK_FACULTY")}));
    QCOMPARE(teacher->state, UserRecord::State::Enabled);
    QVERIFY(teacher->lastRead().isValid());
    QVERIFY(qAbs(teacher->lastRead().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(find(users, userId(50))->state, UserRecord::State::Disabled);
    QCOMPARE(find(users, userId(20))->schoolNames, QStringList{schoolName(0)});
    // Repeated strings share their data.
    QVERIFY(find(users, userId(1))->licences.constData() == find(users, userId(2))->licences.constData());

    QList<School> schools;
    QVERIFY(!SnapshotReader(*m_db).schools(&schools));
    QCOMPARE(schools.size(), schoolCount);
    DirectoryRecord stored;
    QVERIFY(!SnapshotReader(*m_db).object(SnapshotObjectType::User, userId(3), &stored));
    QCOMPARE(stored.properties, user(3));
    QVERIFY(!stored.isSoftDeleted());
    // The typed view of the stored record.
    const User typed = User::fromRecord(stored);
    QCOMPARE(typed.userPrincipalName, QStringLiteral("elev3@skole.example"));
    QCOMPARE(typed.skuIds(), QStringList{skuId(0)});
}

void TestSnapshotWriter::unchangedUpsertWritesNothing()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 200));
    const qint64 objects = countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects"));
    const qint64 links = countRows(*m_db, QStringLiteral("SELECT count(*) FROM links"));
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 200));
    QCOMPARE(m_db->currentGeneration(), qint64(2));
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects")), objects);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM links")), links);
    const SnapshotGeneration second = m_db->generations().last();
    QCOMPARE(second.added + second.changed + second.removed, qint64(0));
}

void TestSnapshotWriter::changedObjectOpensANewVersion()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 50));
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QJsonObject changed = user(5);
    changed[QStringLiteral("accountEnabled")] = false;
    changed[QStringLiteral("assignedLicenses")] = QJsonArray();
    QVERIFY(!GraphPages::upsertUsers(writer, {changed}));
    // Changed twice in one generation: still one new version.
    changed[QStringLiteral("jobTitle")] = QStringLiteral("Librarian");
    QVERIFY(!GraphPages::upsertUsers(writer, {changed}));
    QVERIFY(!writer.commitGeneration());

    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects WHERE id = '%1'").arg(userId(5))),
             qint64(2));
    std::vector<UserRecord> before, after;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&before, 1));
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&after));
    QCOMPARE(find(before, userId(5))->state, UserRecord::State::Enabled);
    QCOMPARE(find(before, userId(5))->licences, QStringList{QStringLiteral("STANDARDWOFFPACK_STUDENT")});
    QCOMPARE(find(after, userId(5))->state, UserRecord::State::Disabled);
    QCOMPARE(find(after, userId(5))->jobTitle, QStringLiteral("Librarian"));
    QCOMPARE(find(after, userId(5))->licences, QStringList());
    const SnapshotGeneration second = m_db->generations().last();
    QCOMPARE(second.kind, SnapshotGeneration::Kind::Delta);
    QCOMPARE(second.changed, qint64(1));
    QCOMPARE(second.removed, qint64(1)); // the licence
}

void TestSnapshotWriter::deltaMergesPartialObjects()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 10));
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    // As Graph's users/delta returns it: only the changed properties and the id.
    QVERIFY(!GraphPages::upsertUsers(
        writer, {QJsonObject{{QStringLiteral("id"), userId(3)},
                             {QStringLiteral("displayName"), QStringLiteral("Ida Ærø")}}}));
    QVERIFY(!writer.commitGeneration());
    DirectoryRecord stored;
    QVERIFY(!SnapshotReader(*m_db).object(SnapshotObjectType::User, userId(3), &stored));
    QJsonObject expected = user(3);
    expected[QStringLiteral("displayName")] = QStringLiteral("Ida Ærø");
    QCOMPARE(stored.properties, expected);
}

void TestSnapshotWriter::removedChangedMeansSoftDeleted()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 10));
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QVERIFY(!GraphPages::upsertUsers(writer, {removedRef(userId(4), QStringLiteral("changed"))}));
    QVERIFY(!writer.commitGeneration());
    std::vector<UserRecord> users;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&users));
    QCOMPARE(users.size(), size_t(10));
    QCOMPARE(find(users, userId(4))->state, UserRecord::State::Deleted);
    QCOMPARE(find(users, userId(4))->displayName, QStringLiteral("Elev 4 Åberg")); // kept
    QCOMPARE(find(users, userId(4))->schoolIds, QStringList{schoolId(4)});
    DirectoryRecord stored;
    QVERIFY(!SnapshotReader(*m_db).object(SnapshotObjectType::User, userId(4), &stored));
    QVERIFY(stored.isSoftDeleted());
    QCOMPARE(stored.properties, user(4)); // no wire annotation is stored

    // Restored: the next delta sends the user again, without "@removed".
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QVERIFY(!GraphPages::upsertUsers(
        writer, {QJsonObject{{QStringLiteral("id"), userId(4)}, {QStringLiteral("accountEnabled"), true}}}));
    QVERIFY(!writer.commitGeneration());
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&users));
    QCOMPARE(find(users, userId(4))->state, UserRecord::State::Enabled);
    QVERIFY(!SnapshotReader(*m_db).object(SnapshotObjectType::User, userId(4), &stored));
    QVERIFY(!stored.isSoftDeleted());
}

void TestSnapshotWriter::removedDeletedRemovesObjectAndRelations()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 10));
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QVERIFY(!GraphPages::upsertUsers(writer, {removedRef(userId(4), QStringLiteral("deleted"))}));
    QVERIFY(!writer.commitGeneration());
    std::vector<UserRecord> users;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&users));
    QCOMPARE(users.size(), size_t(9));
    QVERIFY(!find(users, userId(4)));
    QStringList members;
    QVERIFY(
        !SnapshotReader(*m_db).members(SnapshotRelation::AdministrativeUnitMember, schoolId(4), &members));
    QVERIFY(members.isEmpty());
    // The previous generation still has it.
    QVERIFY(
        !SnapshotReader(*m_db).members(SnapshotRelation::AdministrativeUnitMember, schoolId(4), &members, 1));
    QCOMPARE(members, QStringList{userId(4)});
}

void TestSnapshotWriter::fullListingRemovesUnseen()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 30));
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 25));
    std::vector<UserRecord> users;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&users));
    QCOMPARE(users.size(), size_t(25));
    QCOMPARE(m_db->generations().last().removed,
             qint64(5 + 5 + 5 + 1)); // users, schools, licences (27 has two)
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&users, 1));
    QCOMPARE(users.size(), size_t(30));
}

void TestSnapshotWriter::groupMembersDelta()
{
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Full));
    QJsonObject group{
        {QStringLiteral("id"), groupId(1)},
        {QStringLiteral("displayName"), QStringLiteral("All Company")},
        {QStringLiteral("groupTypes"), QJsonArray{QStringLiteral("Unified")}},
        {QStringLiteral("members@delta"), QJsonArray{memberRef(userId(1)), memberRef(userId(2)),
                                                     memberRef(groupId(2), QStringLiteral("group"))}}};
    QVERIFY(!GraphPages::upsertGroups(writer, {group}));
    QVERIFY(!writer.commitGeneration());
    QStringList members;
    QVERIFY(!SnapshotReader(*m_db).members(SnapshotRelation::GroupMember, groupId(1), &members));
    QStringList expected{userId(1), userId(2), groupId(2)};
    expected.sort();
    QCOMPARE(members, expected);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM links WHERE member_type = 'group'")),
             qint64(1));

    // A delta round: only the id and the changed members, one with "@removed".
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QVERIFY(!GraphPages::upsertGroups(
        writer,
        {QJsonObject{{QStringLiteral("id"), groupId(1)},
                     {QStringLiteral("members@delta"),
                      QJsonArray{removedRef(userId(1), QStringLiteral("deleted")), memberRef(userId(3))}}}}));
    QVERIFY(!writer.commitGeneration());
    QVERIFY(!SnapshotReader(*m_db).members(SnapshotRelation::GroupMember, groupId(1), &members));
    expected = QStringList{userId(2), userId(3), groupId(2)};
    expected.sort();
    QCOMPARE(members, expected);
    DirectoryRecord stored;
    QVERIFY(!SnapshotReader(*m_db).object(SnapshotObjectType::Group, groupId(1), &stored));
    QCOMPARE(Group::fromRecord(stored).displayName, QStringLiteral("All Company"));
    QCOMPARE(Group::fromRecord(stored).kind(), Group::Kind::Microsoft365);
    QVERIFY(!stored.properties.contains(QLatin1String("members@delta")));
}

void TestSnapshotWriter::abortedGenerationLeavesNoTrace()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 40));
    const qint64 objects = countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects"));
    const qint64 links = countRows(*m_db, QStringLiteral("SELECT count(*) FROM links"));
    {
        SnapshotWriter writer(*m_db, 3); // small batches: several transactions are already committed
        QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Full));
        QVERIFY(!GraphPages::upsertUsers(writer, users(0, 60, QStringLiteral(" (new)"))));
        QVERIFY(!GraphPages::removeObjects(writer, SnapshotObjectType::User, {userId(1)}));
        QVERIFY(!writer.setDeltaLink(SnapshotObjectType::User, QStringLiteral("https://aborted")));
        QVERIFY(!writer.abortGeneration());
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects")), objects);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM links")), links);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects WHERE valid_to IS NOT NULL")),
             qint64(0));
    QCOMPARE(m_db->generations().last().status, SnapshotGeneration::Status::Aborted);
    QCOMPARE(m_db->currentGeneration(), qint64(1));
    QVERIFY(m_db->deltaLink(SnapshotObjectType::User).endsWith(QLatin1String("t40")));

    // A writer destroyed mid-generation aborts it too, and the next generation starts clean.
    {
        SnapshotWriter writer(*m_db, 3);
        QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
        QVERIFY(!GraphPages::upsertUsers(writer, users(0, 10, QStringLiteral(" (lost)"))));
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects")), objects);
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 40, QStringLiteral(" (v2)")));
    std::vector<UserRecord> records;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&records));
    QCOMPARE(records.size(), size_t(40));
    for (const UserRecord &record : records)
        QVERIFY(record.jobTitle.endsWith(QLatin1String(" (v2)")));
}

void TestSnapshotWriter::nothingVisibleBeforeCommit()
{
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 20));
    SnapshotWriter writer(*m_db, 2);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Full));
    QVERIFY(!GraphPages::upsertUsers(writer, users(0, 30, QStringLiteral(" (next)"))));
    QVERIFY(!writer.setDeltaLink(SnapshotObjectType::User, QStringLiteral("https://next")));
    // A reader on another thread sees the last complete generation only.
    std::vector<UserRecord> seen;
    QString link;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        SnapshotReader(*m_db).loadUsers(&seen);
        link = m_db->deltaLink(SnapshotObjectType::User);
        m_db->closeThreadConnection();
    }));
    reader->start();
    QVERIFY(reader->wait(10000));
    QCOMPARE(seen.size(), size_t(20));
    for (const UserRecord &record : seen)
        QVERIFY(!record.jobTitle.endsWith(QLatin1String("(next)")));
    QVERIFY(link.endsWith(QLatin1String("t20")));
    QVERIFY(!writer.commitGeneration());
    QCOMPARE(m_db->deltaLink(SnapshotObjectType::User), QStringLiteral("https://next"));
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&seen));
    QCOMPARE(seen.size(), size_t(30));
}

void TestSnapshotWriter::secondWriterIsRefused()
{
    SnapshotWriter first(*m_db);
    QVERIFY(!first.beginGeneration(SnapshotGeneration::Kind::Full));
    SnapshotDatabase other(m_db->filePath());
    QVERIFY(!other.open()); // opening does not disturb the running generation
    SnapshotWriter second(other);
    const Error error = second.beginGeneration(SnapshotGeneration::Kind::Full);
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QVERIFY(error.message().contains(QLatin1String("updating")));
    QCOMPARE(other.compact(1).kind(), Error::Kind::Storage);
    QVERIFY(!GraphPages::upsertUsers(first, users(0, 5)));
    QVERIFY(!first.commitGeneration());
    QVERIFY(!second.beginGeneration(SnapshotGeneration::Kind::Delta));
    QVERIFY(!second.abortGeneration());
}

void TestSnapshotWriter::writerNeedsARunningGeneration()
{
    SnapshotWriter writer(*m_db);
    QCOMPARE(GraphPages::upsertUsers(writer, users(0, 1)).kind(), Error::Kind::Storage);
    QCOMPARE(writer.commitGeneration().kind(), Error::Kind::Storage);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Delta));
    QCOMPARE(writer.markUnseenRemoved(SnapshotObjectType::User).kind(), Error::Kind::Storage);
    QVERIFY(writer.isRunning()); // a misuse does not end the generation
    QVERIFY(!writer.abortGeneration());
    QVERIFY(!writer.isRunning());
}

QTEST_GUILESS_MAIN(TestSnapshotWriter)
#include "tst_snapshotwriter.moc"

// Into an empty snapshot the first full read writes without its secondary indexes and builds them at commit.
void TestSnapshotWriter::firstFullReadBuildsItsIndexesAtTheEnd()
{
    QCOMPARE(missingIndexes(*m_db), qint64(0));
    SnapshotWriter writer(*m_db, 10); // small batches: the dropped indexes are committed mid-read
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Full));
    QVERIFY(!GraphPages::upsertAdministrativeUnits(writer, schools()));
    QVERIFY(!GraphPages::upsertUsers(writer, users(0, 60)));
    QCOMPARE(missingIndexes(*m_db), qint64(5));
    QVERIFY(!GraphPages::setMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(3),
                                    schoolMembers(3, 60)));
    QVERIFY(!writer.commitGeneration());
    QCOMPARE(missingIndexes(*m_db), qint64(0));

    std::vector<UserRecord> loaded;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&loaded));
    QCOMPARE(loaded.size(), size_t(60));
    QCOMPARE(find(loaded, userId(23))->schoolIds, QStringList{schoolId(3)});
    QCOMPARE(find(loaded, userId(14))->licences.size(), 2);
    // The next full read finds a populated snapshot and keeps its indexes throughout.
    SnapshotWriter second(*m_db);
    QVERIFY(!second.beginGeneration(SnapshotGeneration::Kind::Full));
    QVERIFY(!GraphPages::upsertUsers(second, users(0, 60)));
    QCOMPARE(missingIndexes(*m_db), qint64(0));
    QVERIFY(!second.abortGeneration());
}

// A list written twice in the first read (a repeated page, a listing started again) replaces the first one,
// as it does in any other read: the writer builds its indexes then and carries on row by row.
void TestSnapshotWriter::firstFullReadWritingAListTwiceKeepsTheLast()
{
    SnapshotWriter writer(*m_db);
    QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Full));
    QVERIFY(!GraphPages::upsertAdministrativeUnits(writer, schools()));
    QVERIFY(!GraphPages::upsertSubscribedSkus(writer, skus()));
    QVERIFY(!GraphPages::upsertUsers(writer, users(0, 30)));
    QCOMPARE(missingIndexes(*m_db), qint64(5));
    QVERIFY(!GraphPages::setMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(1),
                                    schoolMembers(1, 30)));
    // User 14 again, now with one licence instead of two; school 1 again with one member fewer.
    QJsonObject again = user(14);
    again.insert(QStringLiteral("assignedLicenses"),
                 QJsonArray{QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                                        {QStringLiteral("skuId"), skuId(2)}}});
    QVERIFY(!GraphPages::upsertUsers(writer, {again}));
    QCOMPARE(missingIndexes(*m_db), qint64(0)); // left bulk writing
    QList<QJsonObject> fewer = schoolMembers(1, 30);
    const QString dropped = fewer.takeFirst().value(QStringLiteral("id")).toString();
    QVERIFY(!GraphPages::setMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(1), fewer));
    QVERIFY(!writer.commitGeneration());

    std::vector<UserRecord> loaded;
    QVERIFY(!SnapshotReader(*m_db).loadUsers(&loaded));
    QCOMPARE(find(loaded, userId(14))->licences, QStringList{QStringLiteral("M365EDU_A3")});
    QStringList members;
    QVERIFY(
        !SnapshotReader(*m_db).members(SnapshotRelation::AdministrativeUnitMember, schoolId(1), &members));
    QCOMPARE(members.size(), fewer.size());
    QVERIFY(!members.contains(dropped));
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM links WHERE relation = %1")
                                  .arg(int(SnapshotRelation::AdministrativeUnitMember))),
             qint64(fewer.size()));
}

void TestSnapshotWriter::abortedFirstReadLeavesTheIndexes()
{
    {
        SnapshotWriter writer(*m_db, 10);
        QVERIFY(!writer.beginGeneration(SnapshotGeneration::Kind::Full));
        QVERIFY(!GraphPages::upsertUsers(writer, users(0, 40)));
        QCOMPARE(missingIndexes(*m_db), qint64(5));
        QVERIFY(!writer.abortGeneration());
    }
    QCOMPARE(missingIndexes(*m_db), qint64(0));
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects")), qint64(0));
    QVERIFY(!SnapshotFixture::writeFullGeneration(*m_db, 20));
    QCOMPARE(m_db->currentGeneration(), qint64(2));
}

// A listed object is stored as the text it came in; the same object in another text (Graph's order of
// properties, or the writer's own after a merge) is no new version, a changed one is.
void TestSnapshotWriter::objectStoredAsItsListedText()
{
    const auto write = [this](const QByteArray &text, const QJsonObject &properties) {
        SnapshotWriter writer(*m_db);
        Error error = writer.beginGeneration(SnapshotGeneration::Kind::Full);
        DirectoryChanges changes;
        DirectoryRecord record;
        record.kind = DirectoryKind::User;
        record.id = userId(1);
        record.properties = properties;
        record.json = text;
        changes.records.append(record);
        if (!error)
            error = writer.apply(changes);
        if (!error)
            error = writer.commitGeneration();
        return error;
    };
    const QJsonObject properties{{QStringLiteral("id"), userId(1)},
                                 {QStringLiteral("displayName"), QStringLiteral("Anna Tamm")},
                                 {QStringLiteral("accountEnabled"), true}};
    const QByteArray listed =
        "{\"displayName\": \"Anna Tamm\", \"id\": \"" + userId(1).toUtf8() + "\", \"accountEnabled\": true}";
    QVERIFY(!write(listed, properties));
    QCOMPARE(
        countRows(*m_db, QStringLiteral("SELECT count(*) FROM object_json WHERE CAST(json AS TEXT) = '%1'")
                             .arg(QString::fromUtf8(listed))),
        qint64(1));
    QVERIFY(!write(QByteArray(), properties)); // the writer's own text of the same object
    QCOMPARE(m_db->generations().last().changed, qint64(0));
    QCOMPARE(m_db->generations().last().added, qint64(0));
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT count(*) FROM objects")), qint64(1));
    QJsonObject renamed = properties;
    renamed.insert(QStringLiteral("displayName"), QStringLiteral("Anna Tamm-Kask"));
    QVERIFY(!write(QByteArray(), renamed));
    QCOMPARE(m_db->generations().last().changed, qint64(1));
    DirectoryRecord stored;
    QVERIFY(!SnapshotReader(*m_db).object(DirectoryKind::User, userId(1), &stored));
    QCOMPARE(stored.properties, renamed);
}
