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
    // The largest page Graph allows on /users ($top).
    static constexpr int MaxPageSize = 999;
    // GET /users, `pageSize` a page, optionally filtered ($filter text, percent-encoded here).
    static QString list(const QString &filter = QString(), int pageSize = MaxPageSize);
    // One page of ids only, to learn whether the tenant accepts `filter` with `pageSize` a page.
    static QString probe(const QString &filter, int pageSize);
    // Filters that split all users into disjoint ranges of userPrincipalName, for listing in parallel:
    // (.., 'a'], ['a', 'b'], ..., ['z', ..). A boundary holds no '@', so no address can equal one.
    static QStringList partitionFilters();
    // The same split where Graph refuses ranges on userPrincipalName: startsWith(userPrincipalName,'c') for
    // every character an address may start with (a-z, 0-9 and ' . - _ ! # ^ ~; case does not matter).
    static QStringList prefixFilters();
    // The prefixes behind them: one character each, or, to split the partition of `prefix` further, `prefix`
    // followed by each character and by '@' (the address that is the prefix itself).
    static QStringList prefixes(const QString &prefix = QString());
    static QString prefixFilter(const QString &prefix);
    // The change feed (delta) with the same properties.
    static QString delta();
    // The number of users (an advanced query: send with ConsistencyLevel: eventual).
    static QString count();
};
