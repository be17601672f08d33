#include "models/foldedsortkeys.h"

#include <algorithm>

namespace {

constexpr char32_t listEnd = 1;
constexpr char32_t firstUnit = 2;
constexpr char32_t slotMax = 0xFF;

} // namespace

FoldedSortKeys::FoldedSortKeys(size_t rows)
{
    m_offsets.reserve(rows + 1);
    m_offsets.push_back(0);
    m_prefixes.reserve(rows);
    m_units.reserve(rows * 16);
}

void FoldedSortKeys::appendFolded(const QString &text)
{
    // As QString::compare folds: each UTF-16 unit on its own, a low surrogate with the high one before it.
    char32_t last = 0;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        char32_t folded;
        if (unit < 0x80) {
            folded = unit >= u'A' && unit <= u'Z' ? unit + 0x20 : unit;
        } else {
            char32_t ucs4 = unit;
            if (QChar::isLowSurrogate(unit) && QChar::isHighSurrogate(last))
                ucs4 = QChar::surrogateToUcs4(char16_t(last), unit);
            folded = QChar::toCaseFolded(ucs4);
        }
        last = unit;
        m_units.push_back(folded + firstUnit);
    }
}

void FoldedSortKeys::endKey()
{
    const size_t start = m_offsets.back();
    const size_t length = m_units.size() - start;
    m_offsets.push_back(m_units.size());
    // The slots after one that does not fit in 8 bits are all full, so that a smaller prefix still means a
    // smaller key (an equal prefix means "compare the units").
    Prefix prefix;
    bool full = false;
    for (size_t i = 0; i < 24; ++i) {
        const char32_t value = full ? slotMax : (i < length ? m_units[start + i] : 0);
        full = full || value > slotMax;
        quint64 &word = prefix.words[i / 8];
        word = (word << 8) | qMin(value, slotMax);
    }
    prefix.whole = !full && length <= 24;
    m_prefixes.push_back(prefix);
}

void FoldedSortKeys::addText(const QString &text)
{
    appendFolded(text);
    endKey();
}

void FoldedSortKeys::addList(const QStringList &texts)
{
    // Each text followed by listEnd, which is below every unit: a text that is the start of another sorts
    // first, and so does a list that is the start of another.
    for (const QString &text : texts) {
        appendFolded(text);
        m_units.push_back(listEnd);
    }
    endKey();
}

void FoldedSortKeys::addNumber(quint16 value)
{
    m_units.push_back(char32_t(value) + firstUnit);
    endKey();
}

int FoldedSortKeys::compare(quint32 left, quint32 right) const
{
    const char32_t *a = m_units.data() + m_offsets[left];
    const char32_t *b = m_units.data() + m_offsets[right];
    const size_t aLength = m_offsets[left + 1] - m_offsets[left];
    const size_t bLength = m_offsets[right + 1] - m_offsets[right];
    const size_t length = std::min(aLength, bLength);
    for (size_t i = 0; i < length; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return aLength == bLength ? 0 : (aLength < bLength ? -1 : 1);
}

std::vector<int> FoldedSortKeys::sortedRows(bool descending) const
{
    struct Entry
    {
        std::array<quint64, 3> words;
        quint32 row;
        bool whole;
    };
    const size_t count = m_prefixes.size();
    std::vector<Entry> entries(count);
    for (size_t row = 0; row < count; ++row) {
        const Prefix &prefix = m_prefixes[row];
        entries[row] = {prefix.words, quint32(row), prefix.whole};
    }
    // Ties go by row, so that the order is the one a stable sort gives, ascending or descending.
    const auto ordered = [this, descending](const Entry &l, const Entry &r) {
        for (size_t i = 0; i < 3; ++i) {
            if (l.words[i] != r.words[i])
                return descending ? r.words[i] < l.words[i] : l.words[i] < r.words[i];
        }
        if (!l.whole || !r.whole) {
            if (const int c = compare(l.row, r.row))
                return descending ? c > 0 : c < 0;
        }
        return l.row < r.row;
    };
    std::sort(entries.begin(), entries.end(), ordered);
    std::vector<int> rows(count);
    for (size_t i = 0; i < count; ++i)
        rows[i] = int(entries[i].row);
    return rows;
}
