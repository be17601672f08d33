#pragma once

#include <QDateTime>
#include <QtGlobal>

// One sync or refresh: everything written between SnapshotWriter::beginGeneration() and commitGeneration().
// Readers always see the state "as of the last complete generation".
struct SnapshotGeneration
{
    enum class Kind
    {
        Full,
        Delta
    };
    enum class Status
    {
        Running,
        Complete,
        Aborted
    };

    qint64 id = 0; // increases with every generation; 0 = none
    Kind kind = Kind::Full;
    Status status = Status::Running;
    QDateTime started;  // UTC
    QDateTime finished; // UTC; invalid while running
    // Objects and relations that appeared, changed or disappeared in this generation (set at commit).
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0;
};
