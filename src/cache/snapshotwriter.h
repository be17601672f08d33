#pragma once

#include "cache/snapshotgeneration.h"
#include "cache/snapshottypes.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

class SnapshotDatabase;

// Writes one generation into the snapshot, from one thread (it uses that thread's connection).
//
//   SnapshotWriter writer(db);
//   writer.beginGeneration(SnapshotGeneration::Kind::Full);
//   writer.upsertUsers(page);            // as many pages as there are, straight from Graph
//   writer.markUnseenRemoved(SnapshotObjectType::User);   // full listing: whatever was not seen is gone
//   writer.setDeltaLink(SnapshotObjectType::User, deltaLink);
//   writer.commitGeneration();           // or abortGeneration(); destroying a running writer aborts
//
// Objects are Graph v1.0 JSON objects exactly as Graph returns them. In a Full generation an upsert replaces
// the stored object; in a Delta generation it merges the properties present into the stored object (Graph's
// delta returns only changed properties). An object carrying "@removed" is handled as Graph means it: reason
// "changed" keeps it as soft-deleted (restorable, state Deleted), any other reason removes it. Groups'
// "members@delta" and "owners@delta" arrays update the memberships. Users' assignedLicenses update the
// UserLicence relation. An upsert that changes nothing writes nothing. Writes are batched into transactions
// of `batchSize` objects; nothing becomes visible to readers before commitGeneration(), and a crash at any
// point leaves the previous complete generation visible (the unfinished one is rolled back by the next open()
// or beginGeneration()).
class SnapshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotWriter)
public:
    explicit SnapshotWriter(SnapshotDatabase &database, int batchSize = 5000);
    ~SnapshotWriter();
    SnapshotWriter(const SnapshotWriter &) = delete;
    SnapshotWriter &operator=(const SnapshotWriter &) = delete;

    // Fails when another writer (thread or process) is running a generation.
    Error beginGeneration(SnapshotGeneration::Kind kind);
    bool isRunning() const;
    qint64 generationId() const;

    Error upsertObjects(SnapshotObjectType type, const QList<QJsonObject> &objects);
    Error upsertUsers(const QList<QJsonObject> &users)
    {
        return upsertObjects(SnapshotObjectType::User, users);
    }
    Error upsertGroups(const QList<QJsonObject> &groups)
    {
        return upsertObjects(SnapshotObjectType::Group, groups);
    }
    Error upsertAdministrativeUnits(const QList<QJsonObject> &units)
    {
        return upsertObjects(SnapshotObjectType::AdministrativeUnit, units);
    }
    Error upsertSubscribedSkus(const QList<QJsonObject> &skus)
    {
        return upsertObjects(SnapshotObjectType::SubscribedSku, skus);
    }
    Error upsertEducationClasses(const QList<QJsonObject> &classes)
    {
        return upsertObjects(SnapshotObjectType::EducationClass, classes);
    }
    Error upsertDomains(const QList<QJsonObject> &domains)
    {
        return upsertObjects(SnapshotObjectType::Domain, domains);
    }
    Error setAuthorizationPolicy(const QJsonObject &policy)
    {
        return upsertObjects(SnapshotObjectType::AuthorizationPolicy, {policy});
    }
    // Removes objects (hard delete) and every relation they take part in.
    Error removeObjects(SnapshotObjectType type, const QStringList &ids);
    // Removes, at commit, every object of this type that was not upserted in this generation (full listings).
    Error markUnseenRemoved(SnapshotObjectType type);

    // Members are Graph directoryObject references: {"@odata.type": "#microsoft.graph.user", "id": "..."};
    // an entry with "@removed" is removed. The member type is taken from "@odata.type" (default "user").
    Error addMembers(SnapshotRelation relation, const QString &containerId,
                     const QList<QJsonObject> &members);
    Error removeMembers(SnapshotRelation relation, const QString &containerId, const QStringList &memberIds);
    // Replaces the container's whole member list (a full listing of /groups/{id}/members).
    Error setMembers(SnapshotRelation relation, const QString &containerId,
                     const QList<QJsonObject> &members);

    // Saved with this generation, visible once it commits.
    Error setDeltaLink(SnapshotObjectType type, const QString &deltaLink);

    Error commitGeneration();
    Error abortGeneration();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
