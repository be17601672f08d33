#pragma once

#include <QStringList>

// The snapshot's schema as a list of migration steps: step N brings a database from version N-1 to N.
// All pending steps run in one transaction (SnapshotDatabase::open()).
struct SnapshotSchema
{
    int version = 0;
    QStringList statements;

    static QList<SnapshotSchema> migrations();
    // The indexes a first full read into an empty snapshot builds once at its end instead of maintaining row
    // by row, as the latest schema defines them ("CREATE … IF NOT EXISTS", so running them restores whatever
    // is missing), and their names.
    static QStringList deferrableIndexes();
    static QStringList deferrableIndexNames();
};
