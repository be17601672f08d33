#pragma once

#include <QHash>
#include <QSet>
#include <QString>

// Makes e-mail addresses for a seeded tenant the way a school's address policy does: names are
// transliterated to ASCII (æ→ae, ø→oe, å→aa, ä→ae, ö→oe, ü→ue, ß→ss, ł→l, ą→a, ę→e, ś→s, ż/ź→z, ć→c, ń→n,
// ó→o, õ→o, š→s, ž→z; other accents dropped), lower-cased, and a collision gets a number
// ("anna.hansen2"). Aliases (mailNickname) are unique across the tenant.
class AddressAllocator
{
public:
    // "Anna Maria Nielsen-Bak" -> "anna-maria-nielsen-bak": letters, digits, '.', '-' only.
    static QString asciiSlug(const QString &text);
    static bool isAsciiAddress(const QString &address);

    // The first unused alias among base, base2, base3 ... (base is slugged and cut to 56 characters).
    QString allocateAlias(const QString &base);

private:
    QSet<QString> m_aliases;
    QHash<QString, int> m_nextSuffix;
};
