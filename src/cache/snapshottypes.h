#pragma once

#include "core/directorykind.h"

#include <QString>

// What the snapshot stores: the domain's directory kinds and relations (their numbers are written to the
// database, see core/directorykind.h).
using SnapshotObjectType = DirectoryKind;
using SnapshotRelation = DirectoryRelation;

inline QString snapshotObjectTypeId(SnapshotObjectType type)
{
    return directoryKindId(type);
}
inline QString snapshotRelationId(SnapshotRelation relation)
{
    return directoryRelationId(relation);
}
inline bool isValidSnapshotObjectType(int value)
{
    return isValidDirectoryKind(value);
}
inline bool isValidSnapshotRelation(int value)
{
    return isValidDirectoryRelation(value);
}
