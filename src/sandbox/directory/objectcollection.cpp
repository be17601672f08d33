#include "sandbox/directory/objectcollection.h"

#include "sandbox/directory/objecttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <atomic>

quint64 ObjectCollection::nextVersion()
{
    static std::atomic<quint64> last{0}; // seeding may load collections on several threads
    return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

namespace {
const char *const sharedKeys[] = {"assignedLicenses", "assignedPlans"};
constexpr char referenceMark = '\x01';
} // namespace

bool ObjectCollection::isShared(QLatin1StringView key)
{
    for (const char *shared : sharedKeys) {
        if (key == QLatin1StringView(shared))
            return true;
    }
    return false;
}

QString ObjectCollection::reference(int index)
{
    return QLatin1Char(referenceMark) + QString::number(index);
}

int ObjectCollection::intern(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    const auto it = m_sharedIndex.constFind(text);
    if (it != m_sharedIndex.constEnd())
        return it.value();
    m_sharedTexts.append(text);
    m_sharedValues.append(value);
    m_sharedIndex.insert(text, int(m_sharedTexts.size() - 1));
    return int(m_sharedTexts.size() - 1);
}

QByteArrayView ObjectCollection::sharedText(QByteArrayView raw) const
{
    // Qt writes the mark as the escape \u0001: the reference's text is "\u0001<n>".
    static constexpr QByteArrayView prefix("\"\\u0001");
    if (!raw.startsWith(prefix) || !raw.endsWith('"'))
        return {};
    bool ok = false;
    const int index = raw.sliced(prefix.size(), raw.size() - prefix.size() - 1).toByteArray().toInt(&ok);
    return ok && index >= 0 && index < m_sharedTexts.size() ? QByteArrayView(m_sharedTexts.at(index))
                                                            : QByteArrayView();
}

QByteArray ObjectCollection::encode(const QJsonObject &object)
{
    QJsonObject encoded = object;
    for (const char *key : sharedKeys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isArray() && !value.toArray().isEmpty())
            encoded.insert(QLatin1String(key), reference(intern(value)));
    }
    return ObjectText::fromObject(encoded);
}

QJsonObject ObjectCollection::at(qsizetype position) const
{
    QJsonObject object = ObjectText::toObject(m_slots[position].text);
    for (const char *key : sharedKeys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            continue;
        const QString text = value.toString();
        bool ok = false;
        const int index = text.startsWith(QLatin1Char(referenceMark)) ? text.mid(1).toInt(&ok) : -1;
        if (ok && index >= 0 && index < m_sharedValues.size())
            object.insert(QLatin1String(key), m_sharedValues.at(index));
    }
    return object;
}

QString ObjectCollection::stringAt(qsizetype position, QLatin1StringView key) const
{
    return ObjectText::string(m_slots[position].text, key).value_or(QString());
}

std::optional<QJsonObject> ObjectCollection::find(const QString &id) const
{
    const qsizetype p = positionOf(id);
    if (p >= 0 && m_slots[p].state == State::Alive)
        return at(p);
    return std::nullopt;
}

std::optional<QJsonObject> ObjectCollection::findDeleted(const QString &id) const
{
    const qsizetype p = positionOf(id);
    if (p >= 0 && m_slots[p].state == State::SoftDeleted)
        return at(p);
    return std::nullopt;
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
    loadText(id, encode(object), softDeleted);
}

void ObjectCollection::loadText(const QString &id, const QByteArray &text, bool softDeleted)
{
    m_index.insert(id, m_slots.size());
    m_slots.append({id, text, softDeleted ? State::SoftDeleted : State::Alive, nextVersion()});
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
    QJsonObject object = at(p);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            object.remove(it.key());
        else
            object.insert(it.key(), it.value());
    }
    m_slots[p].text = encode(object);
    touch(p);
    log(id, ChangeType::Changed, sequence);
    return true;
}

bool ObjectCollection::replace(const QString &id, const QJsonObject &object, quint64 sequence)
{
    const qsizetype p = positionOf(id);
    if (p < 0 || m_slots[p].state != State::Alive)
        return false;
    m_slots[p].text = encode(object);
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
    QJsonObject object = at(p);
    object.insert(QStringLiteral("deletedDateTime"), deletedDateTime);
    m_slots[p].text = encode(object);
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
    QJsonObject object = at(p);
    object.remove(QStringLiteral("deletedDateTime"));
    m_slots[p].text = encode(object);
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
    m_slots[p].text = encode(QJsonObject{{QStringLiteral("id"), id}});
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
