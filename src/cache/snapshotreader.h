#pragma once

#include "cache/snapshottypes.h"
#include "cache/userrecord.h"
#include "core/directoryrecord.h"
#include "core/error.h"
#include "core/school.h"

#include <QJsonObject>
#include <QList>

#include <vector>

class SnapshotDatabase;

// Reads the snapshot as of a complete generation (by default the last one), on the calling thread's
// connection.
class SnapshotReader
{
public:
    explicit SnapshotReader(SnapshotDatabase &database);

    // generation 0 = the last complete generation.
    Error loadUsers(std::vector<UserRecord> *users, qint64 generation = 0) const;
    // The stored object (User::fromRecord(), Group::fromRecord(), ... give the typed view); an empty id when
    // absent.
    Error object(SnapshotObjectType type, const QString &id, DirectoryRecord *record,
                 qint64 generation = 0) const;
    Error objects(SnapshotObjectType type, QList<DirectoryRecord> *records, qint64 generation = 0) const;
    // The administrative units, sorted by name.
    Error schools(QList<School> *schools, qint64 generation = 0) const;
    // Member ids of a container, sorted.
    Error members(SnapshotRelation relation, const QString &containerId, QStringList *memberIds,
                  qint64 generation = 0) const;

private:
    SnapshotDatabase &m_database;
};
