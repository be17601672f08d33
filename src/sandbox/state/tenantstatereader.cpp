#include "sandbox/state/tenantstatereader.h"

#include "sandbox/directory/objectcollection.h"

#include <utility>

namespace {
// Properties of directory objects whose values the writer may have put in the shared table.
const char *const sharedProperties[] = {"assignedLicenses", "assignedPlans"};
} // namespace

TenantStateReader::TenantStateReader(const QJsonObject &tenant) : m_tenant(tenant)
{
    const QJsonValue shared = tenant.value(QLatin1String("sharedValues"));
    if (!shared.isUndefined() && !shared.isArray())
        fail(QStringLiteral("\"sharedValues\" is not a list"));
    m_shared = SharedValueTable(shared.toArray());
}

void TenantStateReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QJsonValue TenantStateReader::member(const QJsonObject &json, const QString &key, QJsonValue::Type type,
                                     const QString &where)
{
    const QJsonValue value = json.value(key);
    if (value.type() != type) {
        fail(where.isEmpty() ? QStringLiteral("\"%1\" is missing or has the wrong type").arg(key)
                             : QStringLiteral("%1: \"%2\" is missing or has the wrong type").arg(where, key));
        return QJsonValue();
    }
    return value;
}

QString TenantStateReader::string(const QString &key)
{
    return member(m_tenant, key, QJsonValue::String, QString()).toString();
}

QString TenantStateReader::string(const QJsonObject &json, const QString &key, const QString &where)
{
    return member(json, key, QJsonValue::String, where).toString();
}

QJsonObject TenantStateReader::object(const QString &key)
{
    return member(m_tenant, key, QJsonValue::Object, QString()).toObject();
}

QJsonArray TenantStateReader::array(const QString &key)
{
    return member(m_tenant, key, QJsonValue::Array, QString()).toArray();
}

quint64 TenantStateReader::number(const QString &key)
{
    bool ok = false;
    const quint64 value = string(key).toULongLong(&ok);
    if (!ok)
        fail(QStringLiteral("\"%1\" is not a number").arg(key));
    return value;
}

QJsonValue TenantStateReader::unshare(const QJsonValue &value, const QString &where)
{
    if (!SharedValueTable::isReference(value))
        return value;
    QJsonValue resolved;
    if (!m_shared.resolve(value, &resolved))
        fail(QStringLiteral("%1 refers to a shared value that is not in \"sharedValues\"").arg(where));
    return resolved;
}

QStringList TenantStateReader::strings(const QJsonValue &value, const QString &where)
{
    QStringList out;
    if (!value.isArray()) {
        fail(QStringLiteral("%1 is not a list").arg(where));
        return out;
    }
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(QStringLiteral("%1 holds something that is not a string").arg(where));
            return QStringList();
        }
        out.append(item.toString());
    }
    return out;
}

void TenantStateReader::collection(const QString &key, ObjectCollection *collection, quint64 sequence)
{
    if (!ok())
        return;
    const QJsonObject part = object(key);
    const QJsonArray objects = member(part, QStringLiteral("objects"), QJsonValue::Array, key).toArray();
    const QString states = member(part, QStringLiteral("states"), QJsonValue::String, key).toString();
    if (!ok())
        return;
    if (states.size() != objects.size()) {
        fail(QStringLiteral("%1 has %2 states for %3 objects")
                 .arg(key)
                 .arg(states.size())
                 .arg(objects.size()));
        return;
    }
    collection->reserve(objects.size());
    QStringList gone;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        QJsonObject object = objects.at(i).toObject();
        const QString id = object.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return fail(QStringLiteral("%1 object %2 has no id").arg(key).arg(i));
        if (collection->positionOf(id) >= 0)
            return fail(QStringLiteral("%1 holds the id %2 twice").arg(key, id));
        const QChar state = states.at(i);
        if (state != QLatin1Char('a') && state != QLatin1Char('d') && state != QLatin1Char('g'))
            return fail(
                QStringLiteral("%1 object %2 has the unknown state \"%3\"").arg(key).arg(i).arg(state));
        for (const char *property : sharedProperties) {
            const QJsonValue value = object.value(QLatin1String(property));
            if (SharedValueTable::isReference(value))
                object.insert(QLatin1String(property), unshare(value, key + QLatin1Char(' ') + id));
        }
        collection->load(object, state == QLatin1Char('d'));
        if (state == QLatin1Char('g'))
            gone.append(id);
    }
    // Permanently deleted objects keep their position (paging cursors are positions).
    for (const QString &id : std::as_const(gone))
        collection->hardDelete(id, sequence);
    collection->compactLog(sequence);
    if (part.contains(QLatin1String("log")))
        restoreLog(part, key, collection);
}

void TenantStateReader::restoreLog(const QJsonObject &part, const QString &key, ObjectCollection *collection)
{
    const QString where = key + QStringLiteral(".log");
    const QJsonArray entries = member(part, QStringLiteral("log"), QJsonValue::Array, key).toArray();
    bool floorOk = false;
    const quint64 floor =
        member(part, QStringLiteral("logFloor"), QJsonValue::String, key).toString().toULongLong(&floorOk);
    if (!ok())
        return;
    if (!floorOk)
        return fail(QStringLiteral("%1: \"logFloor\" is not a number").arg(key));
    QVector<ObjectCollection::Change> log;
    log.reserve(entries.size());
    quint64 previous = floor;
    for (const QJsonValue &value : entries) {
        const QJsonArray entry = value.toArray();
        bool sequenceOk = false;
        const quint64 sequence = entry.at(0).toString().toULongLong(&sequenceOk);
        const QString id = entry.at(1).toString();
        const QString type = entry.at(2).toString();
        if (entry.size() != 3 || !sequenceOk || sequence < previous || id.isEmpty() ||
            (type != QLatin1String("c") && type != QLatin1String("s") && type != QLatin1String("h")))
            return fail(
                QStringLiteral("%1 holds an entry that is not [sequence, id, c|s|h] in order").arg(where));
        previous = sequence;
        log.append({sequence, id,
                    type == QLatin1String("c")   ? ObjectCollection::ChangeType::Changed
                    : type == QLatin1String("s") ? ObjectCollection::ChangeType::SoftDeleted
                                                 : ObjectCollection::ChangeType::HardDeleted});
    }
    collection->restoreLog(log, floor);
}

QVector<Tenant::MembershipChange> TenantStateReader::membershipLog(const QString &key)
{
    QVector<Tenant::MembershipChange> out;
    const QJsonValue value = m_tenant.value(key);
    if (value.isUndefined())
        return out;
    if (!value.isArray()) {
        fail(QStringLiteral("\"%1\" is not a list").arg(key));
        return out;
    }
    quint64 previous = 0;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonArray entry = item.toArray();
        bool sequenceOk = false;
        const quint64 sequence = entry.at(0).toString().toULongLong(&sequenceOk);
        if (entry.size() != 4 || !sequenceOk || sequence < previous || !entry.at(1).isString() ||
            !entry.at(2).isString() || !entry.at(3).isBool()) {
            fail(QStringLiteral("%1 holds an entry that is not [sequence, group, member, removed] in order")
                     .arg(key));
            return QVector<Tenant::MembershipChange>();
        }
        previous = sequence;
        out.append({sequence, entry.at(1).toString(), entry.at(2).toString(), entry.at(3).toBool()});
    }
    return out;
}

QHash<QString, QStringList> TenantStateReader::lists(const QString &key)
{
    QHash<QString, QStringList> out;
    const QJsonObject part = object(key);
    out.reserve(part.size());
    for (auto it = part.begin(); it != part.end() && ok(); ++it)
        out.insert(it.key(), strings(it.value(), key + QLatin1Char('.') + it.key()));
    return out;
}

QHash<QString, QJsonObject> TenantStateReader::objects(const QString &key)
{
    QHash<QString, QJsonObject> out;
    const QJsonObject part = object(key);
    out.reserve(part.size());
    for (auto it = part.begin(); it != part.end() && ok(); ++it) {
        const QString where = key + QLatin1Char('.') + it.key();
        const QJsonValue value = unshare(it.value(), where);
        if (!value.isObject()) {
            fail(QStringLiteral("%1 is not an object").arg(where));
            break;
        }
        out.insert(it.key(), value.toObject());
    }
    return out;
}

QVector<QJsonObject> TenantStateReader::rowsOf(const QJsonValue &value, const QString &where)
{
    QVector<QJsonObject> out;
    if (!value.isArray()) {
        fail(QStringLiteral("%1 is not a list").arg(where));
        return out;
    }
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            fail(QStringLiteral("%1 holds something that is not an object").arg(where));
            return QVector<QJsonObject>();
        }
        out.append(item.toObject());
    }
    return out;
}

QVector<QJsonObject> TenantStateReader::rows(const QString &key)
{
    return rowsOf(m_tenant.value(key), key);
}

QHash<QString, QVector<QJsonObject>> TenantStateReader::rowsByKey(const QString &key)
{
    QHash<QString, QVector<QJsonObject>> out;
    QHash<int, QVector<QJsonObject>> shared;
    const QJsonObject part = object(key);
    out.reserve(part.size());
    for (auto it = part.begin(); it != part.end() && ok(); ++it) {
        const QString where = key + QLatin1Char('.') + it.key();
        if (!SharedValueTable::isReference(it.value())) {
            out.insert(it.key(), rowsOf(it.value(), where));
            continue;
        }
        const int index = it.value().toObject().value(QLatin1String("@shared")).toInt(-1);
        auto cached = shared.constFind(index);
        if (cached == shared.constEnd())
            cached = shared.insert(index, rowsOf(unshare(it.value(), where), where));
        out.insert(it.key(), cached.value());
    }
    return out;
}
