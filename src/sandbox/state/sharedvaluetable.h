#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QVector>

// The state file's table of values many places hold alike. A seeded tenant shares (in memory, through
// Qt's implicit sharing) one assignedPlans array among everyone licensed in the same week, and one
// mailbox and one pair of calendar rows among hundreds of thousands of users; written out each copy
// would be repeated. The writer puts such a value here and writes {"@shared": n} in its place; the
// reader swaps the reference back for the table's value, so the loaded tenant shares them again.
class SharedValueTable
{
public:
    SharedValueTable() = default;
    // For reading: the "sharedValues" array of a state file.
    explicit SharedValueTable(const QJsonArray &values);

    // The reference to write instead of `value` (equal values get the same index).
    QJsonValue put(const QJsonValue &value);
    QJsonArray values() const;

    static bool isReference(const QJsonValue &value);
    // The value a reference stands for; false for a reference to a missing index.
    bool resolve(const QJsonValue &reference, QJsonValue *value) const;

private:
    static size_t fingerprint(const QJsonValue &value, int depth);

    QVector<QJsonValue> m_values;
    QHash<size_t, QVector<int>> m_buckets; // fingerprint -> indexes with that fingerprint
};
