#pragma once

#include "cache/snapshottypes.h"
#include "cache/sqlitestatement.h"
#include "core/directoryrecord.h"
#include "core/error.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

class SnapshotDatabase;

// Versioned writes of objects for the running generation; used by SnapshotWriter inside its transactions.
// A new version is written only when the stored properties' hash changes; a version written earlier in the
// same generation is updated in place, and one removed earlier in it and back unchanged is reopened.
class SnapshotObjectWriter
{
public:
    struct Current
    {
        qint64 row = 0; // 0 = no current version
        qint64 hash = 0;
        qint64 from = 0;
    };
    // Objects are named by their number in the snapshot (SnapshotIds), not by their Graph id.

    SnapshotObjectWriter(const SnapshotDatabase &database, const QSqlDatabase &db, qint64 generation);

    Error prepare();
    // A full read touches every object: the current versions of a type are then read once, in one pass, and
    // kept in memory for the generation instead of being looked up one by one.
    void setCacheCurrent(bool cache) { m_cacheCurrent = cache; }
    Error current(SnapshotObjectType type, qint64 n, Current *current);
    Error properties(qint64 row, QJsonObject *properties);
    // Stores `properties` as the object's current version; *changed tells whether anything was written.
    // `json` is `properties` as JSON text when the caller has it (stored as is), else empty; `properties`
    // may be left empty when `json` is given (read from it only if needed). `columns` are the properties
    // kept in columns. Two texts of the same object may differ (Graph's order of properties, or this
    // writer's after a merge): a version whose text differs is compared by its properties before a new one
    // is written.
    Error write(SnapshotObjectType type, const QString &id, qint64 n, const Current &current,
                const QJsonObject &properties, const DirectoryRecord::Columns &columns,
                const QByteArray &json, bool softDeleted, qint64 readAt, bool *changed);
    // Ends the current version (deletes it when this generation wrote it).
    Error end(SnapshotObjectType type, qint64 n, const Current &current);

private:
    static void bindColumns(SqliteStatement &statement, qint64 hash, bool softDeleted, qint64 readAt,
                            const DirectoryRecord::Columns &columns);
    Error failure(const QString &step, const QString &detail) const;
    Error loadCurrent(SnapshotObjectType type);
    // The stored properties and soft-deleted state of version `row`.
    Error stored(qint64 row, QJsonObject *properties, bool *softDeleted);
    void remember(SnapshotObjectType type, qint64 n, const Current &current);

    const SnapshotDatabase &m_database;
    QSqlDatabase m_db;
    qint64 m_generation;
    // Objects with a version closed by this generation: only they can have one to reopen (a full read into
    // an empty snapshot asks the database nothing more for a new object).
    QSet<std::pair<int, qint64>> m_closedHere;
    bool m_cacheCurrent = false;
    QHash<int, QHash<qint64, Current>> m_current; // type -> number -> current version, when cached
    SqliteStatement m_selectCurrent, m_selectAllCurrent, m_selectStored, m_insertJson, m_updateJson,
        m_selectClosedHere, m_insert, m_update, m_close, m_reopen, m_delete;
};
