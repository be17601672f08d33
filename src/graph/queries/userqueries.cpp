#include "graph/queries/userqueries.h"

#include <QUrl>

QString UserQueries::select()
{
    return QStringLiteral(
        "id,displayName,givenName,surname,userPrincipalName,mail,accountEnabled,assignedLicenses,"
        "jobTitle,department,officeLocation,usageLocation,preferredLanguage,createdDateTime");
}

namespace {
QString filterOption(const QString &filter)
{
    return filter.isEmpty()
               ? QString()
               : QStringLiteral("&$filter=") + QString::fromUtf8(QUrl::toPercentEncoding(filter));
}
} // namespace

QString UserQueries::list(const QString &filter, int pageSize)
{
    return QStringLiteral("/users?$top=%1&$select=").arg(pageSize) + select() + filterOption(filter);
}

QString UserQueries::probe(const QString &filter, int pageSize)
{
    return QStringLiteral("/users?$top=%1&$select=id").arg(pageSize) + filterOption(filter);
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

QStringList UserQueries::prefixes(const QString &prefix)
{
    QString alphabet;
    for (char c = 'a'; c <= 'z'; ++c)
        alphabet += QLatin1Char(c);
    for (char c = '0'; c <= '9'; ++c)
        alphabet += QLatin1Char(c);
    alphabet += QStringLiteral("'.-_!#^~");
    if (!prefix.isEmpty())
        alphabet += QLatin1Char('@');
    QStringList out;
    for (const QChar c : std::as_const(alphabet))
        out << prefix + c;
    return out;
}

QString UserQueries::prefixFilter(const QString &prefix)
{
    // OData doubles a quote inside a string literal.
    QString literal = prefix;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("startswith(userPrincipalName,'%1')").arg(literal);
}

QStringList UserQueries::prefixFilters()
{
    QStringList filters;
    for (const QString &prefix : prefixes())
        filters << prefixFilter(prefix);
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
