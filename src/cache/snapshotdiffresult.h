#pragma once

#include "cache/snapshottypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// What changed between two generations (see SnapshotDiff). Lists are sorted by type, then id.
struct SnapshotDiffResult
{
    struct PropertyChange
    {
        QString name; // property name ("displayName"); "deleted" when an object was soft-deleted or restored
        QJsonValue oldValue; // Undefined when the property was absent
        QJsonValue newValue;
    };
    struct ObjectChange
    {
        SnapshotObjectType type = SnapshotObjectType::User;
        QString id;
        QString displayName;              // the newer name (the old one for removed objects)
        QList<PropertyChange> properties; // only for changed objects, sorted by name
    };
    struct MembershipChange
    {
        SnapshotRelation relation = SnapshotRelation::GroupMember;
        QString containerId;
        QString memberId;
        QString memberType; // "user", "group", ...
    };

    qint64 fromGeneration = 0;
    qint64 toGeneration = 0;
    QList<ObjectChange> added;
    QList<ObjectChange> removed;
    QList<ObjectChange> changed;
    QList<MembershipChange> membersAdded;
    QList<MembershipChange> membersRemoved;

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && membersAdded.isEmpty() &&
               membersRemoved.isEmpty();
    }
};
