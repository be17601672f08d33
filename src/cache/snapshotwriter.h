#pragma once

#include "cache/snapshotgeneration.h"
#include "cache/snapshottypes.h"
#include "core/directorychanges.h"
#include "core/error.h"
#include "core/memberref.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

class SnapshotDatabase;

// Writes one generation into the snapshot, from one thread (it uses that thread's connection).
//
//   SnapshotWriter writer(db);
//   writer.beginGeneration(SnapshotGeneration::Kind::Full);
//   writer.apply(changes);               // as many pages as there are, in domain terms (DirectoryChanges)
//   writer.markUnseenRemoved(SnapshotObjectType::User);   // full listing: whatever was not seen is gone
//   writer.setDeltaLink(SnapshotObjectType::User, deltaLink);
//   writer.commitGeneration();           // or abortGeneration(); destroying a running writer aborts
//
// In a Full generation a record replaces the stored object; in a Delta generation it merges the properties
// present into the stored object (a change feed carries only what changed). A soft-deleted record keeps the
// object as restorable (state Deleted), merged into what is stored; a removal ends it and every relation it
// takes part in. Membership changes update relations; a user's licence set replaces the UserLicence
// relations. A write that changes nothing writes nothing. Writes are batched into transactions of
// `batchSize` objects; nothing becomes visible to readers before commitGeneration(), and a crash at any point
// leaves the previous complete generation visible (the unfinished one is rolled back by the next open() or
// beginGeneration()).
class SnapshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)
public:
    explicit SnapshotWriter(SnapshotDatabase &database, int batchSize = 100000);
    ~SnapshotWriter();
    SnapshotWriter(const SnapshotWriter &) = delete;
    SnapshotWriter &operator=(const SnapshotWriter &) = delete;

    // Fails when another writer (thread or process) is running a generation.
    Error beginGeneration(SnapshotGeneration::Kind kind);
    bool isRunning() const;
    qint64 generationId() const;

    // Records, removals, membership changes and licence sets, in that order.
    Error apply(const DirectoryChanges &changes);
    // Removes, at commit, every object of this type that was not written in this generation (full listings).
    Error markUnseenRemoved(SnapshotObjectType type);
    // Replaces the container's whole member list (a full listing).
    Error setMembers(SnapshotRelation relation, const QString &containerId, const QList<MemberRef> &members);

    // Saved with this generation, visible once it commits.
    Error setDeltaLink(SnapshotObjectType type, const QString &deltaLink);

    Error commitGeneration();
    Error abortGeneration();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
