#pragma once

#include <QString>

// Every Graph query the product makes for the tenant as a whole: licence pools, domains, the sign-up policy.
class TenantQueries
{
public:
    // The cheapest read every signed-in account may make: is the tenant there?
    static QString probe();
    static QString subscribedSkus();
    static QString domains();
    static QString authorizationPolicy();
    // The display name of an application's service principal in the tenant, by its application (client)
    // id: what an app-only sign-in is called. Needs Application.Read.All or Directory.Read.All.
    static QString servicePrincipalName(const QString &appId);
};
