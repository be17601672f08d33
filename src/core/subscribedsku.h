#pragma once

#include "core/directoryrecord.h"

#include <QString>

// A licence pool: a product the tenant subscribes to ("STANDARDWOFFPACK_STUDENT") and how many of its
// licences are bought and used.
struct SubscribedSku
{
    QString id;
    QString skuId;            // what a user's assigned licence refers to
    QString skuPartNumber;    // "STANDARDWOFFPACK_STUDENT"
    QString capabilityStatus; // "Enabled", "Warning", "Suspended", "Deleted", "LockedOut"
    int enabledUnits = 0;     // bought (prepaidUnits.enabled)
    int consumedUnits = 0;    // assigned

    int availableUnits() const { return enabledUnits > consumedUnits ? enabledUnits - consumedUnits : 0; }

    static SubscribedSku fromRecord(const DirectoryRecord &record);
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
