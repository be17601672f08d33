#pragma once

#include "cache/userrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <vector>

// The users of a snapshot as lists show them, with a search text built once: each row's key is the
// lowercased "name\nupn\nmail\nschools" in UTF-8, all keys stored one after the other (each followed by a
// NUL) so that a search scans one buffer. Built on the thread that reads the snapshot; the console's users
// model and the command line's `users list` both search it.
class UserListing
{
public:
    UserListing() = default;
    explicit UserListing(std::vector<UserRecord> users);

    size_t size() const { return m_users.size(); }
    bool isEmpty() const { return m_users.empty(); }
    const UserRecord &user(size_t row) const { return m_users[row]; }
    const std::vector<UserRecord> &users() const { return m_users; }

    QByteArrayView searchKey(size_t row) const
    {
        const qsizetype begin = m_keyOffsets[row];
        return QByteArrayView(m_searchText.constData() + begin, m_keyOffsets[row + 1] - begin - 1);
    }
    const QByteArray &searchText() const { return m_searchText; }
    // Where each row's key starts in searchText(); one more entry marks the end.
    const std::vector<qsizetype> &searchKeyOffsets() const { return m_keyOffsets; }
    // How often a byte occurs in searchText(): a search anchors on the needle's rarest byte.
    qsizetype byteCount(uchar byte) const { return m_byteCounts[byte]; }

    // Rows whose key contains `text` (any case) and, when `school` is given, that belong to the school with
    // that id or name; in row order.
    std::vector<size_t> find(const QString &text, const QString &school = QString()) const;

private:
    std::vector<UserRecord> m_users;
    QByteArray m_searchText;
    std::vector<qsizetype> m_keyOffsets{0}; // start of each row's key, plus the end
    std::array<qsizetype, 256> m_byteCounts{};
};
