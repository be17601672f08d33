#pragma once

#include "cache/snapshotgeneration.h"
#include "cache/snapshottypes.h"
#include "core/directorychanges.h"
#include "core/error.h"
#include "core/memberref.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QThread;
class SnapshotDatabase;
class SnapshotWriter;

// Writes one generation on a worker thread, so the GUI thread only fetches and parses (and never waits for
// SQLite: commits, roll-backs and compaction all happen here). Operations queue in
// order; the first failure stops every later one and is reported once through failed(). commit() and abort()
// end with finished(error) delivered on the caller's thread.
class SnapshotWriteWorker : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotWriteWorker(SnapshotDatabase &database, QObject *parent = nullptr);
    ~SnapshotWriteWorker() override;

    void begin(SnapshotGeneration::Kind kind);
    void apply(const DirectoryChanges &changes);
    void setMembers(SnapshotRelation relation, const QString &containerId, const QList<MemberRef> &members);
    void markUnseenRemoved(SnapshotObjectType type);
    void setDeltaLink(SnapshotObjectType type, const QString &link);
    // Commits the generation, then keeps only the newest `generationsKept` complete generations (0 = all).
    void commit(int generationsKept = 0);
    void abort();

    // Records handed to apply() that the worker has written so far.
    qint64 written() const;
    // Batches handed to apply() and not yet written: what is queued in memory for the writer.
    int backlog() const;
    qint64 generationId() const;
    void setLowWater(int batches) { m_lowWater = batches; }

signals:
    void failed(const Error &error);
    void finished(const Error &error);
    // The backlog has fallen to `lowWater` (see setLowWater) after having been above it.
    void backlogLow();

private:
    class Engine;
    void post(std::function<Error(SnapshotWriter &)> operation);

    SnapshotDatabase &m_database;
    QThread *m_thread;
    Engine *m_engine; // lives in m_thread
    bool m_failed = false;
    int m_lowWater = 4;
};
