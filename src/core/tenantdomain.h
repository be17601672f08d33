#pragma once

#include "core/directoryrecord.h"

#include <QString>

// A domain of the tenant ("skole.dk", "odense.onmicrosoft.com"). Users can only sign up by themselves, and
// addresses can only be given, in verified domains.
struct TenantDomain
{
    QString name; // the domain's id is its name
    bool verified = false;
    bool isDefault = false;
    bool isInitial = false; // the tenant's own *.onmicrosoft.com domain

    static TenantDomain fromRecord(const DirectoryRecord &record);
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
