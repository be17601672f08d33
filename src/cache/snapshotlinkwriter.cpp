#include "cache/snapshotlinkwriter.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotsql.h"

using namespace SnapshotSql;

namespace {
const QString linkStep = QStringLiteral("write memberships");

QString linkKey(SnapshotRelation relation, const QString &containerId, const QString &memberId)
{
    return QString::number(int(relation)) + QLatin1Char('|') + containerId + QLatin1Char('|') + memberId;
}
} // namespace

SnapshotLinkWriter::SnapshotLinkWriter(const SnapshotDatabase &database, const QSqlDatabase &db,
                                       qint64 generation)
    : m_database(database), m_db(db), m_generation(generation)
{}

Error SnapshotLinkWriter::failure(const QString &detail) const
{
    return m_database.storageError(linkStep, detail);
}

Error SnapshotLinkWriter::prepare()
{
    struct Statement
    {
        SqliteStatement *statement;
        const char *sql;
    };
    const Statement statements[] = {
        {&m_select,
         "SELECT row, valid_from FROM links WHERE relation = ? AND container_id = ? AND member_id = ?"
         " AND valid_to IS NULL"},
        {&m_selectClosedHere,
         "SELECT row FROM links WHERE relation = ? AND member_id = ? AND container_id = ?"
         " AND valid_to = ?"},
        {&m_insert, "INSERT INTO links (relation, container_id, member_id, member_type, valid_from)"
                    " VALUES (?, ?, ?, ?, ?)"},
        {&m_close, "UPDATE links SET valid_to = ? WHERE row = ?"},
        {&m_reopen, "UPDATE links SET valid_to = NULL WHERE row = ?"},
        {&m_delete, "DELETE FROM links WHERE row = ?"},
        {&m_byMember, "SELECT row, valid_from, container_id FROM links WHERE relation = ? AND member_id = ?"
                      " AND valid_to IS NULL"},
        {&m_byContainer,
         // Without the hint SQLite may pick links_member and scan the whole relation for every container.
         "SELECT row, valid_from, member_id FROM links INDEXED BY links_current WHERE relation = ?"
         " AND container_id = ? AND valid_to IS NULL"},
    };
    for (const Statement &statement : statements) {
        QString detail;
        if (!statement.statement->prepare(m_db, statement.sql, &detail))
            return failure(detail);
    }
    return Error();
}

Error SnapshotLinkWriter::add(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                              const QString &memberType)
{
    QString detail;
    m_select.bind(1, qint64(relation));
    m_select.bind(2, containerId);
    m_select.bind(3, memberId);
    const bool exists = m_select.next(&detail);
    m_select.reset();
    if (!detail.isEmpty())
        return failure(detail);
    if (exists)
        return Error();
    return addAbsent(relation, containerId, memberId, memberType);
}

Error SnapshotLinkWriter::addAbsent(SnapshotRelation relation, const QString &containerId,
                                    const QString &memberId, const QString &memberType)
{
    if (!m_closedHere.contains(linkKey(relation, containerId, memberId)))
        return insertNew(relation, containerId, memberId, memberType);
    QString detail;
    m_selectClosedHere.bind(1, qint64(relation));
    m_selectClosedHere.bind(2, memberId);
    m_selectClosedHere.bind(3, containerId);
    m_selectClosedHere.bind(4, m_generation);
    const qint64 closedRow = m_selectClosedHere.next(&detail) ? m_selectClosedHere.int64(0) : 0;
    m_selectClosedHere.reset();
    if (!detail.isEmpty())
        return failure(detail);
    if (closedRow) {
        m_reopen.bind(1, closedRow);
        return m_reopen.run(&detail) ? Error() : failure(detail);
    }
    return insertNew(relation, containerId, memberId, memberType);
}

Error SnapshotLinkWriter::insertNew(SnapshotRelation relation, const QString &containerId,
                                    const QString &memberId, const QString &memberType)
{
    QString detail;
    m_insert.bind(1, qint64(relation));
    m_insert.bind(2, containerId);
    m_insert.bind(3, memberId);
    m_insert.bind(4, memberType);
    m_insert.bind(5, m_generation);
    return m_insert.run(&detail) ? Error() : failure(detail);
}

Error SnapshotLinkWriter::end(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                              qint64 row, qint64 from)
{
    QString detail;
    if (from == m_generation) {
        m_delete.bind(1, row);
        return m_delete.run(&detail) ? Error() : failure(detail);
    }
    m_close.bind(1, m_generation);
    m_close.bind(2, row);
    if (!m_close.run(&detail))
        return failure(detail);
    m_closedHere.insert(linkKey(relation, containerId, memberId));
    return Error();
}

Error SnapshotLinkWriter::remove(SnapshotRelation relation, const QString &containerId,
                                 const QString &memberId)
{
    QString detail;
    m_select.bind(1, qint64(relation));
    m_select.bind(2, containerId);
    m_select.bind(3, memberId);
    Current current;
    if (m_select.next(&detail)) {
        current.row = m_select.int64(0);
        current.from = m_select.int64(1);
    }
    m_select.reset();
    if (!detail.isEmpty())
        return failure(detail);
    return current.row ? end(relation, containerId, memberId, current.row, current.from) : Error();
}

Error SnapshotLinkWriter::list(SqliteStatement &query, SnapshotRelation relation, const QString &id,
                               QList<Current> *rows)
{
    QString detail;
    query.bind(1, qint64(relation));
    query.bind(2, id);
    while (query.next(&detail))
        rows->append({query.int64(0), query.int64(1), query.text(2)});
    query.reset();
    return detail.isEmpty() ? Error() : failure(detail);
}

Error SnapshotLinkWriter::setMembersOf(SnapshotRelation relation, const QString &containerId,
                                       const QHash<QString, QString> &wanted)
{
    QList<Current> rows;
    if (Error error = list(m_byContainer, relation, containerId, &rows))
        return error;
    QSet<QString> present;
    for (const Current &current : std::as_const(rows)) {
        if (wanted.contains(current.otherId)) {
            present.insert(current.otherId);
        } else if (Error error = end(relation, containerId, current.otherId, current.row, current.from)) {
            return error;
        }
    }
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (present.contains(it.key()))
            continue;
        if (Error error = addAbsent(relation, containerId, it.key(), it.value()))
            return error;
    }
    return Error();
}

Error SnapshotLinkWriter::setContainersOf(SnapshotRelation relation, const QString &memberId,
                                          const QString &memberType, const QSet<QString> &containerIds)
{
    QList<Current> rows;
    if (Error error = list(m_byMember, relation, memberId, &rows))
        return error;
    QSet<QString> present;
    for (const Current &current : std::as_const(rows)) {
        if (containerIds.contains(current.otherId)) {
            present.insert(current.otherId);
        } else if (Error error = end(relation, current.otherId, memberId, current.row, current.from)) {
            return error;
        }
    }
    for (const QString &containerId : containerIds) {
        if (present.contains(containerId))
            continue;
        if (Error error = addAbsent(relation, containerId, memberId, memberType))
            return error;
    }
    return Error();
}

Error SnapshotLinkWriter::removeAllOf(const QString &id, const QList<SnapshotRelation> &containedRelations)
{
    for (int value = int(SnapshotRelation::GroupMember); value <= int(SnapshotRelation::UserLicence);
         ++value) {
        const SnapshotRelation relation = SnapshotRelation(value);
        QList<Current> rows;
        if (Error error = list(m_byMember, relation, id, &rows))
            return error;
        for (const Current &current : std::as_const(rows)) {
            if (Error error = end(relation, current.otherId, id, current.row, current.from))
                return error;
        }
    }
    for (SnapshotRelation relation : containedRelations) {
        QList<Current> rows;
        if (Error error = list(m_byContainer, relation, id, &rows))
            return error;
        for (const Current &current : std::as_const(rows)) {
            if (Error error = end(relation, id, current.otherId, current.row, current.from))
                return error;
        }
    }
    return Error();
}
