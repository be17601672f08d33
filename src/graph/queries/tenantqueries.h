#pragma once

#include <QString>

// Every Graph query the product makes for the tenant as a whole: licence pools, domains, the sign-up policy.
class TenantQueries
{
public:
    static QString subscribedSkus();
    static QString domains();
    static QString authorizationPolicy();
};
