#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

// One sort key per row, compared as QString::compare(..., Qt::CaseInsensitive) compares text, with the case
// folded once per distinct value instead of on every comparison. A row's key is text, a list of texts
// (compared element by element, a shorter list first when one is the start of the other) or a number. Rows
// with equal values share a key: the distinct keys are sorted, then the rows are placed by their key's rank.
class FoldedSortKeys
{
public:
    explicit FoldedSortKeys(size_t rows);

    // Each adds the next row's key.
    void addText(const QString &text);
    void addList(const QStringList &texts);
    void addNumber(quint16 value);

    // The rows (in the order they were added) sorted by key; equal keys keep their row order, also when
    // descending.
    std::vector<int> sortedRows(bool descending) const;

private:
    void appendFolded(const QString &text);
    quint32 endKey();
    int compare(quint32 left, quint32 right) const;

    std::vector<quint32> m_rowKeys; // row -> distinct key
    QHash<QString, quint32> m_texts;
    QHash<QStringList, quint32> m_lists;
    QHash<quint16, quint32> m_numbers;

    std::vector<char32_t> m_units; // every distinct key: folded UTF-16 units + 2, each list element ends in 1
    std::vector<size_t> m_offsets;
    // The first sixteen units, 8 bits each: orders most keys without looking at m_units.
    struct Prefix
    {
        quint64 high = 0;
        quint64 low = 0;
    };
    std::vector<Prefix> m_prefixes;
};
