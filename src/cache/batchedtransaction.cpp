#include "cache/batchedtransaction.h"

#include "cache/logging.h"
#include "cache/snapshotsql.h"

#include <QSqlError>
#include <QSqlQuery>

BatchedTransaction::BatchedTransaction(const SnapshotDatabase &database, int batchSize)
    : m_database(database), m_batchSize(qMax(1, batchSize))
{}

Error BatchedTransaction::begin()
{
    Error error;
    if (!SnapshotSql::execDirect(m_db, QStringLiteral("BEGIN IMMEDIATE"), m_database,
                                 QStringLiteral("begin batch"), &error))
        return error;
    m_open = true;
    m_pending = 0;
    return Error();
}

Error BatchedTransaction::commit()
{
    Error error;
    if (!SnapshotSql::execDirect(m_db, QStringLiteral("COMMIT"), m_database, QStringLiteral("commit batch"),
                                 &error))
        return error;
    m_open = false;
    return Error();
}

Error BatchedTransaction::count()
{
    if (++m_pending < m_batchSize)
        return Error();
    if (Error error = commit())
        return error;
    return begin();
}

void BatchedTransaction::rollBack()
{
    if (!m_open)
        return;
    m_open = false;
    // A failed ROLLBACK leaves nothing to do but say so: the next open() rolls the generation back.
    SnapshotSql::rollBack(m_db, QStringLiteral("the snapshot transaction"));
}
