#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QVarLengthArray>

#include <optional>

// A directory object kept as its compact JSON text (what QJsonDocument::toJson(Compact) writes: no spaces,
// members sorted by key), read without building a QJsonObject: a QJsonObject costs three to four times
// its text, which for every user of a large tenant is hundreds of megabytes.
namespace ObjectText {

QByteArray fromObject(const QJsonObject &object);
QJsonObject toObject(const QByteArray &text);

// One top-level member: its key and where its value's text lies in the object's text.
struct Member
{
    QByteArrayView key;
    qsizetype begin = 0;
    qsizetype end = 0;
};
using Members = QVarLengthArray<Member, 48>;

// The top-level members in text order (sorted by key). False if `text` is not one JSON object.
bool members(const QByteArray &text, Members *out);

// The top-level member `key` when it is a string; nothing when absent, of another type, or a reference to a
// shared value (a string starting with U+0001, see ObjectCollection).
std::optional<QString> string(const QByteArray &text, QLatin1StringView key);

} // namespace ObjectText
