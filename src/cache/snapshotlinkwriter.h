#pragma once

#include "cache/snapshottypes.h"
#include "cache/sqlitestatement.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <vector>

class SnapshotDatabase;
class SnapshotIds;

// Versioned writes of relations (container -> member) for the running generation; used by SnapshotWriter
// inside its transactions. A relation added and removed within one generation leaves no trace. Ids are
// Graph ids; the table keys on their numbers (SnapshotIds), made here when a new relation needs one.
class SnapshotLinkWriter
{
public:
    SnapshotLinkWriter(const SnapshotDatabase &database, const QSqlDatabase &db, SnapshotIds &ids,
                       qint64 generation);

    Error prepare();
    // A first full read into an empty snapshot: nothing is current before this generation, and the indexes
    // are built at its end. Each container's member list and each member's container list is then written
    // once, by inserts alone; anything else (a list written twice, a single add or removal) first calls
    // `buildIndexes` and carries on as usual.
    void setBulk(std::function<Error()> buildIndexes);
    bool isBulk() const { return m_bulk; }
    // Ends bulk writing (builds the indexes); nothing to do outside it.
    Error endBulk();
    Error add(SnapshotRelation relation, const QString &containerId, const QString &memberId,
              const QString &memberType);
    Error remove(SnapshotRelation relation, const QString &containerId, const QString &memberId);
    // Makes the container's members exactly `wanted` (member id -> member type).
    Error setMembersOf(SnapshotRelation relation, const QString &containerId,
                       const QHash<QString, QString> &wanted);
    // Makes the member's containers exactly `containerIds` (a user's licences). `memberNumber`, when not 0,
    // is the member's number (SnapshotIds) as the caller already has it.
    Error setContainersOf(SnapshotRelation relation, const QString &memberId, const QString &memberType,
                          const QSet<QString> &containerIds, qint64 memberNumber = 0);
    // Removes every relation the object is a member of, and those of `containedRelations` it contains.
    Error removeAllOf(qint64 n, const QList<SnapshotRelation> &containedRelations);

private:
    struct Current
    {
        qint64 row = 0;
        qint64 from = 0;
        qint64 other = 0; // the number of the container or member at the other end
        QString otherId;
    };
    using Key = std::pair<int, std::pair<qint64, qint64>>; // relation, container, member
    Error end(const Key &key, qint64 row, qint64 from);
    // Adds a relation known not to be current (the caller has just listed them).
    Error addAbsent(SnapshotRelation relation, qint64 container, qint64 member, const QString &memberType);
    Error insertNew(const Key &key, const QString &memberType);
    // Binds one row of an INSERT INTO links (relation, container, member, member_type, valid_from) from
    // parameter `first` on.
    void bindRow(SqliteStatement &statement, int first, const Key &key, const QString &memberType);
    // In bulk, new relations are kept and written kRowsPerInsert to one INSERT (one statement step for many
    // rows); the rest are written before anything reads or changes the table.
    Error flushPending();
    Error list(SqliteStatement &query, SnapshotRelation relation, qint64 n, QList<Current> *rows);
    Error failure(const QString &detail) const;
    // In bulk: whether `relation` can take a whole list written by inserts alone (never listed before, and
    // each relation written from one side only).
    bool bulkFirstList(SnapshotRelation relation, qint64 n, bool byContainer);

    const SnapshotDatabase &m_database;
    QSqlDatabase m_db;
    SnapshotIds &m_ids;
    qint64 m_generation;
    // Relations with a version closed by this generation: only they can have one to reopen, so a new
    // relation costs one INSERT and no look-up.
    QSet<Key> m_closedHere;
    bool m_bulk = false;
    std::function<Error()> m_buildIndexes;
    // The numbers of the containers setContainersOf() met: a few licence pools, each met for most users.
    QHash<QString, qint64> m_containerNumbers;
    Error containerNumber(const QString &id, qint64 *n);
    QHash<int, bool> m_bulkSide;               // relation -> written by container (true) or member
    QSet<std::pair<int, qint64>> m_bulkListed; // relation, container or member listed in bulk
    struct PendingRow
    {
        Key key;
        QString memberType;
    };
    static constexpr int kRowsPerInsert = 64;
    std::vector<PendingRow> m_pending;
    SqliteStatement m_select, m_selectClosedHere, m_insert, m_insertMany, m_close, m_reopen, m_delete,
        m_byMember, m_byContainer;
};
