#include "models/usersearchtext.h"

#include "services/userlisting.h"

namespace {

// Appends text.toLower().toUtf8() to `out` from `at` on, growing `out` as needed; returns the new end.
// Latin-1 text (nearly every name, address and school) is lowered and encoded here; anything else goes
// through QString so that special casings (İ -> i̇) stay exactly as QString::toLower() has them.
qsizetype appendLowered(QByteArray &out, qsizetype at, const QString &text)
{
    const qsizetype length = text.size();
    if (out.size() < at + 2 * length)
        out.resize(qMax(at + 2 * length, out.size() * 2));
    char *const begin = out.data();
    char *cursor = begin + at;
    const char16_t *source = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < length; ++i) {
        char16_t unit = source[i];
        if (unit >= 0x100) {
            const QByteArray lowered = text.toLower().toUtf8();
            if (out.size() < at + lowered.size())
                out.resize(qMax(at + lowered.size(), out.size() * 2));
            memcpy(out.data() + at, lowered.constData(), size_t(lowered.size()));
            return at + lowered.size();
        }
        if ((unit >= u'A' && unit <= u'Z') || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7))
            unit += 0x20;
        if (unit < 0x80) {
            *cursor++ = char(unit);
        } else {
            *cursor++ = char(0xC0 | (unit >> 6));
            *cursor++ = char(0x80 | (unit & 0x3F));
        }
    }
    return cursor - begin;
}

} // namespace

UserSearchText UserSearchText::build(const std::vector<UserRecord> &users)
{
    UserSearchText search;
    search.m_offsets.clear();
    search.m_offsets.reserve(users.size() + 1);
    search.m_text.resize(qsizetype(users.size()) * 128);
    qsizetype size = 0;
    const auto separator = [&search, &size] {
        if (search.m_text.size() == size)
            search.m_text.resize(size * 2 + 16);
        search.m_text.data()[size++] = '\n';
    };
    for (const UserRecord &user : users) {
        search.m_offsets.push_back(size);
        size = appendLowered(search.m_text, size, user.displayName);
        separator();
        size = appendLowered(search.m_text, size, user.userPrincipalName);
        separator();
        size = appendLowered(search.m_text, size, user.mail);
        for (const QString &school : user.schoolNames) {
            separator();
            size = appendLowered(search.m_text, size, school);
        }
        if (search.m_text.size() == size)
            search.m_text.resize(size * 2 + 16);
        search.m_text.data()[size++] = '\0';
    }
    search.m_offsets.push_back(size);
    search.m_text.truncate(size);
    search.m_text.squeeze();
    for (const char c : std::as_const(search.m_text))
        ++search.m_byteCounts[uchar(c)];
    return search;
}

UserSearchText UserSearchText::fromListing(const UserListing &listing)
{
    UserSearchText search;
    search.m_text = listing.searchText();
    search.m_offsets = listing.searchKeyOffsets();
    for (int byte = 0; byte < 256; ++byte)
        search.m_byteCounts[size_t(byte)] = listing.byteCount(uchar(byte));
    return search;
}
