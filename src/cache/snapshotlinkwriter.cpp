#include "cache/snapshotlinkwriter.h"

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

Error SnapshotLinkWriter::prepare()
{
    Error error;
    struct Statement
    {
        QSqlQuery *query;
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
        *statement.query = QSqlQuery(m_db);
        if (!SnapshotSql::prepare(*statement.query, QString::fromLatin1(statement.sql), m_database, linkStep,
                                  &error))
            return error;
    }
    return Error();
}

Error SnapshotLinkWriter::add(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                              const QString &memberType)
{
    Error error;
    m_select.addBindValue(int(relation));
    m_select.addBindValue(containerId);
    m_select.addBindValue(memberId);
    if (!exec(m_select, m_database, linkStep, &error))
        return error;
    const bool exists = m_select.next();
    m_select.finish();
    if (exists)
        return Error();
    return addAbsent(relation, containerId, memberId, memberType);
}

Error SnapshotLinkWriter::addAbsent(SnapshotRelation relation, const QString &containerId,
                                    const QString &memberId, const QString &memberType)
{
    Error error;
    if (!m_closedHere.contains(linkKey(relation, containerId, memberId)))
        return insertNew(relation, containerId, memberId, memberType);
    m_selectClosedHere.addBindValue(int(relation));
    m_selectClosedHere.addBindValue(memberId);
    m_selectClosedHere.addBindValue(containerId);
    m_selectClosedHere.addBindValue(m_generation);
    if (!exec(m_selectClosedHere, m_database, linkStep, &error))
        return error;
    const qint64 closedRow = m_selectClosedHere.next() ? m_selectClosedHere.value(0).toLongLong() : 0;
    m_selectClosedHere.finish();
    if (closedRow) {
        m_reopen.addBindValue(closedRow);
        exec(m_reopen, m_database, linkStep, &error);
        return error;
    }
    return insertNew(relation, containerId, memberId, memberType);
}

Error SnapshotLinkWriter::insertNew(SnapshotRelation relation, const QString &containerId,
                                    const QString &memberId, const QString &memberType)
{
    Error error;
    m_insert.addBindValue(int(relation));
    m_insert.addBindValue(containerId);
    m_insert.addBindValue(memberId);
    m_insert.addBindValue(memberType);
    m_insert.addBindValue(m_generation);
    exec(m_insert, m_database, linkStep, &error);
    return error;
}

Error SnapshotLinkWriter::end(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                              qint64 row, qint64 from)
{
    Error error;
    if (from == m_generation) {
        m_delete.addBindValue(row);
        exec(m_delete, m_database, linkStep, &error);
    } else {
        m_close.addBindValue(m_generation);
        m_close.addBindValue(row);
        exec(m_close, m_database, linkStep, &error);
        m_closedHere.insert(linkKey(relation, containerId, memberId));
    }
    return error;
}

Error SnapshotLinkWriter::remove(SnapshotRelation relation, const QString &containerId,
                                 const QString &memberId)
{
    Error error;
    m_select.addBindValue(int(relation));
    m_select.addBindValue(containerId);
    m_select.addBindValue(memberId);
    if (!exec(m_select, m_database, linkStep, &error))
        return error;
    Current current;
    if (m_select.next()) {
        current.row = m_select.value(0).toLongLong();
        current.from = m_select.value(1).toLongLong();
    }
    m_select.finish();
    return current.row ? end(relation, containerId, memberId, current.row, current.from) : Error();
}

Error SnapshotLinkWriter::list(QSqlQuery &query, SnapshotRelation relation, const QString &id,
                               QList<Current> *rows)
{
    Error error;
    query.addBindValue(int(relation));
    query.addBindValue(id);
    if (!exec(query, m_database, linkStep, &error))
        return error;
    while (query.next())
        rows->append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    query.finish();
    return Error();
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
