#include "models/usersearchtext.h"

#include "services/userlisting.h"

namespace {

// Writes text.toLower().toUtf8() at `cursor` (room for three bytes a unit) and returns the new end, or
// nullptr when the text has a letter whose lower case is more than one unit (İ -> i̇) or a surrogate: then the
// whole key is made as UserListing makes it, so that those come out exactly as QString has them. Polish and
// Estonian letters (ł, ż, š, õ) stay on this path.
char *appendLowered(char *cursor, const QString &text)
{
    const char16_t *source = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = source + text.size();
    for (; source != end; ++source) {
        char16_t unit = *source;
        if (unit < 0x80) {
            *cursor++ = char(unit >= u'A' && unit <= u'Z' ? unit + 0x20 : unit);
            continue;
        }
        if (unit < 0x100) {
            if (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7)
                unit += 0x20;
            *cursor++ = char(0xC0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(unit) || unit == 0x130)
            return nullptr;
        unit = char16_t(QChar::toLower(char32_t(unit))); // may be ASCII: the Kelvin sign's is k
        if (unit < 0x80) {
            *cursor++ = char(unit);
        } else if (unit < 0x800) {
            *cursor++ = char(0xC0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3F));
        } else {
            *cursor++ = char(0xE0 | (unit >> 12));
            *cursor++ = char(0x80 | ((unit >> 6) & 0x3F));
            *cursor++ = char(0x80 | (unit & 0x3F));
        }
    }
    return cursor;
}

constexpr size_t prefetchDistance = 8;

void prefetchTexts(const UserRecord &user)
{
    __builtin_prefetch(user.displayName.constData());
    __builtin_prefetch(user.userPrincipalName.constData());
    __builtin_prefetch(user.mail.constData());
    __builtin_prefetch(user.schoolNames.constData());
}

QByteArray slowKey(const UserRecord &user)
{
    const QChar separator(QLatin1Char('\n'));
    QString key = user.displayName + separator + user.userPrincipalName + separator + user.mail;
    for (const QString &school : user.schoolNames)
        key += separator + school;
    return key.toLower().toUtf8();
}

} // namespace

UserSearchText UserSearchText::build(const std::vector<UserRecord> &users)
{
    UserSearchText search;
    search.m_offsets.clear();
    search.m_offsets.reserve(users.size() + 1);
    QByteArray &text = search.m_text;
    text.resize(qsizetype(users.size()) * 112);
    qsizetype size = 0;
    for (size_t index = 0; index < users.size(); ++index) {
        // The records' texts are all over the heap: ask for those of a few rows ahead while this one is made.
        if (index + prefetchDistance < users.size())
            prefetchTexts(users[index + prefetchDistance]);
        const UserRecord &user = users[index];
        search.m_offsets.push_back(size);
        // At most three UTF-8 bytes a unit on the fast path, a separator after each part and the NUL.
        qsizetype room = user.displayName.size() + user.userPrincipalName.size() + user.mail.size() + 3;
        for (const QString &school : user.schoolNames)
            room += school.size() + 1;
        room *= 3;
        if (text.size() < size + room)
            text.resize(qMax(size + room, text.size() * 2));
        char *const begin = text.data() + size;
        char *cursor = appendLowered(begin, user.displayName);
        if (cursor) {
            *cursor++ = '\n';
            cursor = appendLowered(cursor, user.userPrincipalName);
        }
        if (cursor) {
            *cursor++ = '\n';
            cursor = appendLowered(cursor, user.mail);
        }
        for (qsizetype i = 0; cursor && i < user.schoolNames.size(); ++i) {
            *cursor++ = '\n';
            cursor = appendLowered(cursor, user.schoolNames.at(i));
        }
        if (cursor) {
            size += cursor - begin;
        } else {
            const QByteArray key = slowKey(user);
            if (text.size() < size + key.size() + 1)
                text.resize(qMax(size + key.size() + 1, text.size() * 2));
            memcpy(text.data() + size, key.constData(), size_t(key.size()));
            size += key.size();
        }
        text.data()[size++] = '\0';
    }
    search.m_offsets.push_back(size);
    text.truncate(size); // the little room left over is not worth copying 20 MB for
    return search;
}

UserSearchText UserSearchText::fromListing(const UserListing &listing)
{
    UserSearchText search;
    search.m_text = listing.searchText();
    search.m_offsets = listing.searchKeyOffsets();
    return search;
}
