#pragma once

#include "core/objectkind.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;
class QAbstractItemModel;

// The list pane for one kind of object: a sortable, filterable table, or an explanation when it is empty.
class ObjectListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectListPane(ObjectKind kind, QWidget *parent = nullptr);

    ObjectKind kind() const { return m_kind; }
    void setSourceModel(QAbstractItemModel *model);
    void setFilterText(const QString &text);
    QTableView *view() const { return m_view; }
    bool showsEmptyState() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();
    void retranslate();

    ObjectKind m_kind;
    QLabel *m_title;
    QLabel *m_empty;
    QTableView *m_view;
    QStackedLayout *m_stack;
    QSortFilterProxyModel *m_proxy;
};
