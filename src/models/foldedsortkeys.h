#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// One sort key per row, compared as QString::compare(..., Qt::CaseInsensitive) compares text, with the case
// folded once per row instead of on every comparison. A row's key is text, a list of texts (compared element
// by element, a shorter list first when one is the start of the other) or a number.
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
    void endRow();
    int compare(size_t left, size_t right) const;

    std::vector<char32_t> m_units; // every key, one after the other: folded UTF-16 units + 2, list ends 1
    std::vector<size_t> m_offsets;
    // The first eight units, 16 bits each: orders most rows without looking at m_units.
    struct Prefix
    {
        quint64 high = 0;
        quint64 low = 0;
    };
    std::vector<Prefix> m_prefixes;
};
