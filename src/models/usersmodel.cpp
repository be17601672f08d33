#include "models/usersmodel.h"

#include "models/foldedsortkeys.h"
#include "models/logging.h"

namespace {

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

int compareLists(const QStringList &left, const QStringList &right)
{
    const qsizetype count = qMin(left.size(), right.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (const int c = QString::compare(left.at(i), right.at(i), Qt::CaseInsensitive))
            return c;
    }
    return int(left.size() - right.size());
}

} // namespace

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent)
{}

void UsersModel::setListing(UserListing listing)
{
    UserSearchText search = UserSearchText::fromListing(listing);
    resetTo(std::move(listing), {}, std::move(search));
}

void UsersModel::setUsers(std::vector<UserRecord> users)
{
    UserSearchText search = UserSearchText::build(users);
    resetTo(UserListing(), std::move(users), std::move(search));
}

void UsersModel::resetTo(UserListing listing, std::vector<UserRecord> users, UserSearchText search)
{
    beginResetModel();
    m_listing = std::move(listing);
    m_users = std::move(users);
    m_search = std::move(search);
    m_rows = m_listing.isEmpty() ? m_users.data() : m_listing.users().data();
    m_rowCount = int(m_listing.isEmpty() ? m_users.size() : m_listing.size());
    endResetModel();
    qCDebug(lcModels) << "Users model holds" << m_rowCount << "users";
}

QString UsersModel::stateText(UserRecord::State state)
{
    switch (state) {
    case UserRecord::State::Enabled:
        return tr("Enabled", "user account state: can sign in");
    case UserRecord::State::Disabled:
        return tr("Disabled", "user account state: sign-in blocked");
    case UserRecord::State::Deleted:
        return tr("Deleted", "user account state: in the tenant's recycle bin, restorable");
    }
    return QString();
}

bool UsersModel::lessThan(int column, int leftRow, int rightRow) const
{
    const UserRecord &left = user(leftRow);
    const UserRecord &right = user(rightRow);
    switch (column) {
    case NameColumn:
        return QString::compare(left.displayName, right.displayName, Qt::CaseInsensitive) < 0;
    case UpnColumn:
        return QString::compare(left.userPrincipalName, right.userPrincipalName, Qt::CaseInsensitive) < 0;
    case MailColumn:
        return QString::compare(left.mail, right.mail, Qt::CaseInsensitive) < 0;
    case SchoolColumn:
        return compareLists(left.schoolNames, right.schoolNames) < 0;
    case LicencesColumn:
        return compareLists(left.licences, right.licences) < 0;
    case StateColumn:
        return left.state < right.state;
    default:
        return false;
    }
}

std::vector<int> UsersModel::sortedRows(int column, Qt::SortOrder order) const
{
    FoldedSortKeys keys{size_t(m_rowCount)};
    const auto text = [column](const UserRecord &record) -> const void * {
        switch (column) {
        case NameColumn:
            return record.displayName.constData();
        case UpnColumn:
            return record.userPrincipalName.constData();
        case MailColumn:
            return record.mail.constData();
        case SchoolColumn:
            return record.schoolNames.constData();
        case LicencesColumn:
            return record.licences.constData();
        default:
            return nullptr;
        }
    };
    constexpr int prefetchDistance = 8;
    for (int row = 0; row < m_rowCount; ++row) {
        // The texts are all over the heap: ask for those of a few rows ahead while this one is keyed.
        if (row + prefetchDistance < m_rowCount)
            __builtin_prefetch(text(m_rows[row + prefetchDistance]));
        const UserRecord &record = m_rows[row];
        switch (column) {
        case NameColumn:
            keys.addText(record.displayName);
            break;
        case UpnColumn:
            keys.addText(record.userPrincipalName);
            break;
        case MailColumn:
            keys.addText(record.mail);
            break;
        case SchoolColumn:
            keys.addList(record.schoolNames);
            break;
        case LicencesColumn:
            keys.addList(record.licences);
            break;
        case StateColumn:
            keys.addNumber(quint16(record.state));
            break;
        default:
            keys.addNumber(0);
            break;
        }
    }
    return keys.sortedRows(order == Qt::DescendingOrder);
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const UserRecord &record = user(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return record.displayName;
        case UpnColumn:
            return record.userPrincipalName;
        case MailColumn:
            return record.mail;
        case SchoolColumn:
            return joined(record.schoolNames);
        case LicencesColumn:
            return joined(record.licences);
        case StateColumn:
            return stateText(record.state);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return record.displayName;
        case UpnColumn:
            return record.userPrincipalName;
        case MailColumn:
            return record.mail;
        case SchoolColumn:
            return record.schoolNames;
        case LicencesColumn:
            return record.licences;
        case StateColumn:
            return int(record.state);
        }
        break;
    case IdRole:
        return record.id;
    case SchoolIdsRole:
        return record.schoolIds;
    case LastReadRole:
        return record.lastRead();
    default:
        break;
    }
    return QVariant();
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "users list column");
    case UpnColumn:
        return tr("User name", "users list column: the userPrincipalName used to sign in");
    case MailColumn:
        return tr("Email", "users list column");
    case SchoolColumn:
        return tr("School", "users list column");
    case LicencesColumn:
        return tr("Licences", "users list column");
    case StateColumn:
        return tr("State", "users list column: enabled, disabled or deleted");
    }
    return QVariant();
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn), {Qt::DisplayRole});
}
