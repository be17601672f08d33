#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

// One collection of directory objects (users, groups, administrative units) in a stable order, with
// soft delete (the 30-day deleted-items bin), restore, and a change log that delta queries replay.
// Positions are stable for the life of the collection, so a paging cursor is simply a position.
// Each object is kept as its compact JSON text (ObjectText) and parsed when asked for: a page is cut from
// the texts, and a tenant of 200,000 users takes a third of the memory that Qt's JSON objects would.
class ObjectCollection
{
public:
    enum class ChangeType
    {
        Changed,
        SoftDeleted,
        HardDeleted
    };
    struct Change
    {
        quint64 sequence;
        QString id;
        ChangeType type;
    };

    // Every position ever used, alive or not. Iterate 0..slotCount() and skip !isAlive(i).
    qsizetype slotCount() const { return m_slots.size(); }
    bool isAlive(qsizetype position) const { return m_slots[position].state == State::Alive; }
    bool isDeleted(qsizetype position) const { return m_slots[position].state == State::SoftDeleted; }
    // The object at `position`, parsed from its text.
    QJsonObject at(qsizetype position) const;
    const QByteArray &text(qsizetype position) const { return m_slots[position].text; }
    const QString &idAt(qsizetype position) const { return m_slots[position].id; }
    // The top-level string property `key` of the object at `position`, read from its text without parsing
    // the whole object (a null string when absent or not a string).
    QString stringAt(qsizetype position, QLatin1StringView key) const;
    // A stamp of the object's state at `position`, unique in the process and new whenever the object or its
    // state changes, so what was made from it (a page's serialized bytes) can be kept until it changes.
    quint64 version(qsizetype position) const { return m_slots[position].version; }
    qsizetype aliveCount() const { return m_alive; }

    // Whether an alive object has this id (without reading it).
    bool has(const QString &id) const
    {
        const qsizetype p = positionOf(id);
        return p >= 0 && isAlive(p);
    }
    // Alive objects only (nothing when absent or deleted).
    std::optional<QJsonObject> find(const QString &id) const;
    // Soft-deleted objects only.
    std::optional<QJsonObject> findDeleted(const QString &id) const;
    qsizetype positionOf(const QString &id) const { return m_index.value(id, -1); }

    // Adds a new object (it must carry "id"), recording the change at `sequence`.
    void insert(const QJsonObject &object, quint64 sequence);
    // Merges `changes` into an alive object; a null value removes the property. False if absent.
    bool update(const QString &id, const QJsonObject &changes, quint64 sequence);
    // Replaces an alive object entirely. False if absent.
    bool replace(const QString &id, const QJsonObject &object, quint64 sequence);
    bool softDelete(const QString &id, const QString &deletedDateTime, quint64 sequence);
    bool restore(const QString &id, quint64 sequence);
    bool hardDelete(const QString &id, quint64 sequence);

    // Changes with sequence > `after`, oldest first. Several entries may name the same id.
    QVector<Change> changesSince(quint64 after) const;
    // The oldest sequence a delta token may still start from (older tokens have expired).
    quint64 oldestReplayableSequence() const { return m_logFloor; }
    // Forgets the change log up to `sequence`: delta tokens older than that now answer "expired".
    void compactLog(quint64 sequence);
    // The change log as it stands (oldest first), and its replacement by a saved one (state files), so
    // delta tokens issued before a restart can still be followed.
    const QVector<Change> &changeLog() const { return m_log; }
    void restoreLog(const QVector<Change> &log, quint64 floor);

    // Values many objects share (a licence's assignedLicenses, the assignedPlans of one licence run) are
    // kept once: an object's text holds a reference in their place, the string "\u0001<n>", and at() and
    // pages show the value. Only the properties named here; other values are kept as they are.
    static bool isShared(QLatin1StringView key);
    // The index of an equal shared value, added when new.
    int intern(const QJsonValue &value);
    // What an object holds in the place of shared value `index` (for a caller that builds objects with
    // references directly, e.g. on several threads).
    static QString reference(int index);
    // The shared value a reference in an object's text names, as text; null when `raw` (a value's text) is
    // not a reference.
    QByteArrayView sharedText(QByteArrayView raw) const;

    // Bulk load without logging (seeding, state files).
    void reserve(qsizetype n)
    {
        m_slots.reserve(n);
        m_index.reserve(n);
    }
    void load(const QJsonObject &object, bool softDeleted);
    // The same, for a caller that holds the object's id as a string already: the index shares it instead of
    // keeping a copy per object.
    void load(const QString &id, const QJsonObject &object, bool softDeleted);
    // The same with the object's text (ObjectText::fromObject), made beforehand, e.g. on several threads.
    void loadText(const QString &id, const QByteArray &text, bool softDeleted);

private:
    enum class State : quint8
    {
        Alive,
        SoftDeleted,
        Gone
    };
    struct Slot
    {
        QString id; // shared with the index's key
        QByteArray text;
        State state;
        quint64 version;
    };
    static quint64 nextVersion();
    QByteArray encode(const QJsonObject &object);
    void touch(qsizetype position) { m_slots[position].version = nextVersion(); }
    void log(const QString &id, ChangeType type, quint64 sequence);

    QVector<Slot> m_slots;
    QVector<QByteArray> m_sharedTexts;
    QVector<QJsonValue> m_sharedValues;
    QHash<QByteArray, int> m_sharedIndex; // by text
    QHash<QString, qsizetype> m_index;
    QVector<Change> m_log;
    quint64 m_logFloor = 0;
    qsizetype m_alive = 0;
};
