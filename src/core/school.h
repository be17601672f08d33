#pragma once

#include "core/directoryrecord.h"

#include <QList>
#include <QString>

// A school: in the tenant, an administrative unit (and, with School Data Sync, an educationSchool). A
// school's own IT technician is given roles scoped to it.
struct School
{
    QString id;          // the administrative unit's object id
    QString displayName; // e.g. "Nørre Gymnasium"
    QString description;

    static School fromRecord(const DirectoryRecord &record);
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
