#pragma once

#include "cache/sqlitestatement.h"
#include "core/error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

class SnapshotDatabase;

// The snapshot's numbers for Graph object ids (the ids table), as the writer of one generation uses them:
// relations and the objects' indexes key on a number handed out the first time an id is seen, so a large
// read appends to its indexes instead of inserting 36-character random keys all over them. Numbers are
// never reused or renumbered. Looked-up numbers are kept in memory for the writer's lifetime; a full read
// loads them all at once.
class SnapshotIds
{
public:
    SnapshotIds(const SnapshotDatabase &database, const QSqlDatabase &db);

    Error prepare();
    // Reads every number in one pass (a full read meets nearly all of them); afterwards an id not in
    // memory has no number yet, and nothing more is looked up.
    Error loadAll();
    // The id's number, made if it has none yet.
    Error number(const QString &id, qint64 *n);
    // The id's number, 0 if it has none.
    Error find(const QString &id, qint64 *n);

private:
    Error failure(const QString &detail) const;

    const SnapshotDatabase &m_database;
    QSqlDatabase m_db;
    bool m_all = false;
    QHash<QString, qint64> m_numbers;
    SqliteStatement m_select, m_selectAll, m_insert;
};
