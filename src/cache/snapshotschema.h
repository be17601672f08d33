#pragma once

#include <QStringList>

// The snapshot's schema as a list of migration steps: step N brings a database from version N-1 to N.
// All pending steps run in one transaction (SnapshotDatabase::open()).
struct SnapshotSchema
{
    int version = 0;
    QStringList statements;

    static QList<SnapshotSchema> migrations();
};
