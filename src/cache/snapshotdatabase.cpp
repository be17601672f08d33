#include "cache/snapshotdatabase.h"

#include "cache/logging.h"
#include "cache/snapshotschema.h"
#include "cache/snapshotsql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

using namespace SnapshotSql;

namespace {
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto folderOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

// Makes `folder` and its missing parents; each folder made here, and the default snapshot folder
// (Tenantdesk's own), is the user's alone (0700).
bool makePrivateFolder(const QString &folder)
{
    QStringList made;
    for (QDir dir(folder); !dir.exists() && !dir.isRoot(); dir.setPath(QFileInfo(dir.absolutePath()).path()))
        made << dir.absolutePath();
    if (!QDir().mkpath(folder))
        return false;
    const QString ownFolder = QFileInfo(SnapshotDatabase::defaultPath(QStringLiteral("x"))).absolutePath();
    if (QFileInfo(folder).absoluteFilePath() == ownFolder && !made.contains(ownFolder))
        made << ownFolder;
    for (const QString &path : std::as_const(made)) {
        // QFile::permissions() also reports the current user's bits; only owner, group and other matter.
        if ((QFile::permissions(path) & ~userBits) != folderOwnerOnly)
            QFile::setPermissions(path, folderOwnerOnly);
    }
    return true;
}
} // namespace

SnapshotDatabase::SnapshotDatabase(const QString &filePath)
    : m_filePath(filePath), m_connectionPrefix(QStringLiteral("tenantdesk.snapshot.") +
                                               QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SnapshotDatabase::~SnapshotDatabase()
{
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString SnapshotDatabase::defaultPath(const QString &profileName)
{
    // Shared by the console and the command line (their application names differ).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/Tenantdesk/snapshots/") +
           QString::fromLatin1(QUrl::toPercentEncoding(profileName)) + QStringLiteral(".sqlite");
}

Error SnapshotDatabase::storageError(const QString &step, const QString &detail) const
{
    Error error(Error::Kind::Storage, m_filePath, detail);
    error.setMessage(tr("The local snapshot could not be read or written (step: %1).").arg(step));
    return error;
}

QSqlDatabase SnapshotDatabase::connection() const
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        name = m_connections.value(thread);
        if (name.isEmpty()) {
            name = m_connectionPrefix + QLatin1Char('.') + QString::number(quintptr(thread), 16);
            m_connections.insert(thread, name);
        }
    }
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);
    // Every connection here belongs to one thread, so SQLite's per-connection mutexes only cost time (they
    // were a few per cent of a full read). The settings can only be made before SQLite's first use in the
    // process; if something opened a database earlier, SQLite refuses them and keeps its serialized default.
    // Nothing reads SQLite's memory statistics, whose upkeep takes a global mutex on every allocation.
    static const bool configured = [] {
        const bool ok = sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK &&
                        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
        qCDebug(lcCache) << "SQLite configured for connections owned by one thread:" << ok;
        return ok;
    }();
    Q_UNUSED(configured)
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        QSqlQuery query(db);
        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) {
            // Tuning only: the snapshot stays correct without it, so a refusal is logged, not fatal.
            if (!query.exec(QString::fromLatin1(pragma)))
                qCWarning(lcCache) << "Snapshot connection" << name << "refused" << pragma
                                   << query.lastError().text();
        }
    } else {
        qCWarning(lcCache) << "Cannot open snapshot connection" << name << db.lastError().text();
    }
    return db;
}

void SnapshotDatabase::closeThreadConnection()
{
    QString name;
    {
        QMutexLocker locker(&m_mutex);
        name = m_connections.take(QThread::currentThreadId());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error SnapshotDatabase::open()
{
    m_open = false;
    const QFileInfo info(m_filePath);
    if (!makePrivateFolder(info.absolutePath()))
        return storageError(QStringLiteral("create folder"), info.absolutePath());
    if (!info.exists()) {
        // Create the file ourselves so that it (and SQLite's -wal and -shm files, which copy its mode) is
        // 0600.
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return storageError(QStringLiteral("create file"), file.errorString());
    } else if (QFile::permissions(m_filePath) !=
               (ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)) {
        QFile::setPermissions(m_filePath, ownerOnly);
    }

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return storageError(QStringLiteral("open"), db.lastError().text());
    QSqlQuery wal(db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
        return storageError(QStringLiteral("enable WAL"), wal.lastError().text());
    if (wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storageError(QStringLiteral("enable WAL"), wal.value(0).toString());
    wal.finish();

    if (Error error = migrate(db))
        return error;

    // Roll back what a crashed writer left behind, unless a live writer (another thread or process) holds the
    // lock.
    QLockFile lock(writerLockPath());
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        if (Error error = recoverUnfinished(db, *this))
            return error;
        lock.unlock();
    }
    m_open = true;
    return Error();
}

namespace {
// The stored schema version: 0 for a new file. Reads only, so it never waits for a running writer.
bool readSchemaVersion(QSqlDatabase &db, int *version, QString *error)
{
    *version = 0;
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) ||
        !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.value(0).toInt() == 0)
        return true;
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        *error = query.lastError().text();
        return false;
    }
    if (query.next())
        *version = query.value(0).toInt();
    return true;
}
} // namespace

Error SnapshotDatabase::migrate(QSqlDatabase &db)
{
    const QString step = QStringLiteral("migrate schema");
    const QString readStep = QStringLiteral("read schema version");
    int version = 0;
    QString detail;
    if (!readSchemaVersion(db, &version, &detail))
        return storageError(readStep, detail);
    if (version == SchemaVersion)
        return Error();

    Error error;
    if (version < SchemaVersion) {
        // Another process may be migrating too: take the write lock, then look again.
        if (!execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), *this, step, &error))
            return error;
        if (!readSchemaVersion(db, &version, &detail))
            error = storageError(readStep, detail);
    }
    if (!error && version > SchemaVersion) {
        error = Error(Error::Kind::Storage, m_filePath);
        error.setMessage(
            tr("The local snapshot was written by a newer version of Tenantdesk (schema %1; this "
               "version reads up to schema %2). Update Tenantdesk or remove the snapshot file.")
                .arg(version)
                .arg(SchemaVersion));
    }
    const int from = version;
    const QList<SnapshotSchema> steps = SnapshotSchema::migrations();
    for (const SnapshotSchema &migration : steps) {
        if (error || migration.version <= version)
            continue;
        for (const QString &sql : migration.statements) {
            if (!execDirect(db, sql, *this, QStringLiteral("migrate to schema %1").arg(migration.version),
                            &error))
                break;
        }
    }
    if (!error && from < SchemaVersion) {
        QSqlQuery save(db);
        if (prepare(save,
                    QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)"),
                    *this, step, &error)) {
            save.addBindValue(QString::number(SchemaVersion));
            if (exec(save, *this, step, &error))
                execDirect(db, QStringLiteral("COMMIT"), *this, step, &error);
        }
    }
    if (error) {
        rollBack(db, step);
        return error;
    }
    if (from < SchemaVersion)
        qCInfo(lcCache) << "Snapshot schema migrated from" << from << "to" << SchemaVersion;
    return Error();
}

Error SnapshotDatabase::writerBusy(const QString &filePath)
{
    Error busy(Error::Kind::Storage, filePath);
    busy.setMessage(tr("The local snapshot is being updated; try again when the refresh has finished."));
    return busy;
}

Error SnapshotDatabase::remove(const QString &filePath)
{
    if (!QFileInfo::exists(filePath) && !QFileInfo::exists(filePath + QStringLiteral("-wal")))
        return Error(); // never read, or already gone
    QLockFile lock(writerLockPathFor(filePath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError) {
            Error error(Error::Kind::Storage, filePath);
            error.setMessage(tr("The local snapshot %1 could not be deleted: %2")
                                 .arg(filePath, tr("its lock file cannot be created")));
            return error;
        }
        return writerBusy(filePath);
    }
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(filePath + suffix);
        if (file.exists() && !file.remove()) {
            Error error(Error::Kind::Storage, file.fileName(), file.errorString());
            error.setMessage(tr("The local snapshot %1 could not be deleted: %2")
                                 .arg(file.fileName(), file.errorString()));
            return error;
        }
    }
    lock.unlock(); // removes the lock file
    qCInfo(lcCache) << "Deleted snapshot" << filePath;
    return Error();
}

qint64 SnapshotDatabase::currentGeneration(Error *error) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT max(id) FROM generations WHERE status = 'complete'")) ||
        !query.next()) {
        if (error)
            *error = storageError(QStringLiteral("read current generation"), query.lastError().text());
        return 0;
    }
    return query.value(0).toLongLong();
}

QList<SnapshotGeneration> SnapshotDatabase::generations(Error *error) const
{
    QList<SnapshotGeneration> result;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT id, kind, status, started, finished, added, changed, removed"
                                   " FROM generations ORDER BY id"))) {
        if (error)
            *error = storageError(QStringLiteral("list generations"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        SnapshotGeneration g;
        g.id = query.value(0).toLongLong();
        g.kind = kindFromText(query.value(1).toString());
        g.status = statusFromText(query.value(2).toString());
        g.started = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc());
        if (!query.value(4).isNull())
            g.finished = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
        g.added = query.value(5).toLongLong();
        g.changed = query.value(6).toLongLong();
        g.removed = query.value(7).toLongLong();
        result.append(g);
    }
    return result;
}

QString SnapshotDatabase::deltaLink(SnapshotObjectType type, Error *error) const
{
    QSqlQuery query(connection());
    const QString step = QStringLiteral("read delta link");
    if (!prepare(
            query,
            QStringLiteral("SELECT c.delta_link FROM collections c LEFT JOIN generations g"
                           " ON g.id = c.generation WHERE c.type = ?"
                           " AND (g.status IS NULL OR g.status = 'complete') AND c.delta_link IS NOT NULL"
                           " ORDER BY c.generation DESC LIMIT 1"),
            *this, step, error))
        return QString();
    query.addBindValue(int(type));
    if (!exec(query, *this, step, error))
        return QString();
    return query.next() ? query.value(0).toString() : QString();
}

QString SnapshotDatabase::metaValue(const QString &key, Error *error) const
{
    QSqlQuery query(connection());
    const QString step = QStringLiteral("read meta value");
    if (!prepare(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), *this, step, error))
        return QString();
    query.addBindValue(key);
    if (!exec(query, *this, step, error))
        return QString();
    return query.next() ? query.value(0).toString() : QString();
}

Error SnapshotDatabase::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    const QString step = QStringLiteral("save meta value");
    Error error;
    if (prepare(query, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), *this, step,
                &error)) {
        query.addBindValue(key);
        query.addBindValue(value);
        exec(query, *this, step, &error);
    }
    return error;
}

Error SnapshotDatabase::compact(int keepGenerations)
{
    keepGenerations = qMax(1, keepGenerations);
    QLockFile lock(writerLockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return writerBusy(m_filePath);
    }
    QSqlDatabase db = connection();
    if (Error error = recoverUnfinished(db, *this))
        return error;
    Error error;
    const QString step = QStringLiteral("compact");
    // The oldest generation to keep: every version that ended at or before it is no longer needed.
    QSqlQuery oldest(db);
    if (!prepare(oldest,
                 QStringLiteral("SELECT id FROM generations WHERE status = 'complete' ORDER BY id DESC"
                                " LIMIT 1 OFFSET ?"),
                 *this, step, &error))
        return error;
    oldest.addBindValue(keepGenerations - 1);
    if (!exec(oldest, *this, step, &error))
        return error;
    if (!oldest.next())
        return Error(); // fewer generations than kept
    const qint64 keep = oldest.value(0).toLongLong();
    oldest.finish();

    if (!execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), *this, step, &error))
        return error;
    struct Statement
    {
        const char *sql;
        int binds;
    };
    const Statement statements[] = {
        {"DELETE FROM objects WHERE valid_to IS NOT NULL AND valid_to <= ?", 1},
        {"DELETE FROM links WHERE valid_to IS NOT NULL AND valid_to <= ?", 1},
        // Keep each collection's newest record up to the kept generation (its delta link and read time).
        {"DELETE FROM collections WHERE generation < ? AND EXISTS (SELECT 1 FROM collections n"
         " WHERE n.type = collections.type AND n.generation > collections.generation AND n.generation <= ?)",
         2},
        {"DELETE FROM generations WHERE id < ?", 1},
    };
    for (const Statement &statement : statements) {
        QSqlQuery query(db);
        if (!prepare(query, QString::fromLatin1(statement.sql), *this, step, &error))
            break;
        for (int i = 0; i < statement.binds; ++i)
            query.addBindValue(keep);
        if (!exec(query, *this, step, &error))
            break;
    }
    if (error) {
        rollBack(db, step);
        return error;
    }
    if (!execDirect(db, QStringLiteral("COMMIT"), *this, step, &error))
        return error;
    // The history is already gone; a refused checkpoint only leaves the write-ahead log large until the
    // next one, so it is logged rather than reported as a failed compaction.
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcCache) << "Snapshot checkpoint after compaction failed:" << checkpoint.lastError().text();
    qCInfo(lcCache) << "Compacted snapshot: generations before" << keep << "merged away";
    return Error();
}
