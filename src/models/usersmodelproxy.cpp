#include "models/usersmodelproxy.h"

#include "models/logging.h"
#include "models/usersmodel.h"

#include <algorithm>
#include <cstring>
#include <numeric>

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
    sortAll();
    m_rows.clear();
    m_sourceToProxy.assign(m_sorted.size(), -1);
    for (int sourceRow : m_sorted) {
        if (accepts(sourceRow)) {
            m_sourceToProxy[size_t(sourceRow)] = int(m_rows.size());
            m_rows.push_back(sourceRow);
        }
    }
}

void UsersModelProxy::sortAll()
{
    if (m_source && m_sortColumn >= 0) {
        m_sorted = m_source->sortedRows(m_sortColumn, m_sortOrder);
        return;
    }
    m_sorted.resize(m_source ? size_t(m_source->rowCount()) : 0);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
}

bool UsersModelProxy::accepts(int sourceRow) const
{
    if (!m_schoolId.isEmpty() && !m_source->user(sourceRow).schoolIds.contains(m_schoolId))
        return false;
    return m_needle.isEmpty() || m_source->searchKey(sourceRow).contains(m_needle);
}

void UsersModelProxy::refilter(bool narrow)
{
    beginResetModel();
    std::vector<int> rows;
    // Narrowing tests each remaining row; when many remain, one pass over all keys is faster.
    narrow = narrow && m_rows.size() * 4 < m_sorted.size();
    if (narrow || m_needle.isEmpty()) {
        const std::vector<int> &candidates = narrow ? m_rows : m_sorted;
        rows.reserve(candidates.size());
        for (int sourceRow : candidates) {
            if (accepts(sourceRow))
                rows.push_back(sourceRow);
        }
    } else {
        // Search all keys as one buffer: memchr for the needle's rarest byte, compare around it, then skip to
        // the next row's key. Matches come in row order, so the row is found by walking the offsets.
        std::vector<char> matched(m_sorted.size(), 0);
        const UserSearchText &search = m_source->searchText();
        const QByteArray &text = search.text();
        const std::vector<qsizetype> &offsets = search.offsets();
        const char *const begin = text.constData();
        const qsizetype size = text.size();
        const qsizetype length = m_needle.size();
        qsizetype anchor = 0;
        for (qsizetype i = 1; i < length; ++i) {
            if (search.byteCount(uchar(m_needle[i])) < search.byteCount(uchar(m_needle[anchor])))
                anchor = i;
        }
        const char anchorByte = m_needle[anchor];
        size_t row = 0;
        for (qsizetype at = anchor; at < size;) {
            const char *hit = static_cast<const char *>(memchr(begin + at, anchorByte, size_t(size - at)));
            if (!hit)
                break;
            const qsizetype start = (hit - begin) - anchor;
            if (start + length > size || memcmp(begin + start, m_needle.constData(), size_t(length)) != 0) {
                at = (hit - begin) + 1;
                continue;
            }
            while (offsets[row + 1] <= start)
                ++row;
            matched[row] = 1;
            at = offsets[row + 1] + anchor; // the next row's key
        }
        for (int sourceRow : m_sorted) {
            if (matched[size_t(sourceRow)] &&
                (m_schoolId.isEmpty() || m_source->user(sourceRow).schoolIds.contains(m_schoolId)))
                rows.push_back(sourceRow);
        }
    }
    for (int sourceRow : m_rows)
        m_sourceToProxy[size_t(sourceRow)] = -1;
    m_rows = std::move(rows);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_sourceToProxy[size_t(m_rows[i])] = int(i);
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
    // Every row that contains the new text also contains the old one when the old text is part of the new.
    const bool narrow = needle.contains(m_needle);
    m_needle = needle;
    if (m_source)
        refilter(narrow);
}

void UsersModelProxy::setSchoolFilter(const QString &schoolId)
{
    if (schoolId == m_schoolId)
        return;
    const bool narrow = m_schoolId.isEmpty();
    m_schoolId = schoolId;
    if (m_source)
        refilter(narrow);
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
    sortAll();
    std::vector<int> rows;
    rows.reserve(m_rows.size());
    for (int sourceRow : m_sorted) {
        if (m_sourceToProxy[size_t(sourceRow)] >= 0)
            rows.push_back(sourceRow);
    }
    m_rows = std::move(rows);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_sourceToProxy[size_t(m_rows[i])] = int(i);

    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &cell : std::as_const(sourceCells))
        after.append(index(m_sourceToProxy[size_t(cell.first)], cell.second));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UsersModelProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    int first = -1;
    int last = -1;
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        const int row = m_sourceToProxy[size_t(sourceRow)];
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
        size_t(sourceIndex.row()) >= m_sourceToProxy.size())
        return QModelIndex();
    const int row = m_sourceToProxy[size_t(sourceIndex.row())];
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
