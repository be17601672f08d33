#include "models/foldedsortkeys.h"

#include <algorithm>

namespace {

constexpr char32_t listEnd = 1;
constexpr char32_t firstUnit = 2;
constexpr char32_t slotMax = 0xFF;

} // namespace

FoldedSortKeys::FoldedSortKeys(size_t rows)
{
    m_rowKeys.reserve(rows);
    m_offsets.push_back(0);
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

quint32 FoldedSortKeys::endKey()
{
    const size_t start = m_offsets.back();
    const size_t length = m_units.size() - start;
    m_offsets.push_back(m_units.size());
    // The slots after one that does not fit in 8 bits are all full, so that a smaller prefix still means a
    // smaller key (an equal prefix means "compare the units").
    Prefix prefix;
    bool full = false;
    for (size_t i = 0; i < 16; ++i) {
        const char32_t value = full ? slotMax : (i < length ? m_units[start + i] : 0);
        full = full || value > slotMax;
        quint64 &half = i < 8 ? prefix.high : prefix.low;
        half = (half << 8) | qMin(value, slotMax);
    }
    m_prefixes.push_back(prefix);
    return quint32(m_prefixes.size() - 1);
}

void FoldedSortKeys::addText(const QString &text)
{
    auto it = m_texts.constFind(text);
    if (it == m_texts.constEnd()) {
        appendFolded(text);
        it = m_texts.insert(text, endKey());
    }
    m_rowKeys.push_back(*it);
}

void FoldedSortKeys::addList(const QStringList &texts)
{
    auto it = m_lists.constFind(texts);
    if (it == m_lists.constEnd()) {
        // Each text followed by listEnd, which is below every unit: a text that is the start of another
        // sorts first, and so does a list that is the start of another.
        for (const QString &text : texts) {
            appendFolded(text);
            m_units.push_back(listEnd);
        }
        it = m_lists.insert(texts, endKey());
    }
    m_rowKeys.push_back(*it);
}

void FoldedSortKeys::addNumber(quint16 value)
{
    auto it = m_numbers.constFind(value);
    if (it == m_numbers.constEnd()) {
        m_units.push_back(char32_t(value) + firstUnit);
        it = m_numbers.insert(value, endKey());
    }
    m_rowKeys.push_back(*it);
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
    // The distinct keys in order, then a rank for each (keys that compare equal share one).
    std::vector<quint32> keys(m_prefixes.size());
    for (size_t key = 0; key < keys.size(); ++key)
        keys[key] = quint32(key);
    const auto less = [this](quint32 l, quint32 r) {
        const Prefix &a = m_prefixes[l];
        const Prefix &b = m_prefixes[r];
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return compare(l, r) < 0;
    };
    std::sort(keys.begin(), keys.end(), less);
    std::vector<quint32> ranks(keys.size());
    quint32 rank = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        if (i > 0 && less(keys[i - 1], keys[i]))
            ++rank;
        ranks[keys[i]] = rank;
    }
    if (descending) {
        for (quint32 &r : ranks)
            r = rank - r;
    }

    // The rows by rank, each rank's rows in row order: what a stable sort gives.
    std::vector<quint32> starts(size_t(rank) + 2, 0);
    for (const quint32 key : m_rowKeys)
        ++starts[ranks[key] + 1];
    for (size_t i = 1; i < starts.size(); ++i)
        starts[i] += starts[i - 1];
    std::vector<int> rows(m_rowKeys.size());
    for (size_t row = 0; row < m_rowKeys.size(); ++row)
        rows[starts[ranks[m_rowKeys[row]]]++] = int(row);
    return rows;
}
