#pragma once

#include <QHash>
#include <QSet>
#include <QString>

// The school's e-mail address policy (seed 000: addresses never contain æ, ø, å or any other non-ASCII
// letter). Names are transliterated to ASCII the same way for every language — æ→ae, ø→oe, å→aa, ä→ae,
// ö→oe, ü→ue, ß→ss, ł→l, õ→o, đ/ð→d, þ→th, œ→oe, ı→i; ą, ę, ś, ż, ź, ć, ń, ó, š, ž and every other accented
// letter lose their accent — lower-cased, and a collision gets a number ("anna.hansen2"). Aliases
// (mailNickname) are unique among those this policy has handed out.
class AddressPolicy
{
public:
    // "Anna Maria Nielsen-Bak" -> "anna-maria-nielsen-bak": letters, digits, '.', '-' only. Spaces, '_'
    // and '/' become '-', runs of separators collapse, other punctuation (apostrophes) is dropped, and a
    // separator never starts or ends the slug.
    static QString asciiSlug(const QString &text);
    // True when every character is a-z, 0-9, '.', '-', '_' or '@' (and there is at least one).
    static bool isAsciiAddress(const QString &address);

    // The first unused alias among base, base2, base3 ... (base is slugged and cut to 56 characters).
    QString allocateAlias(const QString &base);

private:
    QSet<QString> m_aliases;
    QHash<QString, int> m_nextSuffix;
};
