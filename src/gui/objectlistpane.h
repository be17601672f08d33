#pragma once

#include "core/objectkind.h"

#include <QWidget>

class QAbstractItemModel;
class QAbstractProxyModel;
class QLabel;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

// The list pane for one kind of object: a sortable, filterable table, or an explanation when it is empty.
// Kinds with a model of their own (UsersPane) subclass it and bring their own proxy.
class ObjectListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectListPane(ObjectKind kind, QWidget *parent = nullptr);

    ObjectKind kind() const { return m_kind; }
    // The rows to list (the pane filters and sorts them through its proxy).
    void setSourceModel(QAbstractItemModel *model);
    // Search-as-you-type from the window's search field.
    virtual void setFilterText(const QString &text);
    // Only objects of this school (an administrative unit id); empty = the whole tenant. Kinds that cannot
    // tell an object's school yet ignore it.
    virtual void setSchoolFilter(const QString &schoolId);
    QString filterText() const { return m_filterText; }
    QTableView *view() const { return m_view; }
    bool showsEmptyState() const;
    // The text shown instead of the table when nothing is listed.
    QString emptyStateText() const;

protected:
    ObjectListPane(ObjectKind kind, QAbstractProxyModel *proxy, QWidget *parent);

    void changeEvent(QEvent *event) override;
    // Shows the table or the empty-state text, and the title, after the rows changed.
    void updateEmptyState();
    // The empty-state text; `filtered` when a search or school filter hides every row.
    virtual QString emptyText(bool filtered) const;
    // A line under the title, e.g. the number of rows; empty hides it.
    virtual QString summaryText() const { return QString(); }
    // On LanguageChange: subclasses retranslate what they own, then call this.
    virtual void retranslate();
    QAbstractProxyModel *proxy() const { return m_proxyModel; }
    bool isFiltered() const { return !m_filterText.isEmpty() || !m_schoolId.isEmpty(); }

private:
    void setUp();
    void updateTexts();

    ObjectKind m_kind;
    QString m_filterText;
    QString m_schoolId;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_empty;
    QTableView *m_view;
    QStackedLayout *m_stack;
    QAbstractProxyModel *m_proxyModel;
    QSortFilterProxyModel *m_sortFilter = nullptr; // the default proxy; null when a subclass brings its own
};
