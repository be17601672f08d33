#include "sandbox/directory/objectcollection.h"

#include <QJsonValue>

#include <algorithm>
#include <atomic>

quint64 ObjectCollection::nextVersion()
{
    static std::atomic<quint64> last{0}; // seeding may load collections on several threads
    return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

const QJsonObject *ObjectCollection::find(const QString &id) const
{
    const qsizetype p = positionOf(id);
    return p >= 0 && m_slots[p].state == State::Alive ? &m_slots[p].object : nullptr;
}

const QJsonObject *ObjectCollection::findDeleted(const QString &id) const
{
    const qsizetype p = positionOf(id);
    return p >= 0 && m_slots[p].state == State::SoftDeleted ? &m_slots[p].object : nullptr;
}

void ObjectCollection::log(const QString &id, ChangeType type, quint64 sequence)
{
    m_log.append({sequence, id, type});
}

void ObjectCollection::load(const QJsonObject &object, bool softDeleted)
{
    load(object.value(QLatin1String("id")).toString(), object, softDeleted);
}

void ObjectCollection::load(const QString &id, const QJsonObject &object, bool softDeleted)
{
    m_index.insert(id, m_slots.size());
    m_slots.append({object, softDeleted ? State::SoftDeleted : State::Alive, nextVersion()});
    if (!softDeleted)
        ++m_alive;
}

void ObjectCollection::insert(const QJsonObject &object, quint64 sequence)
{
    load(object, false);
    log(object.value(QLatin1String("id")).toString(), ChangeType::Changed, sequence);
}

bool ObjectCollection::update(const QString &id, const QJsonObject &changes, quint64 sequence)
{
    const qsizetype p = positionOf(id);
    if (p < 0 || m_slots[p].state != State::Alive)
        return false;
    QJsonObject &object = m_slots[p].object;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
    touch(p);
    log(id, ChangeType::Changed, sequence);
    return true;
}

bool ObjectCollection::replace(const QString &id, const QJsonObject &object, quint64 sequence)
{
    const qsizetype p = positionOf(id);
    if (p < 0 || m_slots[p].state != State::Alive)
        return false;
    m_slots[p].object = object;
    touch(p);
    log(id, ChangeType::Changed, sequence);
    return true;
}

bool ObjectCollection::softDelete(const QString &id, const QString &deletedDateTime, quint64 sequence)
{
    const qsizetype p = positionOf(id);
    if (p < 0 || m_slots[p].state != State::Alive)
        return false;
    m_slots[p].state = State::SoftDeleted;
    m_slots[p].object.insert(QStringLiteral("deletedDateTime"), deletedDateTime);
    touch(p);
    --m_alive;
    log(id, ChangeType::SoftDeleted, sequence);
    return true;
}

bool ObjectCollection::restore(const QString &id, quint64 sequence)
{
    const qsizetype p = positionOf(id);
    if (p < 0 || m_slots[p].state != State::SoftDeleted)
        return false;
    m_slots[p].state = State::Alive;
    m_slots[p].object.remove(QStringLiteral("deletedDateTime"));
    touch(p);
    ++m_alive;
    log(id, ChangeType::Changed, sequence);
    return true;
}

bool ObjectCollection::hardDelete(const QString &id, quint64 sequence)
{
    const qsizetype p = positionOf(id);
    if (p < 0 || m_slots[p].state == State::Gone)
        return false;
    if (m_slots[p].state == State::Alive)
        --m_alive;
    m_slots[p].state = State::Gone;
    m_slots[p].object = QJsonObject{{QStringLiteral("id"), id}};
    touch(p);
    log(id, ChangeType::HardDeleted, sequence);
    return true;
}

QVector<ObjectCollection::Change> ObjectCollection::changesSince(quint64 after) const
{
    const auto first = std::upper_bound(m_log.begin(), m_log.end(), after,
                                        [](quint64 s, const Change &c) { return s < c.sequence; });
    return QVector<Change>(first, m_log.end());
}

void ObjectCollection::compactLog(quint64 sequence)
{
    const auto last = std::upper_bound(m_log.begin(), m_log.end(), sequence,
                                       [](quint64 s, const Change &c) { return s < c.sequence; });
    m_log.erase(m_log.begin(), last);
    m_logFloor = std::max(m_logFloor, sequence);
}

void ObjectCollection::restoreLog(const QVector<Change> &log, quint64 floor)
{
    m_log = log;
    m_logFloor = floor;
}
