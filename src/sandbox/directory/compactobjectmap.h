#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Objects keyed by id, each kept as its compact JSON text and parsed when asked for. For data read now and
// then (one object per request), not scanned per page: a QJsonObject costs three to four times its text
// (every key and value is an element plus a copy in its byte store), which for one small object per user of
// a large tenant is a hundred megabytes.
class CompactObjectMap
{
public:
    CompactObjectMap() = default;
    explicit CompactObjectMap(const QHash<QString, QJsonObject> &objects);

    void reserve(qsizetype n) { m_texts.reserve(n); }
    void insert(const QString &key, const QJsonObject &object);
    // The same in two steps, for a caller that makes many texts on several threads and inserts them on one.
    static QByteArray text(const QJsonObject &object);
    void insertText(const QString &key, const QByteArray &text) { m_texts.insert(key, text); }
    // The object under `key`, or an empty one when there is none.
    QJsonObject value(const QString &key) const;
    bool contains(const QString &key) const { return m_texts.contains(key); }
    qsizetype size() const { return m_texts.size(); }
    QStringList keys() const { return m_texts.keys(); }

    // Iterates like a QHash's iterator; value() parses the object.
    class const_iterator
    {
    public:
        explicit const_iterator(QHash<QString, QByteArray>::const_iterator it) : m_it(it) {}
        const QString &key() const { return m_it.key(); }
        QJsonObject value() const;
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_it == other.m_it; }
        bool operator!=(const const_iterator &other) const { return m_it != other.m_it; }

    private:
        QHash<QString, QByteArray>::const_iterator m_it;
    };
    const_iterator begin() const { return const_iterator(m_texts.constBegin()); }
    const_iterator end() const { return const_iterator(m_texts.constEnd()); }

private:
    static QJsonObject parse(const QByteArray &text);

    QHash<QString, QByteArray> m_texts;
};
