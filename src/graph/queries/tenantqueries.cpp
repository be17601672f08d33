#include "graph/queries/tenantqueries.h"

QString TenantQueries::probe()
{
    return QStringLiteral("/organization?$select=id");
}

QString TenantQueries::subscribedSkus()
{
    return QStringLiteral("/subscribedSkus");
}

QString TenantQueries::domains()
{
    return QStringLiteral("/domains");
}

QString TenantQueries::authorizationPolicy()
{
    return QStringLiteral("/policies/authorizationPolicy");
}
