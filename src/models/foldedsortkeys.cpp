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
    prefix.row = quint32(m_prefixes.size());
    prefix.whole = !full && length <= 24;
    if (prefix.whole)
        m_units.resize(start);
    m_offsets.push_back(m_units.size());
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

int FoldedSortKeys::compare(const Prefix &left, const Prefix &right) const
{
    // A whole key's units are its prefix's bytes up to the first 0.
    char32_t leftUnits[24];
    char32_t rightUnits[24];
    const auto units = [this](const Prefix &key, char32_t *buffer, size_t *length) -> const char32_t * {
        if (!key.whole) {
            *length = m_offsets[key.row + 1] - m_offsets[key.row];
            return m_units.data() + m_offsets[key.row];
        }
        size_t n = 0;
        for (; n < 24; ++n) {
            const char32_t unit = char32_t((key.words[n / 8] >> (8 * (7 - n % 8))) & 0xFF);
            if (unit == 0)
                break;
            buffer[n] = unit;
        }
        *length = n;
        return buffer;
    };
    size_t aLength = 0;
    size_t bLength = 0;
    const char32_t *a = units(left, leftUnits, &aLength);
    const char32_t *b = units(right, rightUnits, &bLength);
    const size_t length = std::min(aLength, bLength);
    for (size_t i = 0; i < length; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return aLength == bLength ? 0 : (aLength < bLength ? -1 : 1);
}

std::vector<int> FoldedSortKeys::sortedRows(bool descending)
{
    // Ties go by row, so that the order is the one a stable sort gives, ascending or descending.
    const auto ordered = [this, descending](const Prefix &l, const Prefix &r) {
        for (size_t i = 0; i < 3; ++i) {
            if (l.words[i] != r.words[i])
                return descending ? r.words[i] < l.words[i] : l.words[i] < r.words[i];
        }
        if (!l.whole || !r.whole) {
            if (const int c = compare(l, r))
                return descending ? c > 0 : c < 0;
        }
        return l.row < r.row;
    };
    std::sort(m_prefixes.begin(), m_prefixes.end(), ordered);
    std::vector<int> rows(m_prefixes.size());
    for (size_t i = 0; i < m_prefixes.size(); ++i)
        rows[i] = int(m_prefixes[i].row);
    return rows;
}
