#pragma once

#include "cache/userrecord.h"
#include "models/usersearchtext.h"
#include "services/userlisting.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>

#include <vector>

// The users list, in memory, over a UserListing read by SnapshotService (or users given as they are, whose
// search text is then built here). Display text and raw values are separate: RawValueRole holds what sorting
// and filtering use (strings as stored, the state as an int).
class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UpnColumn,
        MailColumn,
        SchoolColumn,
        LicencesColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // per column: QString / QStringList / int(UserRecord::State)
        IdRole,                          // the user's object id (any column)
        SchoolIdsRole,                   // QStringList of administrative unit ids (any column)
        LastReadRole,                    // QDateTime (UTC) the user was last confirmed by the tenant
    };

    explicit UsersModel(QObject *parent = nullptr);

    // The listing as read (its search text built already, off the GUI thread).
    void setListing(UserListing listing);
    // The users as they are; the search text is built here.
    void setUsers(std::vector<UserRecord> users);
    const UserRecord &user(int row) const { return m_rows[row]; }
    // See UserListing: one search key per row, all in one buffer.
    QByteArrayView searchKey(int row) const { return m_search.key(size_t(row)); }
    const UserSearchText &searchText() const { return m_search; }
    // The raw-value order of two rows in a column (case-insensitive for text).
    bool lessThan(int column, int leftRow, int rightRow) const;
    // Every row in the raw-value order of a column; rows that compare equal keep their order.
    std::vector<int> sortedRows(int column, Qt::SortOrder order) const;

    static QString stateText(UserRecord::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Call on QEvent::LanguageChange: headers and state texts are looked up again.
    void retranslate();

private:
    void resetTo(UserListing listing, std::vector<UserRecord> users, UserSearchText search);

    // One of the two holds the users: a listing read by SnapshotService, or the users given to setUsers().
    UserListing m_listing;
    std::vector<UserRecord> m_users;
    const UserRecord *m_rows = nullptr;
    int m_rowCount = 0;
    UserSearchText m_search;
};
