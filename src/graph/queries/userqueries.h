#pragma once

#include <QString>
#include <QStringList>

// Every Graph query the product makes for users, in one place: the properties read, the listing, its
// partitions, the change feed and the count.
class UserQueries
{
public:
    // The properties the snapshot keeps ($select).
    static QString select();
    // GET /users, 999 a page, optionally filtered ($filter text, percent-encoded here).
    static QString list(const QString &filter = QString());
    // Filters that split all users into disjoint ranges of userPrincipalName, for listing in parallel:
    // (.., 'a'], ['a', 'b'], ..., ['z', ..). A boundary holds no '@', so no address can equal one.
    static QStringList partitionFilters();
    // The change feed (delta) with the same properties.
    static QString delta();
    // The number of users (an advanced query: send with ConsistencyLevel: eventual).
    static QString count();
};
