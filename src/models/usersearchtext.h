#pragma once

#include "cache/userrecord.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

class UserListing;

// The users list's search text in UserListing's format: each row's key is the lowercased
// "name\nupn\nmail\nschools" in UTF-8, all keys one after the other (each followed by a NUL). Either taken
// from a listing that built it off the GUI thread, or built here in one pass without a QString per row.
class UserSearchText
{
public:
    UserSearchText() = default;
    static UserSearchText build(const std::vector<UserRecord> &users);
    static UserSearchText fromListing(const UserListing &listing);

    QByteArrayView key(size_t row) const
    {
        const qsizetype begin = m_offsets[row];
        return QByteArrayView(m_text.constData() + begin, m_offsets[row + 1] - begin - 1);
    }
    const QByteArray &text() const { return m_text; }
    // Where each row's key starts in text(); one more entry marks the end.
    const std::vector<qsizetype> &offsets() const { return m_offsets; }

private:
    QByteArray m_text;
    std::vector<qsizetype> m_offsets{0};
};
