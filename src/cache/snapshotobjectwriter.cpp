#include "cache/snapshotobjectwriter.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotsql.h"

#include <QJsonDocument>

using namespace SnapshotSql;

SnapshotObjectWriter::SnapshotObjectWriter(const SnapshotDatabase &database, const QSqlDatabase &db,
                                           qint64 generation)
    : m_database(database), m_db(db), m_generation(generation)
{}

Error SnapshotObjectWriter::failure(const QString &step, const QString &detail) const
{
    return m_database.storageError(step, detail);
}

Error SnapshotObjectWriter::prepare()
{
    struct Statement
    {
        SqliteStatement *statement;
        const char *sql;
    };
    const Statement statements[] = {
        {&m_selectCurrent,
         "SELECT row, hash, valid_from FROM objects WHERE type = ? AND n = ? AND valid_to IS NULL"},
        {&m_selectAllCurrent,
         "SELECT n, row, hash, valid_from FROM objects WHERE type = ? AND valid_to IS NULL"},
        {&m_selectStored,
         "SELECT j.json, o.deleted FROM object_json j JOIN objects o USING (row) WHERE row = ?"},
        {&m_insertJson, "INSERT INTO object_json (row, json) VALUES (?, ?)"},
        {&m_updateJson, "UPDATE object_json SET json = ? WHERE row = ?"},
        // The hint keeps SQLite from scanning every version closed in this generation (objects_to).
        {&m_selectClosedHere, "SELECT row, hash, valid_from FROM objects INDEXED BY objects_id WHERE type = ?"
                              " AND n = ? AND valid_to = ?"},
        {&m_insert,
         "INSERT INTO objects (hash, deleted, last_read, display_name, upn, mail, account_enabled,"
         " job_title, department, type, id, n, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&m_update,
         "UPDATE objects SET hash = ?, deleted = ?, last_read = ?, display_name = ?, upn = ?, mail = ?,"
         " account_enabled = ?, job_title = ?, department = ? WHERE row = ?"},
        {&m_close, "UPDATE objects SET valid_to = ? WHERE row = ?"},
        {&m_reopen, "UPDATE objects SET valid_to = NULL, last_read = ? WHERE row = ?"},
        {&m_delete, "DELETE FROM objects WHERE row = ?"}, // object_json follows (ON DELETE CASCADE)
    };
    for (const Statement &statement : statements) {
        QString detail;
        if (!statement.statement->prepare(m_db, statement.sql, &detail))
            return failure(QStringLiteral("prepare statements"), detail);
    }
    return Error();
}

Error SnapshotObjectWriter::loadCurrent(SnapshotObjectType type)
{
    QHash<qint64, Current> &all = m_current[int(type)];
    QString detail;
    m_selectAllCurrent.bind(1, qint64(type));
    while (m_selectAllCurrent.next(&detail))
        all.insert(m_selectAllCurrent.int64(0),
                   {m_selectAllCurrent.int64(1), m_selectAllCurrent.int64(2), m_selectAllCurrent.int64(3)});
    m_selectAllCurrent.reset();
    return detail.isEmpty() ? Error() : failure(typeStep("read", type), detail);
}

void SnapshotObjectWriter::remember(SnapshotObjectType type, qint64 n, const Current &current)
{
    if (!m_cacheCurrent)
        return;
    QHash<qint64, Current> &all = m_current[int(type)];
    if (current.row)
        all.insert(n, current);
    else
        all.remove(n);
}

Error SnapshotObjectWriter::current(SnapshotObjectType type, qint64 n, Current *current)
{
    *current = Current();
    if (!n)
        return Error();
    if (m_cacheCurrent) {
        if (!m_current.contains(int(type))) {
            if (Error error = loadCurrent(type))
                return error;
        }
        *current = m_current[int(type)].value(n);
        return Error();
    }
    QString detail;
    m_selectCurrent.bind(1, qint64(type));
    m_selectCurrent.bind(2, n);
    if (m_selectCurrent.next(&detail))
        *current = {m_selectCurrent.int64(0), m_selectCurrent.int64(1), m_selectCurrent.int64(2)};
    m_selectCurrent.reset();
    return detail.isEmpty() ? Error() : failure(typeStep("read", type), detail);
}

Error SnapshotObjectWriter::stored(qint64 row, QJsonObject *properties, bool *softDeleted)
{
    QString detail;
    m_selectStored.bind(1, row);
    if (m_selectStored.next(&detail)) {
        *properties = QJsonDocument::fromJson(m_selectStored.blob(0)).object();
        *softDeleted = m_selectStored.int64(1) != 0;
    }
    m_selectStored.reset();
    return detail.isEmpty() ? Error() : failure(QStringLiteral("read object"), detail);
}

Error SnapshotObjectWriter::properties(qint64 row, QJsonObject *properties)
{
    bool softDeleted = false;
    return stored(row, properties, &softDeleted);
}

void SnapshotObjectWriter::bindColumns(SqliteStatement &statement, qint64 hash, bool softDeleted,
                                       qint64 readAt, const DirectoryRecord::Columns &columns)
{
    statement.bind(1, hash);
    statement.bind(2, qint64(softDeleted ? 1 : 0));
    statement.bind(3, readAt);
    statement.bind(4, columns.displayName);
    statement.bind(5, columns.userPrincipalName);
    statement.bind(6, columns.mail);
    if (columns.accountEnabled >= 0)
        statement.bind(7, qint64(columns.accountEnabled));
    else
        statement.bindNull(7);
    statement.bind(8, columns.jobTitle);
    statement.bind(9, columns.department);
}

Error SnapshotObjectWriter::write(SnapshotObjectType type, const QString &id, qint64 n,
                                  const Current &current, const QJsonObject &properties,
                                  const DirectoryRecord::Columns &columns, const QByteArray &text,
                                  bool softDeleted, qint64 readAt, bool *changed)
{
    const QByteArray json = text.isEmpty() ? canonicalJson(properties) : text;
    // The state is part of the version: a soft-deletion or a restore is a change even when no property is.
    const qint64 newHash = hash(softDeleted ? json + QByteArrayLiteral("\n(deleted)") : json);
    *changed = !current.row || newHash != current.hash;
    if (!*changed)
        return Error();
    QString detail;
    if (current.row) {
        QJsonObject storedProperties;
        bool storedDeleted = false;
        if (Error error = stored(current.row, &storedProperties, &storedDeleted))
            return error;
        // A record read as text only has its properties in its text.
        const bool textOnly = properties.isEmpty() && !text.isEmpty();
        if (storedDeleted == softDeleted &&
            storedProperties == (textOnly ? QJsonDocument::fromJson(text).object() : properties)) {
            *changed = false;
            return Error();
        }
    }
    if (current.row && current.from == m_generation) {
        // Already rewritten in this generation: update that version in place.
        bindColumns(m_update, newHash, softDeleted, readAt, columns);
        m_update.bind(10, current.row);
        m_updateJson.bindBlob(1, json);
        m_updateJson.bind(2, current.row);
        if (!m_update.run(&detail) || !m_updateJson.run(&detail))
            return failure(typeStep("update", type), detail);
        remember(type, n, {current.row, newHash, current.from});
        return Error();
    }
    if (current.row) {
        m_close.bind(1, m_generation);
        m_close.bind(2, current.row);
        if (!m_close.run(&detail))
            return failure(typeStep("close", type), detail);
        m_closedHere.insert({int(type), n});
    } else if (m_closedHere.contains({int(type), n})) {
        // Removed earlier in this generation and back unchanged: reopen that version instead.
        m_selectClosedHere.bind(1, qint64(type));
        m_selectClosedHere.bind(2, n);
        m_selectClosedHere.bind(3, m_generation);
        qint64 reopen = 0, reopenFrom = 0;
        while (m_selectClosedHere.next(&detail)) {
            if (m_selectClosedHere.int64(1) == newHash) {
                reopen = m_selectClosedHere.int64(0);
                reopenFrom = m_selectClosedHere.int64(2);
            }
        }
        m_selectClosedHere.reset();
        if (!detail.isEmpty())
            return failure(typeStep("read", type), detail);
        if (reopen) {
            m_reopen.bind(1, readAt);
            m_reopen.bind(2, reopen);
            if (!m_reopen.run(&detail))
                return failure(typeStep("reopen", type), detail);
            remember(type, n, {reopen, newHash, reopenFrom});
            return Error();
        }
    }
    bindColumns(m_insert, newHash, softDeleted, readAt, columns);
    m_insert.bind(10, qint64(type));
    m_insert.bind(11, id);
    m_insert.bind(12, n);
    m_insert.bind(13, m_generation);
    if (!m_insert.run(&detail))
        return failure(typeStep("insert", type), detail);
    const qint64 row = m_insert.lastInsertId();
    m_insertJson.bind(1, row);
    m_insertJson.bindBlob(2, json);
    if (!m_insertJson.run(&detail))
        return failure(typeStep("insert", type), detail);
    remember(type, n, {row, newHash, m_generation});
    return Error();
}

Error SnapshotObjectWriter::end(SnapshotObjectType type, qint64 n, const Current &current)
{
    QString detail;
    bool ok = false;
    if (current.from == m_generation) {
        m_delete.bind(1, current.row);
        ok = m_delete.run(&detail);
    } else {
        m_close.bind(1, m_generation);
        m_close.bind(2, current.row);
        ok = m_close.run(&detail);
        m_closedHere.insert({int(type), n});
    }
    if (!ok)
        return failure(typeStep("remove", type), detail);
    remember(type, n, Current());
    return Error();
}
