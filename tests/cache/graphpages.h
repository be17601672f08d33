#pragma once

// Feeds Graph-shaped pages (SyntheticGraph) to a SnapshotWriter through the product's own mapper
// (DirectoryMapper), the way SnapshotSync does: the cache tests exercise the mapper -> writer path.

#include "cache/snapshotwriter.h"
#include "graph/mappers/directorymapper.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace GraphPages {

inline Error upsert(SnapshotWriter &writer, DirectoryKind kind, const QList<QJsonObject> &objects)
{
    return writer.apply(DirectoryMapper::fromObjects(kind, objects));
}
inline Error upsertUsers(SnapshotWriter &writer, const QList<QJsonObject> &objects)
{
    return upsert(writer, DirectoryKind::User, objects);
}
inline Error upsertGroups(SnapshotWriter &writer, const QList<QJsonObject> &objects)
{
    return upsert(writer, DirectoryKind::Group, objects);
}
inline Error upsertAdministrativeUnits(SnapshotWriter &writer, const QList<QJsonObject> &objects)
{
    return upsert(writer, DirectoryKind::AdministrativeUnit, objects);
}
inline Error upsertSubscribedSkus(SnapshotWriter &writer, const QList<QJsonObject> &objects)
{
    return upsert(writer, DirectoryKind::SubscribedSku, objects);
}

inline QList<MemberRef> refs(const QList<QJsonObject> &references)
{
    QJsonArray array;
    for (const QJsonObject &reference : references)
        array.append(reference);
    return DirectoryMapper::memberRefs(array);
}

inline Error setMembers(SnapshotWriter &writer, DirectoryRelation relation, const QString &containerId,
                        const QList<QJsonObject> &references)
{
    return writer.setMembers(relation, containerId, refs(references));
}

inline Error addMembers(SnapshotWriter &writer, DirectoryRelation relation, const QString &containerId,
                        const QList<QJsonObject> &references)
{
    DirectoryChanges changes;
    for (const QJsonObject &reference : references)
        changes.memberships.append({relation, containerId, DirectoryMapper::memberRef(reference),
                                    reference.contains(QLatin1String("@removed"))});
    return writer.apply(changes);
}

inline Error removeMembers(SnapshotWriter &writer, DirectoryRelation relation, const QString &containerId,
                           const QStringList &memberIds)
{
    DirectoryChanges changes;
    for (const QString &id : memberIds)
        changes.memberships.append({relation, containerId, MemberRef{MemberRef::Kind::User, id}, true});
    return writer.apply(changes);
}

inline Error removeObjects(SnapshotWriter &writer, DirectoryKind kind, const QStringList &ids)
{
    DirectoryChanges changes;
    for (const QString &id : ids)
        changes.removals.append({kind, id});
    return writer.apply(changes);
}

} // namespace GraphPages
