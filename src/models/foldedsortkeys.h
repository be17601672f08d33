#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

// One sort key per row, compared as QString::compare(..., Qt::CaseInsensitive) compares text, with the case
// folded once per row instead of on every comparison. A row's key is text, a list of texts (compared element
// by element, a shorter list first when one is the start of the other) or a number. Most keys are short
// enough to be compared whole as three integers.
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
    void endKey();
    int compare(quint32 left, quint32 right) const;

    std::vector<char32_t> m_units; // every key: folded UTF-16 units + 2, each list element ends in 1
    std::vector<size_t> m_offsets;
    // The first 24 units, 8 bits each: orders most keys without looking at m_units. Whole when the key has
    // at most 24 units and all fit: then equal prefixes mean equal keys.
    struct Prefix
    {
        std::array<quint64, 3> words{};
        bool whole = false;
    };
    std::vector<Prefix> m_prefixes;
};
