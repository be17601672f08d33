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
    : QWidget(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
    , m_stack(new QStackedLayout)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("listPane-") + objectKindId(kind));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack);
    retranslate();
    updateEmptyState();
}

void ObjectListPane::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ObjectListPane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ObjectListPane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ObjectListPane::updateEmptyState);
    }
    updateEmptyState();
}

void ObjectListPane::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    updateEmptyState();
}

bool ObjectListPane::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ObjectListPane::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    retranslate();
}

void ObjectListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ObjectListPane::retranslate()
{
    m_title->setText(NavigationModel::kindLabel(m_kind));
    const bool filtered = !m_proxy->filterRegularExpression().pattern().isEmpty();
    m_empty->setText(filtered ? tr("Nothing matches the search.")
                              : tr("Nothing to show yet. Objects appear here once the tenant's snapshot "
                                   "has been read."));
}
