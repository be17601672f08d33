#pragma once

#include "cache/snapshotgeneration.h"
#include "cache/snapshottypes.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

// One tenant profile's local snapshot: a SQLite file (mode 0600, WAL, foreign keys) with a versioned schema.
// open() creates or migrates it (all steps in one transaction) and rolls back a generation a crashed writer
// left running. Every thread gets its own named connection from connection(); the object itself may be shared
// between threads (the sync service writes from a worker through SnapshotWriter, the GUI reads through
// SnapshotReader).
class SnapshotDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDatabase)
public:
    static constexpr int SchemaVersion = 5;

    explicit SnapshotDatabase(const QString &filePath);
    ~SnapshotDatabase();
    SnapshotDatabase(const SnapshotDatabase &) = delete;
    SnapshotDatabase &operator=(const SnapshotDatabase &) = delete;

    // <GenericDataLocation>/Tenantdesk/snapshots/<percent-encoded profile name>.sqlite
    static QString defaultPath(const QString &profileName);

    // Deletes the snapshot file at `filePath` with its write-ahead log and lock files (a profile removed
    // takes its pupils' data with it). Refused with a Storage error while a refresh writes to it; no error
    // when there is no file.
    static Error remove(const QString &filePath);

    // Creates (mode 0600) or opens the file, migrates it and recovers an unfinished generation.
    // A Storage error names the file and the step; a snapshot with a newer schema is refused, untouched.
    Error open();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }

    // This thread's connection (opened on first use). Only for cache/ classes.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection, e.g. before a worker thread ends.
    void closeThreadConnection();

    // The last complete generation (what readers see); 0 when there is none yet.
    qint64 currentGeneration(Error *error = nullptr) const;
    // All recorded generations, oldest first.
    QList<SnapshotGeneration> generations(Error *error = nullptr) const;
    // The delta link saved by the last complete generation for this collection; empty when none.
    QString deltaLink(SnapshotObjectType type, Error *error = nullptr) const;

    // What the client has learnt about the tenant, kept with its snapshot (the meta table), e.g. how the full
    // sync lists users. Empty when never saved.
    QString metaValue(const QString &key, Error *error = nullptr) const;
    Error setMetaValue(const QString &key, const QString &value);

    // Keeps the last `keepGenerations` complete generations (at least 1) and merges older ones away, so every
    // diff between kept generations stays exact. Waits for no writer: fails with a Storage error while one is
    // running.
    Error compact(int keepGenerations);

    // Path of the lock file a writer holds while a generation runs.
    QString writerLockPath() const { return writerLockPathFor(m_filePath); }
    static QString writerLockPathFor(const QString &filePath)
    {
        return filePath + QStringLiteral(".writer.lock");
    }

    // A Storage error for a failed SQL step ("insert object version"), naming this file.
    Error storageError(const QString &step, const QString &detail) const;
    // The Storage error for a snapshot whose writer lock is held (a refresh is running).
    static Error writerBusy(const QString &filePath);

private:
    Error migrate(QSqlDatabase &db);

    QString m_filePath;
    QString m_connectionPrefix;
    bool m_open = false;
    mutable QMutex m_mutex;
    mutable QHash<Qt::HANDLE, QString> m_connections; // thread -> connection name
};
