#include "cache/snapshotobjectwriter.h"

#include "cache/snapshotsql.h"

#include <QJsonDocument>

using namespace SnapshotSql;

namespace {

QVariant stringColumn(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

SnapshotObjectWriter::SnapshotObjectWriter(const SnapshotDatabase &database, const QSqlDatabase &db,
                                           qint64 generation)
    : m_database(database), m_db(db), m_generation(generation)
{}

Error SnapshotObjectWriter::prepare()
{
    Error error;
    struct Statement
    {
        QSqlQuery *query;
        const char *sql;
    };
    const Statement statements[] = {
        {&m_selectCurrent,
         "SELECT row, hash, valid_from FROM objects WHERE type = ? AND id = ? AND valid_to IS NULL"},
        {&m_selectJson, "SELECT json FROM object_json WHERE row = ?"},
        {&m_insertJson, "INSERT INTO object_json (row, json) VALUES (?, ?)"},
        {&m_updateJson, "UPDATE object_json SET json = ? WHERE row = ?"},
        // The hint keeps SQLite from scanning every version closed in this generation (objects_to).
        {&m_selectClosedHere,
         "SELECT row, hash, valid_from FROM objects INDEXED BY objects_id WHERE type = ? AND id = ?"
         " AND valid_to = ?"},
        {&m_insert,
         "INSERT INTO objects (hash, deleted, last_read, display_name, upn, mail, account_enabled,"
         " job_title, department, type, id, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_update,
         "UPDATE objects SET hash = ?, deleted = ?, last_read = ?, display_name = ?, upn = ?, mail = ?,"
         " account_enabled = ?, job_title = ?, department = ? WHERE row = ?"},
        {&m_close, "UPDATE objects SET valid_to = ? WHERE row = ?"},
        {&m_reopen, "UPDATE objects SET valid_to = NULL, last_read = ? WHERE row = ?"},
        {&m_delete, "DELETE FROM objects WHERE row = ?"}, // object_json follows (ON DELETE CASCADE)
    };
    for (const Statement &statement : statements) {
        *statement.query = QSqlQuery(m_db);
        if (!SnapshotSql::prepare(*statement.query, QString::fromLatin1(statement.sql), m_database,
                                  QStringLiteral("prepare statements"), &error))
            return error;
    }
    return Error();
}

Error SnapshotObjectWriter::loadCurrent(SnapshotObjectType type)
{
    QHash<QString, Current> &all = m_current[int(type)];
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    Error error;
    if (!SnapshotSql::prepare(
            query,
            QStringLiteral(
                "SELECT id, row, hash, valid_from FROM objects WHERE type = ? AND valid_to IS NULL"),
            m_database, typeStep("read", type), &error))
        return error;
    query.addBindValue(int(type));
    if (!exec(query, m_database, typeStep("read", type), &error))
        return error;
    while (query.next())
        all.insert(query.value(0).toString(),
                   {query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toLongLong()});
    return Error();
}

void SnapshotObjectWriter::remember(SnapshotObjectType type, const QString &id, const Current &current)
{
    if (!m_cacheCurrent)
        return;
    QHash<QString, Current> &all = m_current[int(type)];
    if (current.row)
        all.insert(id, current);
    else
        all.remove(id);
}

Error SnapshotObjectWriter::current(SnapshotObjectType type, const QString &id, Current *current)
{
    *current = Current();
    Error error;
    if (m_cacheCurrent) {
        if (!m_current.contains(int(type))) {
            if ((error = loadCurrent(type)))
                return error;
        }
        *current = m_current[int(type)].value(id);
        return Error();
    }
    m_selectCurrent.addBindValue(int(type));
    m_selectCurrent.addBindValue(id);
    if (!exec(m_selectCurrent, m_database, typeStep("read", type), &error))
        return error;
    if (m_selectCurrent.next())
        *current = {m_selectCurrent.value(0).toLongLong(), m_selectCurrent.value(1).toLongLong(),
                    m_selectCurrent.value(2).toLongLong()};
    m_selectCurrent.finish();
    return Error();
}

Error SnapshotObjectWriter::properties(qint64 row, QJsonObject *properties)
{
    Error error;
    m_selectJson.addBindValue(row);
    if (!exec(m_selectJson, m_database, QStringLiteral("read object"), &error))
        return error;
    if (m_selectJson.next())
        *properties = QJsonDocument::fromJson(m_selectJson.value(0).toByteArray()).object();
    m_selectJson.finish();
    return Error();
}

void SnapshotObjectWriter::bindColumns(QSqlQuery &query, qint64 hash, bool softDeleted, qint64 readAt,
                                       const QJsonObject &properties)
{
    query.addBindValue(hash);
    query.addBindValue(softDeleted ? 1 : 0);
    query.addBindValue(readAt);
    for (const char *key : {"displayName", "userPrincipalName", "mail"})
        query.addBindValue(stringColumn(properties, QLatin1String(key)));
    const QJsonValue enabled = properties.value(QLatin1String("accountEnabled"));
    query.addBindValue(enabled.isBool() ? QVariant(enabled.toBool() ? 1 : 0)
                                        : QVariant(QMetaType::fromType<int>()));
    for (const char *key : {"jobTitle", "department"})
        query.addBindValue(stringColumn(properties, QLatin1String(key)));
}

Error SnapshotObjectWriter::write(SnapshotObjectType type, const QString &id, const Current &current,
                                  const QJsonObject &properties, bool softDeleted, qint64 readAt,
                                  bool *changed)
{
    const QByteArray json = canonicalJson(properties);
    // The state is part of the version: a soft-deletion or a restore is a change even when no property is.
    const qint64 newHash = hash(softDeleted ? json + QByteArrayLiteral("\n(deleted)") : json);
    *changed = !current.row || newHash != current.hash;
    if (!*changed)
        return Error();
    Error error;
    if (current.row && current.from == m_generation) {
        // Already rewritten in this generation: update that version in place.
        bindColumns(m_update, newHash, softDeleted, readAt, properties);
        m_update.addBindValue(current.row);
        if (!exec(m_update, m_database, typeStep("update", type), &error))
            return error;
        m_updateJson.addBindValue(json);
        m_updateJson.addBindValue(current.row);
        exec(m_updateJson, m_database, typeStep("update", type), &error);
        remember(type, id, {current.row, newHash, current.from});
        return error;
    }
    if (current.row) {
        m_close.addBindValue(m_generation);
        m_close.addBindValue(current.row);
        if (!exec(m_close, m_database, typeStep("close", type), &error))
            return error;
        m_closedHere.insert({int(type), id});
    } else if (m_closedHere.contains({int(type), id})) {
        // Removed earlier in this generation and back unchanged: reopen that version instead.
        m_selectClosedHere.addBindValue(int(type));
        m_selectClosedHere.addBindValue(id);
        m_selectClosedHere.addBindValue(m_generation);
        if (!exec(m_selectClosedHere, m_database, typeStep("read", type), &error))
            return error;
        qint64 reopen = 0, reopenFrom = 0;
        while (m_selectClosedHere.next()) {
            if (m_selectClosedHere.value(1).toLongLong() == newHash) {
                reopen = m_selectClosedHere.value(0).toLongLong();
                reopenFrom = m_selectClosedHere.value(2).toLongLong();
            }
        }
        m_selectClosedHere.finish();
        if (reopen) {
            m_reopen.addBindValue(readAt);
            m_reopen.addBindValue(reopen);
            exec(m_reopen, m_database, typeStep("reopen", type), &error);
            remember(type, id, {reopen, newHash, reopenFrom});
            return error;
        }
    }
    bindColumns(m_insert, newHash, softDeleted, readAt, properties);
    m_insert.addBindValue(int(type));
    m_insert.addBindValue(id);
    m_insert.addBindValue(m_generation);
    if (!exec(m_insert, m_database, typeStep("insert", type), &error))
        return error;
    const qint64 row = m_insert.lastInsertId().toLongLong();
    m_insertJson.addBindValue(row);
    m_insertJson.addBindValue(json);
    exec(m_insertJson, m_database, typeStep("insert", type), &error);
    remember(type, id, {row, newHash, m_generation});
    return error;
}

Error SnapshotObjectWriter::end(SnapshotObjectType type, const QString &id, const Current &current)
{
    Error error;
    QSqlQuery &query = current.from == m_generation ? m_delete : m_close;
    if (current.from != m_generation) {
        query.addBindValue(m_generation);
        m_closedHere.insert({int(type), id});
    }
    query.addBindValue(current.row);
    exec(query, m_database, typeStep("remove", type), &error);
    remember(type, id, Current());
    return error;
}
