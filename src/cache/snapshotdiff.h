#pragma once

#include "cache/snapshotdiffresult.h"
#include "core/error.h"

#include <QCoreApplication>

class SnapshotDatabase;

// Compares two generations with range queries over the version rows (cost grows with the number of changes,
// not with the size of the tenant). from may be greater than to (the diff is then reversed).
class SnapshotDiff
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDiff)
public:
    explicit SnapshotDiff(SnapshotDatabase &database);

    // With a schoolId (an administrative unit's id) only objects that are members of that school in either
    // generation, and relations whose container or member is such an object or the school itself, are
    // reported.
    Error diff(qint64 fromGeneration, qint64 toGeneration, SnapshotDiffResult *result,
               const QString &schoolId = QString()) const;

private:
    SnapshotDatabase &m_database;
};
