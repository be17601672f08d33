#include "services/userlisting.h"

UserListing::UserListing(std::vector<UserRecord> users) : m_users(std::move(users))
{
    m_keyOffsets.clear();
    m_keyOffsets.reserve(m_users.size() + 1);
    const QChar separator(QLatin1Char('\n'));
    for (const UserRecord &user : m_users) {
        QString key = user.displayName + separator + user.userPrincipalName + separator + user.mail;
        for (const QString &school : user.schoolNames)
            key += separator + school;
        m_keyOffsets.push_back(m_searchText.size());
        m_searchText += key.toLower().toUtf8();
        m_searchText += '\0';
    }
    m_keyOffsets.push_back(m_searchText.size());
    m_searchText.squeeze();
    for (const char c : std::as_const(m_searchText))
        ++m_byteCounts[uchar(c)];
}

std::vector<size_t> UserListing::find(const QString &text, const QString &school) const
{
    const QByteArray needle = text.toLower().toUtf8();
    std::vector<size_t> rows;
    for (size_t row = 0; row < m_users.size(); ++row) {
        const UserRecord &user = m_users[row];
        if (!school.isEmpty() && !user.schoolIds.contains(school) &&
            !user.schoolNames.contains(school, Qt::CaseInsensitive))
            continue;
        if (!needle.isEmpty() && !searchKey(row).contains(needle))
            continue;
        rows.push_back(row);
    }
    return rows;
}
