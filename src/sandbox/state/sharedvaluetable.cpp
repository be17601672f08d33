#include "sandbox/state/sharedvaluetable.h"

#include <QHashFunctions>
#include <QJsonObject>

#include <utility>

namespace {
const QString referenceKey = QStringLiteral("@shared");
}

SharedValueTable::SharedValueTable(const QJsonArray &values)
{
    m_values.reserve(values.size());
    for (const QJsonValue &value : values)
        m_values.append(value);
}

size_t SharedValueTable::fingerprint(const QJsonValue &value, int depth)
{
    // Cheap and good enough to keep buckets small; equality is decided by operator== (which returns at
    // once for two handles on the same shared data).
    size_t seed = size_t(value.type()) * 0x9e3779b97f4a7c15ULL;
    switch (value.type()) {
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        seed = qHashMulti(seed, array.size());
        if (depth > 0 && !array.isEmpty())
            seed =
                qHashMulti(seed, fingerprint(array.first(), depth - 1), fingerprint(array.last(), depth - 1));
        return seed;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        seed = qHashMulti(seed, object.size());
        if (depth > 0) {
            int n = 0;
            for (auto it = object.begin(); it != object.end() && n < 4; ++it, ++n)
                seed = qHashMulti(seed, it.key(), fingerprint(it.value(), depth - 1));
        }
        return seed;
    }
    case QJsonValue::String:
        return qHashMulti(seed, value.toString());
    case QJsonValue::Double:
        return qHashMulti(seed, value.toDouble());
    case QJsonValue::Bool:
        return qHashMulti(seed, value.toBool());
    default:
        return seed;
    }
}

QJsonValue SharedValueTable::put(const QJsonValue &value)
{
    QVector<int> &bucket = m_buckets[fingerprint(value, 2)];
    int index = -1;
    for (int candidate : std::as_const(bucket)) {
        if (m_values.at(candidate) == value) {
            index = candidate;
            break;
        }
    }
    if (index < 0) {
        index = int(m_values.size());
        m_values.append(value);
        bucket.append(index);
    }
    return QJsonObject{{referenceKey, index}};
}

QJsonArray SharedValueTable::values() const
{
    QJsonArray out;
    for (const QJsonValue &value : m_values)
        out.append(value);
    return out;
}

bool SharedValueTable::isReference(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return object.size() == 1 && object.contains(referenceKey);
}

bool SharedValueTable::resolve(const QJsonValue &reference, QJsonValue *value) const
{
    const int index = reference.toObject().value(referenceKey).toInt(-1);
    if (index < 0 || index >= m_values.size())
        return false;
    *value = m_values.at(index);
    return true;
}
