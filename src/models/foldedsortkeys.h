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
    // Call once: the keys are sorted in place.
    std::vector<int> sortedRows(bool descending);

private:
    // The first 24 units, 8 bits each, and the row: orders most keys without looking at m_units. Whole when
    // the key has at most 24 units and all fit: then equal prefixes mean equal keys, and the units are not
    // kept apart.
    struct Prefix
    {
        std::array<quint64, 3> words{};
        quint32 row = 0;
        bool whole = false;
    };

    void appendFolded(const QString &text);
    void endKey();
    int compare(const Prefix &left, const Prefix &right) const;

    std::vector<char32_t> m_units; // keys that are not whole: folded UTF-16 units + 2, list elements end in 1
    std::vector<size_t> m_offsets; // per row, where its units start in m_units; one more marks the end
    std::vector<Prefix> m_prefixes;
};
