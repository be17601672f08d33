#include "sandbox/directory/compactobjectmap.h"

#include <QJsonDocument>

CompactObjectMap::CompactObjectMap(const QHash<QString, QJsonObject> &objects)
{
    m_texts.reserve(objects.size());
    for (auto it = objects.begin(); it != objects.end(); ++it)
        insert(it.key(), it.value());
}

void CompactObjectMap::insert(const QString &key, const QJsonObject &object)
{
    m_texts.insert(key, text(object));
}

QByteArray CompactObjectMap::text(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    text.squeeze(); // the writer leaves room to grow; kept for good, it would be a third of the text again
    return text;
}

QJsonObject CompactObjectMap::value(const QString &key) const
{
    const auto it = m_texts.constFind(key);
    return it == m_texts.constEnd() ? QJsonObject() : parse(*it);
}

QJsonObject CompactObjectMap::const_iterator::value() const
{
    return parse(m_it.value());
}

QJsonObject CompactObjectMap::parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}
