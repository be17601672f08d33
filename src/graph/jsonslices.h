#pragma once

#include <QByteArray>
#include <QList>

// The JSON text of each element of a top-level array member of a JSON object ("value" of a Graph page), cut
// from the body as received, so an object can be stored without being serialized again. Checks the
// structure only as far as cutting needs (strings, escapes, nesting); the body has been parsed by
// QJsonDocument already, which is what validates it. Returns false (and no slices) when the member is absent
// or not an array.
namespace JsonSlices {
bool arrayItems(const QByteArray &body, const QByteArray &member, QList<QByteArray> *items);
}
