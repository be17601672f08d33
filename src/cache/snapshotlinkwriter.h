#pragma once

#include "cache/snapshottypes.h"
#include "cache/sqlitestatement.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

class SnapshotDatabase;

// Versioned writes of relations (container -> member) for the running generation; used by SnapshotWriter
// inside its transactions. A relation added and removed within one generation leaves no trace.
class SnapshotLinkWriter
{
public:
    SnapshotLinkWriter(const SnapshotDatabase &database, const QSqlDatabase &db, qint64 generation);

    Error prepare();
    Error add(SnapshotRelation relation, const QString &containerId, const QString &memberId,
              const QString &memberType);
    Error remove(SnapshotRelation relation, const QString &containerId, const QString &memberId);
    // Makes the container's members exactly `wanted` (member id -> member type).
    Error setMembersOf(SnapshotRelation relation, const QString &containerId,
                       const QHash<QString, QString> &wanted);
    // Makes the member's containers exactly `containerIds` (a user's licences).
    Error setContainersOf(SnapshotRelation relation, const QString &memberId, const QString &memberType,
                          const QSet<QString> &containerIds);
    // Removes every relation the object is a member of, and those of `containedRelations` it contains.
    Error removeAllOf(const QString &id, const QList<SnapshotRelation> &containedRelations);

private:
    struct Current
    {
        qint64 row = 0;
        qint64 from = 0;
        QString otherId;
    };
    Error end(SnapshotRelation relation, const QString &containerId, const QString &memberId, qint64 row,
              qint64 from);
    // Adds a relation known not to be current (the caller has just listed them).
    Error addAbsent(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                    const QString &memberType);
    Error insertNew(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                    const QString &memberType);
    Error list(SqliteStatement &query, SnapshotRelation relation, const QString &id, QList<Current> *rows);
    Error failure(const QString &detail) const;

    const SnapshotDatabase &m_database;
    QSqlDatabase m_db;
    qint64 m_generation;
    // Relations with a version closed by this generation ("relation|container|member"): only they can have
    // one to reopen, so a new relation costs one INSERT and no look-up.
    QSet<QString> m_closedHere;
    SqliteStatement m_select, m_selectClosedHere, m_insert, m_close, m_reopen, m_delete, m_byMember,
        m_byContainer;
};
