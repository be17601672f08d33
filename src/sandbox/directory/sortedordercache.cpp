#include "sandbox/directory/sortedordercache.h"

#include <algorithm>

const QVector<SortedOrderCache::Entry> &SortedOrderCache::order(const ObjectCollection &collection,
                                                                const QString &property, bool deleted)
{
    Cached *cached = nullptr;
    for (Cached &c : m_orders) {
        if (c.collection == &collection && c.property == property && c.deleted == deleted)
            cached = &c;
    }
    if (cached) {
        const QVector<ObjectCollection::Change> newer = collection.changesSince(cached->sequence);
        if (newer.isEmpty() && cached->slotCount == collection.slotCount())
            return cached->entries;
        if (!newer.isEmpty())
            cached->sequence = newer.last().sequence;
    } else {
        const QVector<ObjectCollection::Change> all = collection.changesSince(0);
        m_orders.push_back({&collection, property, deleted, 0, all.isEmpty() ? 0 : all.last().sequence, {}});
        cached = &m_orders.back();
    }
    cached->slotCount = collection.slotCount();
    cached->entries.clear();
    cached->entries.reserve(deleted ? collection.slotCount() - collection.aliveCount()
                                    : collection.aliveCount());
    const QByteArray key = property.toLatin1();
    for (qsizetype p = 0; p < collection.slotCount(); ++p) {
        if (deleted ? collection.isDeleted(p) : collection.isAlive(p))
            cached->entries.append({collection.stringAt(p, QLatin1StringView(key)).toLower(), p});
    }
    std::sort(cached->entries.begin(), cached->entries.end(), &SortedOrderCache::less);
    return cached->entries;
}
