#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "cache/snapshotschema.h"
#include "snapshotfixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestSnapshotDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsMigratesAndReopens();
    void migratesASchema2SnapshotKeepingItsData();
    void indexesACrashedFirstReadDroppedAreBuiltOnOpen();
    void fileIsOwnerOnly();
    void refusesNewerSchema();
    void refusesAFileThatIsNotADatabase();
    void defaultPathEncodesTheProfileName();
    void connectionPerThread();

private:
    QTemporaryDir m_dir;
};

void TestSnapshotDatabase::createsMigratesAndReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("create.sqlite"));
    {
        SnapshotDatabase db(path);
        const Error error = db.open();
        QVERIFY2(!error, qPrintable(error.fullText()));
        QCOMPARE(SnapshotFixture::countRows(
                     db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 qint64(SnapshotDatabase::SchemaVersion));
        for (const char *table : {"generations", "objects", "links", "collections", "mailboxes",
                                  "mailbox_permissions", "distribution_lists", "calendar_permissions"}) {
            QCOMPARE(SnapshotFixture::countRows(
                         db, QStringLiteral(
                                 "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                 .arg(QLatin1String(table))),
                     qint64(1));
        }
        QSqlQuery pragma(db.connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 1);
        QCOMPARE(db.currentGeneration(), qint64(0));
        QVERIFY(SnapshotFixture::writeFullGeneration(db, 10).kind() == Error::Kind::None);
    }
    SnapshotDatabase reopened(path);
    const Error error = reopened.open();
    QVERIFY2(!error, qPrintable(error.fullText()));
    QCOMPARE(reopened.currentGeneration(), qint64(1));
    QCOMPARE(reopened.deltaLink(SnapshotObjectType::User),
             QStringLiteral("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=t10"));
    QCOMPARE(reopened.deltaLink(SnapshotObjectType::Group), QString());
    // The first full read into the empty file built the ids' index at its end: an id has one number.
    QSqlQuery twice(reopened.connection());
    QVERIFY(twice.exec(QStringLiteral("SELECT id FROM ids LIMIT 1")) && twice.next());
    const QString numbered = twice.value(0).toString();
    twice.finish();
    QVERIFY(twice.prepare(QStringLiteral("INSERT INTO ids (id) VALUES (?)")));
    twice.addBindValue(numbered);
    QVERIFY(!twice.exec());
    QVERIFY2(twice.lastError().text().contains(QLatin1String("UNIQUE")),
             qPrintable(twice.lastError().text()));
}

// Schema 3 numbers the object ids and keys relations on the numbers: a snapshot written by schema 2 keeps
// its users, schools, licences and memberships, and takes new generations afterwards.
void TestSnapshotDatabase::migratesASchema2SnapshotKeepingItsData()
{
    const QString path = m_dir.filePath(QStringLiteral("schema2.sqlite"));
    const QString user = QStringLiteral("4a1b0c2d-0000-4000-8000-000000000001");
    const QString school = QStringLiteral("4a1b0c2d-0000-4000-8000-0000000000a1");
    const QString sku = QStringLiteral("314c4481-f395-4525-be8b-2ec4bb1e9d91");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const SnapshotSchema &migration : SnapshotSchema::migrations()) {
            if (migration.version > 2)
                continue;
            for (const QString &sql : migration.statements)
                QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QLatin1Char(' ') + sql));
        }
        const QStringList rows = {
            QStringLiteral("INSERT INTO meta VALUES ('schema_version', '2')"),
            QStringLiteral("INSERT INTO generations (id, kind, status, started, finished) VALUES (1, 'full',"
                           " 'complete', 1, 2)"),
            QStringLiteral(
                "INSERT INTO objects (row, type, id, valid_from, hash, last_read, display_name, upn)"
                " VALUES (1, %1, '%2', 1, 11, 5, 'Anna Tamm', 'anna.tamm@school.example')")
                .arg(int(SnapshotObjectType::User))
                .arg(user),
            QStringLiteral("INSERT INTO objects (row, type, id, valid_from, hash, last_read, display_name)"
                           " VALUES (2, %1, '%2', 1, 12, 5, 'Tartu Kool')")
                .arg(int(SnapshotObjectType::AdministrativeUnit))
                .arg(school),
            QStringLiteral("INSERT INTO object_json VALUES (1, '{\"displayName\":\"Anna Tamm\"}')"),
            QStringLiteral("INSERT INTO object_json VALUES (2, '{\"displayName\":\"Tartu Kool\"}')"),
            QStringLiteral("INSERT INTO links (relation, container_id, member_id, member_type, valid_from)"
                           " VALUES (%1, '%2', '%3', 'user', 1)")
                .arg(int(SnapshotRelation::AdministrativeUnitMember))
                .arg(school, user),
            QStringLiteral("INSERT INTO links (relation, container_id, member_id, member_type, valid_from)"
                           " VALUES (%1, '%2', '%3', 'user', 1)")
                .arg(int(SnapshotRelation::UserLicence))
                .arg(sku, user),
        };
        for (const QString &sql : rows)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QLatin1Char(' ') + sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema2"));

    SnapshotDatabase db(path);
    const Error error = db.open();
    QVERIFY2(!error, qPrintable(error.fullText()));
    QCOMPARE(
        SnapshotFixture::countRows(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
        qint64(SnapshotDatabase::SchemaVersion));
    QCOMPARE(SnapshotFixture::countRows(db, QStringLiteral("SELECT count(*) FROM ids")), qint64(3));
    // Schema 5: the generation knows the first rows it wrote; the indexes on valid_from are gone.
    QCOMPARE(SnapshotFixture::countRows(db, QStringLiteral("SELECT first_object_row FROM generations")),
             qint64(1));
    QCOMPARE(SnapshotFixture::countRows(db, QStringLiteral("SELECT first_link_row FROM generations")),
             qint64(1));
    QCOMPARE(SnapshotFixture::countRows(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                                           " ('objects_from', 'links_from')")),
             qint64(0));
    std::vector<UserRecord> users;
    QVERIFY(!SnapshotReader(db).loadUsers(&users));
    QCOMPARE(users.size(), size_t(1));
    QCOMPARE(users.front().id, user);
    QCOMPARE(users.front().userPrincipalName, QStringLiteral("anna.tamm@school.example"));
    QCOMPARE(users.front().schoolNames, QStringList{QStringLiteral("Tartu Kool")});
    QCOMPARE(users.front().schoolIds, QStringList{school});
    QCOMPARE(users.front().licences, QStringList{sku}); // no subscribed SKU stored: shown by its id
    QStringList members;
    QVERIFY(!SnapshotReader(db).members(SnapshotRelation::AdministrativeUnitMember, school, &members));
    QCOMPARE(members, QStringList{user});
    // The migrated file takes the next full generation like any other.
    QVERIFY(!SnapshotFixture::writeFullGeneration(db, 5));
    QCOMPARE(db.currentGeneration(), qint64(2));
}

// A first full read into an empty snapshot drops its secondary indexes until it commits; a crash before that
// leaves them missing, and the next open builds them again along with rolling back the unfinished read.
void TestSnapshotDatabase::indexesACrashedFirstReadDroppedAreBuiltOnOpen()
{
    const QString path = m_dir.filePath(QStringLiteral("crashed.sqlite"));
    {
        SnapshotDatabase db(path);
        QVERIFY(!db.open());
        QSqlQuery query(db.connection());
        for (const QString &name : SnapshotSchema::deferrableIndexNames())
            QVERIFY(query.exec(QStringLiteral("DROP INDEX ") + name));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO generations (kind, status, started) VALUES ('full',"
                                          " 'running', 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO objects (type, id, n, valid_from, hash, last_read)"
                                          " VALUES (1, 'a', 1, 1, 1, 1)")));
        db.closeThreadConnection();
    }
    SnapshotDatabase reopened(path);
    QVERIFY(!reopened.open());
    QCOMPARE(SnapshotFixture::countRows(reopened, QStringLiteral("SELECT count(*) FROM objects")), qint64(0));
    for (const QString &name : SnapshotSchema::deferrableIndexNames()) {
        QCOMPARE(SnapshotFixture::countRows(
                     reopened,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'")
                         .arg(name)),
                 qint64(1));
    }
}

void TestSnapshotDatabase::fileIsOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("mode/sub/owner.sqlite"));
    SnapshotDatabase db(path);
    QVERIFY(!db.open());
    QVERIFY(!SnapshotFixture::writeFullGeneration(db, 5));
    const auto ownerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    QCOMPARE(QFile::permissions(path), ownerOnly);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")), ownerOnly);
    // The folders made for it are the user's alone too.
    const auto folderOwnerOnly = ownerOnly | QFileDevice::ExeOwner | QFileDevice::ExeUser;
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("mode/sub"))), folderOwnerOnly);
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("mode"))), folderOwnerOnly);

    // A file someone made readable by others is tightened when opened.
    const QString loose = m_dir.filePath(QStringLiteral("loose.sqlite"));
    {
        QFile file(loose);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(loose, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    SnapshotDatabase looseDb(loose);
    QVERIFY(!looseDb.open());
    QCOMPARE(QFile::permissions(loose), ownerOnly);
}

void TestSnapshotDatabase::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        SnapshotDatabase db(path);
        QVERIFY(!db.open());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    }
    SnapshotDatabase db(path);
    const Error error = db.open();
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QVERIFY2(error.message().contains(QLatin1String("newer version of Tenantdesk")),
             qPrintable(error.message()));
    QVERIFY(error.message().contains(QLatin1String("99")));
    QCOMPARE(error.where(), path);
    QVERIFY(!db.isOpen());
    // Untouched: still version 99.
    QCOMPARE(
        SnapshotFixture::countRows(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
        qint64(99));
}

void TestSnapshotDatabase::refusesAFileThatIsNotADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    SnapshotDatabase db(path);
    const Error error = db.open();
    QCOMPARE(error.kind(), Error::Kind::Storage);
    QCOMPARE(error.where(), path);
    QVERIFY(!error.detail().isEmpty());
}

void TestSnapshotDatabase::defaultPathEncodesTheProfileName()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = SnapshotDatabase::defaultPath(QStringLiteral("Skole/Øst"));
    // One place for the console and the command line, whatever the executable's name.
    QCOMPARE(path, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                       QStringLiteral("/Tenantdesk/snapshots/Skole%2F%C3%98st.sqlite"));
}

void TestSnapshotDatabase::connectionPerThread()
{
    SnapshotDatabase db(m_dir.filePath(QStringLiteral("threads.sqlite")));
    QVERIFY(!db.open());
    const QString mine = db.connection().connectionName();
    QString theirs;
    qint64 generation = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        theirs = db.connection().connectionName();
        generation = db.currentGeneration();
        db.closeThreadConnection();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(generation, qint64(0));
    QVERIFY(!QSqlDatabase::contains(theirs));
}

QTEST_GUILESS_MAIN(TestSnapshotDatabase)
#include "tst_snapshotdatabase.moc"
