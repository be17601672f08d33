#pragma once

#include "core/error.h"

#include <QSqlDatabase>

class SnapshotDatabase;

// The snapshot writer's transactions: writes are grouped into transactions of `batchSize` writes (SQLite is
// fast inside one, slow outside), committed as they fill up. Rolling back says so in the log when it fails.
class BatchedTransaction
{
public:
    BatchedTransaction(const SnapshotDatabase &database, int batchSize);

    void setConnection(const QSqlDatabase &db) { m_db = db; }
    Error begin();
    Error commit();
    // One write more; commits and begins the next transaction when the batch is full.
    Error count();
    void rollBack();
    bool isOpen() const { return m_open; }

private:
    const SnapshotDatabase &m_database;
    const int m_batchSize;
    QSqlDatabase m_db;
    bool m_open = false;
    int m_pending = 0;
};
