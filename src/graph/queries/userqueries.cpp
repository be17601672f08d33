#include "graph/queries/userqueries.h"

#include <QUrl>

QString UserQueries::select()
{
    return QStringLiteral(
        "id,displayName,givenName,surname,userPrincipalName,mail,accountEnabled,assignedLicenses,"
        "jobTitle,department,officeLocation,usageLocation,preferredLanguage,createdDateTime");
}

QString UserQueries::list(const QString &filter)
{
    QString path = QStringLiteral("/users?$top=999&$select=") + select();
    if (!filter.isEmpty())
        path += QStringLiteral("&$filter=") + QString::fromUtf8(QUrl::toPercentEncoding(filter));
    return path;
}

QStringList UserQueries::partitionFilters()
{
    QStringList filters;
    QString previous;
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString boundary{QLatin1Char(c)};
        filters << (previous.isEmpty()
                        ? QStringLiteral("userPrincipalName le '%1'").arg(boundary)
                        : QStringLiteral("userPrincipalName ge '%1' and userPrincipalName le '%2'")
                              .arg(previous, boundary));
        previous = boundary;
    }
    filters << QStringLiteral("userPrincipalName ge '%1'").arg(previous);
    return filters;
}

QString UserQueries::delta()
{
    return QStringLiteral("/users/delta?$select=") + select();
}

QString UserQueries::count()
{
    return QStringLiteral("/users/$count");
}
