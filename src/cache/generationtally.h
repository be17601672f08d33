#pragma once

#include "core/error.h"

#include <QSqlDatabase>

class SnapshotDatabase;

// How many objects and relations a generation added, changed and removed, counted from the versioned rows
// when it commits (the figures `snapshot list` shows).
struct GenerationTally
{
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0;

    // `startedEmpty`: the generation began on a snapshot with no rows, so all it wrote is added.
    static Error count(const QSqlDatabase &db, const SnapshotDatabase &database, qint64 generation,
                       bool startedEmpty, GenerationTally *tally);
};
