#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QPointer>

#include <vector>

class UsersModel;

// Sorting, search-as-you-type and a school filter over a UsersModel, without QSortFilterProxyModel's per-row
// overhead: rows are kept as index vectors, the search matches each row's prebuilt search key, a search text
// that contains an earlier one only searches that one's matches, and going back (backspace) to an earlier
// text reuses its matches.
class UsersModelProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit UsersModelProxy(QObject *parent = nullptr);

    // Only a UsersModel is accepted (anything else is treated as no source).
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Case-insensitive substring match over name, UPN, mail and school names.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Only users that are members of this administrative unit; empty = all schools.
    void setSchoolFilter(const QString &schoolId);
    QString schoolFilter() const { return m_schoolId; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

private:
    // The source rows (ascending) whose search key contains a search text, within the school filter.
    struct Matches
    {
        QByteArray needle;
        std::vector<int> sourceRows;
    };

    void rebuildAll();
    void sortAll();
    void refilter();
    std::vector<int> search(const QByteArray &needle, const std::vector<int> *candidates) const;
    void showMatches(const std::vector<int> *sourceRows);
    const std::vector<int> &sourceToProxy() const;
    bool inSchool(int sourceRow) const;
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    QPointer<UsersModel> m_source;
    QString m_filterText;
    QByteArray m_needle; // lowercased UTF-8 of m_filterText
    QString m_schoolId;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;   // every source row in sort order
    std::vector<int> m_position; // source row -> its place in m_sorted
    std::vector<int> m_rows;     // proxy row -> source row
    // Search texts typed so far that the current one contains, each with its matches (the last is the
    // current text's). Emptied when the users or the school filter change.
    std::vector<Matches> m_matches;
    mutable std::vector<int> m_sourceToProxy; // source row -> proxy row or -1; made when first asked for
    mutable bool m_sourceToProxyValid = false;
    QList<QMetaObject::Connection> m_connections;
};
