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
};
