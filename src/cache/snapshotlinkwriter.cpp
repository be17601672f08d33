#include "cache/snapshotlinkwriter.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotids.h"
#include "cache/snapshotsql.h"

using namespace SnapshotSql;

namespace {
const QString linkStep = QStringLiteral("write memberships");
} // namespace

SnapshotLinkWriter::SnapshotLinkWriter(const SnapshotDatabase &database, const QSqlDatabase &db,
                                       SnapshotIds &ids, qint64 generation)
    : m_database(database), m_db(db), m_ids(ids), m_generation(generation)
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
        {&m_select, "SELECT row, valid_from FROM links WHERE relation = ? AND container = ? AND member = ?"
                    " AND valid_to IS NULL"},
        {&m_selectClosedHere, "SELECT row FROM links WHERE relation = ? AND member = ? AND container = ?"
                              " AND valid_to = ?"},
        {&m_insert, "INSERT INTO links (relation, container, member, member_type, valid_from)"
                    " VALUES (?, ?, ?, ?, ?)"},
        {&m_close, "UPDATE links SET valid_to = ? WHERE row = ?"},
        {&m_reopen, "UPDATE links SET valid_to = NULL WHERE row = ?"},
        {&m_delete, "DELETE FROM links WHERE row = ?"},
        {&m_byMember,
         "SELECT l.row, l.valid_from, l.container, i.id FROM links l JOIN ids i ON i.n = l.container"
         " WHERE l.relation = ? AND l.member = ? AND l.valid_to IS NULL"},
        {&m_byContainer,
         // Without the hint SQLite may pick links_member and scan the whole relation for every container.
         "SELECT l.row, l.valid_from, l.member, i.id FROM links l INDEXED BY links_current"
         " JOIN ids i ON i.n = l.member WHERE l.relation = ? AND l.container = ? AND l.valid_to IS NULL"},
    };
    for (const Statement &statement : statements) {
        QString detail;
        if (!statement.statement->prepare(m_db, statement.sql, &detail))
            return failure(detail);
    }
    QByteArray many = "INSERT INTO links (relation, container, member, member_type, valid_from) VALUES ";
    for (int row = 0; row < kRowsPerInsert; ++row)
        many += row == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)";
    QString detail;
    if (!m_insertMany.prepare(m_db, many.constData(), &detail))
        return failure(detail);
    return Error();
}

void SnapshotLinkWriter::setBulk(std::function<Error()> buildIndexes)
{
    m_bulk = true;
    m_buildIndexes = std::move(buildIndexes);
}

Error SnapshotLinkWriter::endBulk()
{
    if (!m_bulk)
        return Error();
    if (Error error = flushPending())
        return error;
    m_bulk = false;
    m_bulkSide.clear();
    m_bulkListed.clear();
    return m_buildIndexes();
}

bool SnapshotLinkWriter::bulkFirstList(SnapshotRelation relation, qint64 n, bool byContainer)
{
    const auto side = m_bulkSide.constFind(int(relation));
    if (side != m_bulkSide.constEnd() && *side != byContainer)
        return false;
    if (m_bulkListed.contains({int(relation), n}))
        return false;
    m_bulkSide.insert(int(relation), byContainer);
    m_bulkListed.insert({int(relation), n});
    return true;
}

Error SnapshotLinkWriter::add(SnapshotRelation relation, const QString &containerId, const QString &memberId,
                              const QString &memberType)
{
    if (Error error = endBulk())
        return error;
    qint64 container = 0, member = 0;
    if (Error error = m_ids.number(containerId, &container))
        return error;
    if (Error error = m_ids.number(memberId, &member))
        return error;
    QString detail;
    m_select.bind(1, qint64(relation));
    m_select.bind(2, container);
    m_select.bind(3, member);
    const bool exists = m_select.next(&detail);
    m_select.reset();
    if (!detail.isEmpty())
        return failure(detail);
    if (exists)
        return Error();
    return addAbsent(relation, container, member, memberType);
}

Error SnapshotLinkWriter::addAbsent(SnapshotRelation relation, qint64 container, qint64 member,
                                    const QString &memberType)
{
    const Key key{int(relation), {container, member}};
    if (!m_closedHere.contains(key))
        return insertNew(key, memberType);
    QString detail;
    m_selectClosedHere.bind(1, qint64(relation));
    m_selectClosedHere.bind(2, member);
    m_selectClosedHere.bind(3, container);
    m_selectClosedHere.bind(4, m_generation);
    const qint64 closedRow = m_selectClosedHere.next(&detail) ? m_selectClosedHere.int64(0) : 0;
    m_selectClosedHere.reset();
    if (!detail.isEmpty())
        return failure(detail);
    if (closedRow) {
        m_reopen.bind(1, closedRow);
        return m_reopen.run(&detail) ? Error() : failure(detail);
    }
    return insertNew(key, memberType);
}

Error SnapshotLinkWriter::flushPending()
{
    QString detail;
    size_t done = 0;
    for (; m_pending.size() - done >= size_t(kRowsPerInsert); done += kRowsPerInsert) {
        for (int row = 0; row < kRowsPerInsert; ++row)
            bindRow(m_insertMany, row * 5 + 1, m_pending[done + size_t(row)].key,
                    m_pending[done + size_t(row)].memberType);
        if (!m_insertMany.run(&detail)) {
            m_pending.clear();
            return failure(detail);
        }
    }
    for (; done < m_pending.size(); ++done) {
        bindRow(m_insert, 1, m_pending[done].key, m_pending[done].memberType);
        if (!m_insert.run(&detail)) {
            m_pending.clear();
            return failure(detail);
        }
    }
    m_pending.clear();
    return Error();
}

Error SnapshotLinkWriter::insertNew(const Key &key, const QString &memberType)
{
    if (m_bulk) {
        m_pending.push_back({key, memberType});
        return m_pending.size() >= size_t(kRowsPerInsert) ? flushPending() : Error();
    }
    QString detail;
    bindRow(m_insert, 1, key, memberType);
    return m_insert.run(&detail) ? Error() : failure(detail);
}

void SnapshotLinkWriter::bindRow(SqliteStatement &statement, int first, const Key &key,
                                 const QString &memberType)
{
    statement.bind(first, qint64(key.first));
    statement.bind(first + 1, key.second.first);
    statement.bind(first + 2, key.second.second);
    statement.bind(first + 3, memberType);
    statement.bind(first + 4, m_generation);
}

Error SnapshotLinkWriter::end(const Key &key, qint64 row, qint64 from)
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
    m_closedHere.insert(key);
    return Error();
}

Error SnapshotLinkWriter::remove(SnapshotRelation relation, const QString &containerId,
                                 const QString &memberId)
{
    if (Error error = endBulk())
        return error;
    qint64 container = 0, member = 0;
    if (Error error = m_ids.find(containerId, &container))
        return error;
    if (Error error = m_ids.find(memberId, &member))
        return error;
    if (!container || !member)
        return Error(); // never seen: nothing to remove
    QString detail;
    m_select.bind(1, qint64(relation));
    m_select.bind(2, container);
    m_select.bind(3, member);
    Current current;
    if (m_select.next(&detail)) {
        current.row = m_select.int64(0);
        current.from = m_select.int64(1);
    }
    m_select.reset();
    if (!detail.isEmpty())
        return failure(detail);
    return current.row ? end({int(relation), {container, member}}, current.row, current.from) : Error();
}

Error SnapshotLinkWriter::list(SqliteStatement &query, SnapshotRelation relation, qint64 n,
                               QList<Current> *rows)
{
    QString detail;
    query.bind(1, qint64(relation));
    query.bind(2, n);
    while (query.next(&detail))
        rows->append({query.int64(0), query.int64(1), query.int64(2), query.text(3)});
    query.reset();
    return detail.isEmpty() ? Error() : failure(detail);
}

Error SnapshotLinkWriter::setMembersOf(SnapshotRelation relation, const QString &containerId,
                                       const QHash<QString, QString> &wanted)
{
    qint64 container = 0;
    if (Error error = m_ids.number(containerId, &container))
        return error;
    if (m_bulk && bulkFirstList(relation, container, true)) {
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            qint64 member = 0;
            Error error = m_ids.number(it.key(), &member);
            if (!error)
                error = insertNew({int(relation), {container, member}}, it.value());
            if (error)
                return error;
        }
        return Error();
    }
    if (Error error = endBulk())
        return error;
    QList<Current> rows;
    if (Error error = list(m_byContainer, relation, container, &rows))
        return error;
    QSet<QString> present;
    for (const Current &current : std::as_const(rows)) {
        if (wanted.contains(current.otherId)) {
            present.insert(current.otherId);
        } else if (Error error =
                       end({int(relation), {container, current.other}}, current.row, current.from)) {
            return error;
        }
    }
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        if (present.contains(it.key()))
            continue;
        qint64 member = 0;
        if (Error error = m_ids.number(it.key(), &member))
            return error;
        if (Error error = addAbsent(relation, container, member, it.value()))
            return error;
    }
    return Error();
}

Error SnapshotLinkWriter::containerNumber(const QString &id, qint64 *n)
{
    const auto known = m_containerNumbers.constFind(id);
    if (known != m_containerNumbers.constEnd()) {
        *n = *known;
        return Error();
    }
    if (Error error = m_ids.number(id, n))
        return error;
    if (m_containerNumbers.size() >= 256) // not a few after all: keep it small
        m_containerNumbers.clear();
    m_containerNumbers.insert(id, *n);
    return Error();
}

Error SnapshotLinkWriter::setContainersOf(SnapshotRelation relation, const QString &memberId,
                                          const QString &memberType, const QSet<QString> &containerIds,
                                          qint64 memberNumber)
{
    qint64 member = memberNumber;
    if (!member) {
        if (Error error = m_ids.number(memberId, &member))
            return error;
    }
    if (m_bulk && bulkFirstList(relation, member, false)) {
        for (const QString &containerId : containerIds) {
            qint64 container = 0;
            Error error = containerNumber(containerId, &container);
            if (!error)
                error = insertNew({int(relation), {container, member}}, memberType);
            if (error)
                return error;
        }
        return Error();
    }
    if (Error error = endBulk())
        return error;
    QList<Current> rows;
    if (Error error = list(m_byMember, relation, member, &rows))
        return error;
    QSet<QString> present;
    for (const Current &current : std::as_const(rows)) {
        if (containerIds.contains(current.otherId)) {
            present.insert(current.otherId);
        } else if (Error error = end({int(relation), {current.other, member}}, current.row, current.from)) {
            return error;
        }
    }
    for (const QString &containerId : containerIds) {
        if (present.contains(containerId))
            continue;
        qint64 container = 0;
        if (Error error = containerNumber(containerId, &container))
            return error;
        if (Error error = addAbsent(relation, container, member, memberType))
            return error;
    }
    return Error();
}

Error SnapshotLinkWriter::removeAllOf(qint64 n, const QList<SnapshotRelation> &containedRelations)
{
    if (Error error = endBulk())
        return error;
    for (int value = int(SnapshotRelation::GroupMember); value <= int(SnapshotRelation::UserLicence);
         ++value) {
        const SnapshotRelation relation = SnapshotRelation(value);
        QList<Current> rows;
        if (Error error = list(m_byMember, relation, n, &rows))
            return error;
        for (const Current &current : std::as_const(rows)) {
            if (Error error = end({value, {current.other, n}}, current.row, current.from))
                return error;
        }
    }
    for (SnapshotRelation relation : containedRelations) {
        QList<Current> rows;
        if (Error error = list(m_byContainer, relation, n, &rows))
            return error;
        for (const Current &current : std::as_const(rows)) {
            if (Error error = end({int(relation), {n, current.other}}, current.row, current.from))
                return error;
        }
    }
    return Error();
}
