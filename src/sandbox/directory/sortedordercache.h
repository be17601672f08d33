#pragma once

#include "sandbox/directory/objectcollection.h"

#include <QString>
#include <QVector>

#include <vector>

// The objects of a collection sorted by one property, kept between requests so that paging through an
// $orderby listing costs a binary search per page instead of a sort. An order is rebuilt only when its
// collection has changed since it was built.
class SortedOrderCache
{
public:
    struct Entry
    {
        QString key; // the property's value, lower-cased ("" when absent)
        qsizetype position;
    };
    // Ascending by (key, position). `deleted` selects the soft-deleted objects instead of the alive ones.
    const QVector<Entry> &order(const ObjectCollection &collection, const QString &property, bool deleted);

    static bool less(const Entry &a, const Entry &b)
    {
        const int c = a.key.compare(b.key);
        return c < 0 || (c == 0 && a.position < b.position);
    }

private:
    struct Cached
    {
        const ObjectCollection *collection;
        QString property;
        bool deleted;
        qsizetype slotCount;
        quint64 sequence; // the newest change the order reflects
        QVector<Entry> entries;
    };
    std::vector<Cached> m_orders;
};
