#include "models/usersmodelproxy.h"

#include "models/logging.h"
#include "models/usersmodel.h"

#include <algorithm>
#include <cstring>
#include <numeric>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// The first place of `needle` in `text`, or nullptr. Compares the needle's first and last bytes at sixteen
// places at once, and the rest only where both are there (SSE2 is part of every x86-64).
const char *find(const char *text, size_t size, const char *needle, size_t length)
{
    if (size < length)
        return nullptr;
    if (length == 1)
        return static_cast<const char *>(memchr(text, needle[0], size));
    const size_t places = size - length + 1;
    size_t i = 0;
#ifdef __SSE2__
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[length - 1]);
    for (; i + 16 <= places; i += 16) {
        const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        const __m128i ends = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i + length - 1));
        unsigned mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(starts, first), _mm_cmpeq_epi8(ends, last))));
        while (mask) {
            const size_t at = i + size_t(__builtin_ctz(mask));
            if (memcmp(text + at + 1, needle + 1, length - 2) == 0)
                return text + at;
            mask &= mask - 1;
        }
    }
#endif
    for (; i < places; ++i) {
        if (text[i] == needle[0] && text[i + length - 1] == needle[length - 1] &&
            memcmp(text + i + 1, needle + 1, length - 2) == 0)
            return text + i;
    }
    return nullptr;
}

} // namespace

UsersModelProxy::UsersModelProxy(QObject *parent) : QAbstractProxyModel(parent)
{}

void UsersModelProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_source = qobject_cast<UsersModel *>(sourceModel);
    if (sourceModel && !m_source)
        qCWarning(lcModels) << "UsersModelProxy only filters a UsersModel";
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        // The users model changes by resets; anything else is handled as one too.
        const auto aboutToReset = [this] {
            beginResetModel();
        };
        const auto reset = [this] {
            rebuildAll();
            endResetModel();
        };
        m_connections = {
            connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, aboutToReset),
            connect(m_source, &QAbstractItemModel::modelReset, this, reset),
            connect(m_source, &QAbstractItemModel::rowsAboutToBeInserted, this, aboutToReset),
            connect(m_source, &QAbstractItemModel::rowsInserted, this, reset),
            connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, aboutToReset),
            connect(m_source, &QAbstractItemModel::rowsRemoved, this, reset),
            connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this, aboutToReset),
            connect(m_source, &QAbstractItemModel::layoutChanged, this, reset),
            connect(m_source, &QAbstractItemModel::dataChanged, this, &UsersModelProxy::onSourceDataChanged),
            connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuildAll();
    endResetModel();
}

void UsersModelProxy::rebuildAll()
{
    m_matches.clear();
    sortAll();
    m_rows.clear();
    m_sourceToProxyValid = false;
    if (!m_source)
        return;
    if (m_needle.isEmpty() && m_schoolId.isEmpty()) {
        m_rows = m_sorted;
        return;
    }
    m_matches.push_back({m_needle, search(m_needle, nullptr)});
    showMatches(&m_matches.back().sourceRows);
}

void UsersModelProxy::sortAll()
{
    if (m_source && m_sortColumn >= 0) {
        m_sorted = m_source->sortedRows(m_sortColumn, m_sortOrder);
    } else {
        m_sorted.resize(m_source ? size_t(m_source->rowCount()) : 0);
        std::iota(m_sorted.begin(), m_sorted.end(), 0);
    }
    m_position.resize(m_sorted.size());
    for (size_t i = 0; i < m_sorted.size(); ++i)
        m_position[size_t(m_sorted[i])] = int(i);
}

bool UsersModelProxy::inSchool(int sourceRow) const
{
    return m_schoolId.isEmpty() || m_source->user(sourceRow).schoolIds.contains(m_schoolId);
}

std::vector<int> UsersModelProxy::search(const QByteArray &needle, const std::vector<int> *candidates) const
{
    const int rowCount = m_source->rowCount();
    std::vector<int> rows;
    if (needle.isEmpty()) {
        for (int row = 0; row < rowCount; ++row) {
            if (inSchool(row))
                rows.push_back(row);
        }
        return rows;
    }
    const UserSearchText &text = m_source->searchText();
    const size_t length = size_t(needle.size());
    // Few earlier matches: only their keys are searched, in row order. With many, one pass over the whole
    // buffer is faster.
    if (candidates && candidates->size() * 4 < size_t(rowCount)) {
        rows.reserve(candidates->size());
        for (const int row : *candidates) {
            const QByteArrayView key = text.key(size_t(row));
            if (find(key.data(), size_t(key.size()), needle.constData(), length))
                rows.push_back(row);
        }
        return rows;
    }
    // All keys as one buffer: find the needle, note the key it is in, go on from the next key.
    const std::vector<qsizetype> &offsets = text.offsets();
    const char *const begin = text.text().constData();
    const char *const end = begin + text.text().size();
    size_t row = 0;
    for (const char *at = begin; at < end;) {
        const char *hit = find(at, size_t(end - at), needle.constData(), length);
        if (!hit)
            break;
        const qsizetype offset = hit - begin;
        while (offsets[row + 1] <= offset)
            ++row;
        if (offset + qsizetype(length) >= offsets[row + 1]) { // runs over the key's end
            at = hit + 1;
            continue;
        }
        if (inSchool(int(row)))
            rows.push_back(int(row));
        at = begin + offsets[row + 1];
    }
    return rows;
}

void UsersModelProxy::showMatches(const std::vector<int> *sourceRows)
{
    m_sourceToProxyValid = false;
    if (!sourceRows) {
        m_rows = m_sorted;
        return;
    }
    // In sort order: mark each match's place in m_sorted, then read the places front to back.
    std::vector<char> shown(m_sorted.size(), 0);
    for (const int row : *sourceRows)
        shown[size_t(m_position[size_t(row)])] = 1;
    m_rows.clear();
    m_rows.reserve(sourceRows->size());
    for (size_t i = 0; i < shown.size(); ++i) {
        if (shown[i])
            m_rows.push_back(m_sorted[i]);
    }
}

const std::vector<int> &UsersModelProxy::sourceToProxy() const
{
    if (!m_sourceToProxyValid) {
        m_sourceToProxy.assign(m_sorted.size(), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_sourceToProxy[size_t(m_rows[i])] = int(i);
        m_sourceToProxyValid = true;
    }
    return m_sourceToProxy;
}

void UsersModelProxy::refilter()
{
    beginResetModel();
    if (m_needle.isEmpty() && m_schoolId.isEmpty()) {
        m_matches.clear();
        showMatches(nullptr);
        endResetModel();
        return;
    }
    // The latest earlier text that the new one contains: its matches are the only candidates.
    while (!m_matches.empty() && !m_needle.contains(m_matches.back().needle))
        m_matches.pop_back();
    if (m_matches.empty() || m_matches.back().needle != m_needle) {
        const std::vector<int> *candidates = m_matches.empty() ? nullptr : &m_matches.back().sourceRows;
        std::vector<int> rows = search(m_needle, candidates);
        m_matches.push_back({m_needle, std::move(rows)});
    }
    showMatches(&m_matches.back().sourceRows);
    endResetModel();
}

void UsersModelProxy::setFilterText(const QString &text)
{
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    if (text == m_filterText && needle == m_needle)
        return;
    m_filterText = text;
    if (needle == m_needle)
        return;
    m_needle = needle;
    if (m_source)
        refilter();
}

void UsersModelProxy::setSchoolFilter(const QString &schoolId)
{
    if (schoolId == m_schoolId)
        return;
    m_schoolId = schoolId;
    m_matches.clear(); // the matches were within the previous school
    if (m_source)
        refilter();
}

void UsersModelProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<int, int>> sourceCells; // source row, column
    sourceCells.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceCells.append({m_rows[size_t(index.row())], index.column()});

    m_sortColumn = column;
    m_sortOrder = order;
    const bool all = m_rows.size() == m_sorted.size();
    const std::vector<int> shown = all ? std::vector<int>() : m_rows;
    sortAll();
    showMatches(all ? nullptr : &shown);

    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &cell : std::as_const(sourceCells))
        after.append(index(sourceToProxy()[size_t(cell.first)], cell.second));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UsersModelProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    int first = -1;
    int last = -1;
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        const int row = sourceToProxy()[size_t(sourceRow)];
        if (row < 0)
            continue;
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    if (first >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

QModelIndex UsersModelProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= int(m_rows.size()))
        return QModelIndex();
    return m_source->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UsersModelProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source ||
        size_t(sourceIndex.row()) >= m_sorted.size())
        return QModelIndex();
    const int row = sourceToProxy()[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex UsersModelProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex UsersModelProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int UsersModelProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModelProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool UsersModelProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QModelIndex UsersModelProxy::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}
