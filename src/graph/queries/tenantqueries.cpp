#include "graph/queries/tenantqueries.h"

#include <QUrl>

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

QString TenantQueries::servicePrincipalName(const QString &appId)
{
    // An OData string literal: a quote inside it is doubled.
    QString literal = appId;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("/servicePrincipals(appId='%1')?$select=displayName")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(literal, "'")));
}
