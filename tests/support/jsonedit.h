#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// Test helper: makes deliberately broken copies of JSON documents. A pointer names a node like a JSON
// Pointer ("/value/0/assignedLicenses/0/skuId"; numbers index arrays).
class JsonEdit
{
public:
    // Replaces the node at `pointer` (an object member is added if missing), or removes it when
    // `replacement` is undefined. False when the path does not lead into the document.
    static bool replace(QJsonValue *root, const QString &pointer, const QJsonValue &replacement);

private:
    static QJsonValue edited(const QJsonValue &node, const QStringList &steps, int index,
                             const QJsonValue &replacement, bool *found);
};
