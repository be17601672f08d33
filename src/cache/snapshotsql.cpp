#include "cache/snapshotsql.h"

#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotschema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QThread>

namespace SnapshotSql {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool prepare(QSqlQuery &query, const QString &sql, const SnapshotDatabase &owner, const QString &step,
             Error *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = owner.storageError(step, query.lastError().text());
    return false;
}

bool exec(QSqlQuery &query, const SnapshotDatabase &owner, const QString &step, Error *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = owner.storageError(step, query.lastError().text());
    return false;
}

bool execDirect(QSqlDatabase &db, const QString &sql, const SnapshotDatabase &owner, const QString &step,
                Error *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = owner.storageError(step, query.lastError().text());
    return false;
}

void rollBack(QSqlDatabase &db, const QString &step)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcCache) << "Rolling back" << step << "failed:" << query.lastError().text();
}

Error rollBackGeneration(QSqlDatabase &db, const SnapshotDatabase &owner, qint64 id)
{
    Error error;
    const QString step = QStringLiteral("roll back generation");
    if (!execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), owner, step, &error))
        return error;
    // New versions go first, so that reopening the versions they replaced cannot collide with them.
    const char *statements[] = {
        "DELETE FROM objects WHERE %1 AND valid_from = ?",
        "UPDATE objects SET valid_to = NULL WHERE valid_to = ?",
        "DELETE FROM links WHERE %2 AND valid_from = ?",
        "UPDATE links SET valid_to = NULL WHERE valid_to = ?",
        "DELETE FROM collections WHERE generation = ?",
        "UPDATE generations SET status = 'aborted', finished = ? WHERE id = ? AND status = 'running'",
    };
    for (const char *sql : statements) {
        QSqlQuery query(db);
        const QString text = QString::fromLatin1(sql)
                                 .replace(QLatin1String("%1"), writtenFrom("objects"))
                                 .replace(QLatin1String("%2"), writtenFrom("links"));
        if (!prepare(query, text, owner, step, &error))
            break;
        const bool generations = QByteArray(sql).startsWith("UPDATE generations");
        if (generations)
            query.addBindValue(nowMs());
        for (qsizetype i = text.count(QLatin1Char('?')) - (generations ? 1 : 0); i > 0; --i)
            query.addBindValue(id);
        if (!exec(query, owner, step, &error))
            break;
    }
    if (error) {
        rollBack(db, step);
        return error;
    }
    if (!execDirect(db, QStringLiteral("COMMIT"), owner, step, &error))
        return error;
    qCInfo(lcCache) << "Rolled back unfinished generation" << id;
    return Error();
}

QString writtenFrom(const char *table)
{
    return QStringLiteral("row >= coalesce((SELECT first_%1_row FROM generations WHERE id = ?), 0)")
        .arg(QLatin1String(table[0] == 'o' ? "object" : "link"));
}

Error recoverUnfinished(QSqlDatabase &db, const SnapshotDatabase &owner)
{
    QList<qint64> running;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT id FROM generations WHERE status = 'running'")))
            return owner.storageError(QStringLiteral("find unfinished generations"),
                                      query.lastError().text());
        while (query.next())
            running.append(query.value(0).toLongLong());
    }
    for (qint64 id : std::as_const(running)) {
        if (Error error = rollBackGeneration(db, owner, id))
            return error;
    }
    return ensureIndexes(db, owner);
}

Error ensureIndexes(QSqlDatabase &db, const SnapshotDatabase &owner)
{
    Error error;
    // The sorts of an index build may use the other cores: at the end of a full read the build is all there
    // is left to wait for.
    const int threads = qBound(1, QThread::idealThreadCount(), 4);
    if (!execDirect(db, QStringLiteral("PRAGMA threads = %1").arg(threads), owner,
                    QStringLiteral("build indexes"), &error))
        return error;
    for (const QString &sql : SnapshotSchema::deferrableIndexes()) {
        if (!execDirect(db, sql, owner, QStringLiteral("build indexes"), &error))
            return error;
    }
    return Error();
}

QByteArray canonicalJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

qint64 hash(const QByteArray &bytes)
{
    // FNV-1a, 64 bit: stable across runs, platforms and Qt versions (qHash is seeded).
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return qint64(h);
}

QString typeStep(const char *what, SnapshotObjectType type)
{
    return QString::fromLatin1(what) + QLatin1Char(' ') + snapshotObjectTypeId(type);
}

QString kindText(SnapshotGeneration::Kind kind)
{
    return kind == SnapshotGeneration::Kind::Full ? QStringLiteral("full") : QStringLiteral("delta");
}

QString statusText(SnapshotGeneration::Status status)
{
    switch (status) {
    case SnapshotGeneration::Status::Running:
        return QStringLiteral("running");
    case SnapshotGeneration::Status::Complete:
        return QStringLiteral("complete");
    case SnapshotGeneration::Status::Aborted:
        return QStringLiteral("aborted");
    }
    return QString();
}

SnapshotGeneration::Kind kindFromText(const QString &text)
{
    return text == QLatin1String("delta") ? SnapshotGeneration::Kind::Delta : SnapshotGeneration::Kind::Full;
}

SnapshotGeneration::Status statusFromText(const QString &text)
{
    if (text == QLatin1String("complete"))
        return SnapshotGeneration::Status::Complete;
    if (text == QLatin1String("aborted"))
        return SnapshotGeneration::Status::Aborted;
    return SnapshotGeneration::Status::Running;
}

} // namespace SnapshotSql
