#pragma once

#include "core/directoryrecord.h"

#include <QString>

// The tenant's switches for self-service sign-up and what ordinary users may do (in Graph, the
// authorizationPolicy; in old PowerShell, Set-MsolCompanySettings' AllowEmailVerifiedUsers and
// AllowAdHocSubscriptions).
struct TenantPolicy
{
    // Users with an address in a verified domain may join the tenant by e-mail verification.
    bool allowEmailVerifiedUsersToJoinOrganization = false;
    // Users may sign up for self-service (ad hoc) subscriptions, i.e. take licences themselves.
    bool allowedToSignUpEmailBasedSubscriptions = false;
    // Users may reset their own passwords.
    bool allowedToUseSSPR = false;
    // Users may create apps, security groups and tenants (defaultUserRolePermissions).
    bool allowedToCreateApps = false;
    bool allowedToCreateSecurityGroups = false;
    bool allowedToCreateTenants = false;

    static TenantPolicy fromRecord(const DirectoryRecord &record);
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
