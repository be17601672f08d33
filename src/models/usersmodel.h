#pragma once

#include "cache/userrecord.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <vector>

// The users list, in memory, fed by SnapshotReader::loadUsers(). Display text and raw values are separate:
// RawValueRole holds what sorting and filtering use (strings as stored, the state as an int).
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

    void setUsers(std::vector<UserRecord> users);
    const UserRecord &user(int row) const { return m_users[size_t(row)]; }
    // Lowercased "name\nupn\nmail\nschools" in UTF-8, built once per row, for search-as-you-type. All rows'
    // keys are stored one after the other in searchText() (each followed by a NUL), so a search scans one
    // buffer.
    QByteArrayView searchKey(int row) const
    {
        const qsizetype begin = m_keyOffsets[size_t(row)];
        return QByteArrayView(m_searchText.constData() + begin, m_keyOffsets[size_t(row) + 1] - begin - 1);
    }
    const QByteArray &searchText() const { return m_searchText; }
    // Where each row's key starts in searchText(); one more entry marks the end.
    const std::vector<qsizetype> &searchKeyOffsets() const { return m_keyOffsets; }
    // How often a byte occurs in searchText(): a search anchors on the needle's rarest byte.
    qsizetype byteCount(uchar byte) const { return m_byteCounts[byte]; }
    // The raw-value order of two rows in a column (case-insensitive for text).
    bool lessThan(int column, int leftRow, int rightRow) const;

    static QString stateText(UserRecord::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Call on QEvent::LanguageChange: headers and state texts are looked up again.
    void retranslate();

private:
    std::vector<UserRecord> m_users;
    QByteArray m_searchText;
    std::vector<qsizetype> m_keyOffsets; // start of each row's key, plus the end
    std::array<qsizetype, 256> m_byteCounts{};
};
