#include "jsonedit.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

QJsonValue JsonEdit::edited(const QJsonValue &node, const QStringList &steps, int index,
                            const QJsonValue &replacement, bool *found)
{
    const QString &step = steps.at(index);
    const bool last = index == steps.size() - 1;
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        bool ok = false;
        const int i = step.toInt(&ok);
        if (!ok || i < 0 || i >= array.size())
            return node;
        if (last) {
            *found = true;
            if (replacement.isUndefined())
                array.removeAt(i);
            else
                array[i] = replacement;
        } else {
            array[i] = edited(array.at(i), steps, index + 1, replacement, found);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (last) {
        *found = object.contains(step) || !replacement.isUndefined();
        if (replacement.isUndefined())
            object.remove(step);
        else
            object.insert(step, replacement);
        return object;
    }
    if (!object.contains(step))
        return node;
    object.insert(step, edited(object.value(step), steps, index + 1, replacement, found));
    return object;
}

bool JsonEdit::replace(QJsonValue *root, const QString &pointer, const QJsonValue &replacement)
{
    bool found = false;
    *root = edited(*root, pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts), 0, replacement, &found);
    return found;
}
