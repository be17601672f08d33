#include "gui/objectlistpane.h"

#include "models/navigationmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

ObjectListPane::ObjectListPane(ObjectKind kind, QWidget *parent)
    : ObjectListPane(kind, new QSortFilterProxyModel, parent)
{
    m_sortFilter = static_cast<QSortFilterProxyModel *>(m_proxyModel);
    m_sortFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_sortFilter->setFilterKeyColumn(-1);
}

ObjectListPane::ObjectListPane(ObjectKind kind, QAbstractProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_empty(new QLabel(this)), m_view(new QTableView(this)), m_stack(new QStackedLayout),
      m_proxyModel(proxy)
{
    m_proxyModel->setParent(this);
    setUp();
}

void ObjectListPane::setUp()
{
    setObjectName(QStringLiteral("listPane-") + objectKindId(m_kind));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("listSummary"));
    m_summary->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));

    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setModel(m_proxyModel);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(true);

    connect(m_proxyModel, &QAbstractItemModel::modelReset, this, &ObjectListPane::updateEmptyState);
    connect(m_proxyModel, &QAbstractItemModel::layoutChanged, this, &ObjectListPane::updateEmptyState);
    connect(m_proxyModel, &QAbstractItemModel::rowsInserted, this, &ObjectListPane::updateEmptyState);
    connect(m_proxyModel, &QAbstractItemModel::rowsRemoved, this, &ObjectListPane::updateEmptyState);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack);
    updateEmptyState();
}

void ObjectListPane::setSourceModel(QAbstractItemModel *model)
{
    m_proxyModel->setSourceModel(model);
    updateEmptyState();
}

void ObjectListPane::setFilterText(const QString &text)
{
    m_filterText = text;
    if (m_sortFilter)
        m_sortFilter->setFilterFixedString(text);
    updateEmptyState();
}

void ObjectListPane::setSchoolFilter(const QString &schoolId)
{
    m_schoolId = schoolId;
    updateEmptyState();
}

bool ObjectListPane::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ObjectListPane::emptyStateText() const
{
    return m_empty->text();
}

void ObjectListPane::updateEmptyState()
{
    const bool empty = m_proxyModel->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    updateTexts();
}

QString ObjectListPane::emptyText(bool filtered) const
{
    return filtered ? tr("Nothing matches the search.") : tr("Tenantdesk does not show this list yet.");
}

void ObjectListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ObjectListPane::retranslate()
{
    updateTexts();
}

void ObjectListPane::updateTexts()
{
    m_title->setText(NavigationModel::kindLabel(m_kind));
    const QString summary = summaryText();
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_empty->setText(emptyText(isFiltered() && m_proxyModel->sourceModel() &&
                               m_proxyModel->sourceModel()->rowCount() > 0));
}
