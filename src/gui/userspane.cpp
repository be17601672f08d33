#include "gui/userspane.h"

#include "gui/userstatedelegate.h"
#include "models/usersmodel.h"
#include "models/usersmodelproxy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTableView>

UsersPane::UsersPane(QWidget *parent)
    : ObjectListPane(ObjectKind::Users, new UsersModelProxy, parent), m_model(std::make_unique<UsersModel>()),
      m_proxy(static_cast<UsersModelProxy *>(proxy()))
{
    m_proxy->setSourceModel(m_model.get());
    view()->setItemDelegate(new UserStateDelegate(view()));
    view()->setWordWrap(false);
    // One line per user, of a fixed height, so a long list scrolls without measuring rows.
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view()->verticalHeader()->setDefaultSectionSize(view()->fontMetrics().height() + 6);
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view()->horizontalHeader()->setDefaultSectionSize(160);
    view()->sortByColumn(UsersModel::NameColumn, Qt::AscendingOrder);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersPane::onCurrentChanged);
    // Filtering and swapping the model reset the list: keep the same user selected when still listed.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_currentId.isEmpty() || !m_model)
            return;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->user(row).id != m_currentId)
                continue;
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                view()->setCurrentIndex(index);
                return;
            }
            break;
        }
        onCurrentChanged();
    });
    updateEmptyState();
}

UsersPane::~UsersPane()
{
    // The proxy (a child, deleted later) must not keep the model that goes with this object's members.
    disconnect(m_proxy, nullptr, this, nullptr);
    disconnect(view()->selectionModel(), nullptr, this, nullptr);
    m_proxy->setSourceModel(nullptr);
}

void UsersPane::setUsersModel(std::unique_ptr<UsersModel> model)
{
    m_proxy->setSourceModel(model.get());
    std::swap(m_model, model); // the old model goes once the proxy no longer uses it
    m_state = State::Ready;
    updateEmptyState();
}

void UsersPane::setState(State state)
{
    m_state = state;
    updateEmptyState();
}

void UsersPane::setLoadError(const Error &error)
{
    m_loadError = error;
    updateEmptyState();
}

void UsersPane::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    ObjectListPane::setFilterText(text);
}

void UsersPane::setSchoolFilter(const QString &schoolId)
{
    m_proxy->setSchoolFilter(schoolId);
    ObjectListPane::setSchoolFilter(schoolId);
}

const UserRecord *UsersPane::currentUser() const
{
    const QModelIndex source = m_proxy->mapToSource(view()->currentIndex());
    return source.isValid() ? &m_model->user(source.row()) : nullptr;
}

void UsersPane::onCurrentChanged()
{
    const UserRecord *user = currentUser();
    const QString id = user ? user->id : QString();
    if (user)
        m_currentId = id;
    emit currentUserChanged(user);
}

QList<QPair<QString, QString>> UsersPane::details(const UserRecord &user)
{
    const QString none = tr("(none)", "details pane: an empty field");
    const auto orNone = [&none](const QString &value) {
        return value.isEmpty() ? none : value;
    };
    const QString lastRead =
        user.lastReadMs > 0 ? QLocale().toString(user.lastRead().toLocalTime(), QLocale::LongFormat) : none;
    return {
        {tr("Name"), user.displayName},
        {tr("User name"), user.userPrincipalName},
        {tr("Email"), orNone(user.mail)},
        {tr("Job title"), orNone(user.jobTitle)},
        {tr("Department"), orNone(user.department)},
        {tr("Schools"), orNone(user.schoolNames.join(QStringLiteral(", ")))},
        {tr("Licences"), orNone(user.licences.join(QStringLiteral(", ")))},
        {tr("State"), UsersModel::stateText(user.state)},
        {tr("Last read from the tenant"), lastRead},
    };
}

QString UsersPane::emptyText(bool filtered) const
{
    if (m_loadError)
        return tr("The snapshot could not be read: %1").arg(m_loadError.message());
    switch (m_state) {
    case State::Loading:
        return tr("Reading the snapshot…");
    case State::NoSnapshot:
        return tr("No snapshot yet — Refresh (F5) to read the tenant.");
    case State::Ready:
        break;
    }
    if (filtered)
        return tr("No user matches the search or the school chosen.");
    return tr("The snapshot holds no users.");
}

QString UsersPane::summaryText() const
{
    if (m_state != State::Ready)
        return QString();
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    if (shown == total)
        return tr("%n user(s)", nullptr, shown);
    return tr("%1 of %n user(s)", "users list: the users shown of all users in the snapshot", total)
        .arg(shown);
}

void UsersPane::retranslate()
{
    if (m_model)
        m_model->retranslate();
    ObjectListPane::retranslate();
}
