#pragma once

#include <QList>
#include <QString>

// A school: in the tenant, an administrative unit (and, with School Data Sync, an educationSchool).
struct School
{
    QString id;          // the administrative unit's object id
    QString displayName; // e.g. "Nørre Gymnasium"
};
