#pragma once

// The filter texts of the benchmarks' "filter as you type": five words typed letter by letter, each then
// erased with backspace, as the filter box sees them.

#include <QList>
#include <QString>

struct FilterKeystroke
{
    QString text;
    bool backspace = false;
};

inline QList<FilterKeystroke> filterKeystrokes()
{
    QList<FilterKeystroke> keys;
    for (const QString &word :
         {QStringLiteral("anna.k"), QStringLiteral("olsen"), QStringLiteral("gymnasium"),
          QStringLiteral("kowalsk"), QStringLiteral("tamm")}) {
        for (int length = 1; length <= word.size(); ++length)
            keys.append({word.left(length), false});
        for (int length = word.size() - 1; length >= 0; --length)
            keys.append({word.left(length), true});
    }
    return keys;
}
