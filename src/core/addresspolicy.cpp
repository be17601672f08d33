#include "core/addresspolicy.h"

namespace {
// Writes the ASCII spelling of one character; false when the character has none here.
bool transliterate(QChar c, QString *out)
{
    switch (c.unicode()) {
    case 0x00E6:
        out->append(QLatin1String("ae"));
        return true; // æ
    case 0x00C6:
        out->append(QLatin1String("ae"));
        return true; // Æ
    case 0x00F8:
    case 0x00D8:
        out->append(QLatin1String("oe"));
        return true; // ø
    case 0x00E5:
    case 0x00C5:
        out->append(QLatin1String("aa"));
        return true; // å
    case 0x00E4:
    case 0x00C4:
        out->append(QLatin1String("ae"));
        return true; // ä
    case 0x00F6:
    case 0x00D6:
        out->append(QLatin1String("oe"));
        return true; // ö
    case 0x00FC:
    case 0x00DC:
        out->append(QLatin1String("ue"));
        return true; // ü
    case 0x00DF:
    case 0x1E9E:
        out->append(QLatin1String("ss"));
        return true; // ß
    case 0x0142:
    case 0x0141:
        out->append(QLatin1Char('l'));
        return true; // ł
    case 0x00F5:
    case 0x00D5:
        out->append(QLatin1Char('o'));
        return true; // õ
    case 0x0111:
    case 0x0110:
    case 0x00F0:
    case 0x00D0:
        out->append(QLatin1Char('d'));
        return true; // đ, ð: no decomposition, like ł
    case 0x00FE:
    case 0x00DE:
        out->append(QLatin1String("th"));
        return true; // þ
    case 0x0153:
    case 0x0152:
        out->append(QLatin1String("oe"));
        return true; // œ
    case 0x0131:
        out->append(QLatin1Char('i'));
        return true; // dotless ı (Turkish names); İ decomposes to I
    default:
        break;
    }
    // ą ę ś ż ź ć ń ó š ž and other accented Latin letters: the base letter of the decomposition.
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    const QChar base = decomposed.isEmpty() ? QChar() : decomposed.at(0);
    if (base.unicode() < 0x80 && base.isLetterOrNumber()) {
        out->append(base.toLower());
        return true;
    }
    return false;
}
} // namespace

QString AddressPolicy::asciiSlug(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            out.append(c);
        } else if (u >= 'A' && u <= 'Z') {
            out.append(QChar(u + 32));
        } else if (u == '.' || u == '-' || u == ' ' || u == '_' || u == '/') {
            const QChar sep = u == '.' ? QLatin1Char('.') : QLatin1Char('-');
            if (!out.isEmpty() && out.back() != QLatin1Char('.') && out.back() != QLatin1Char('-'))
                out.append(sep);
            else if (!out.isEmpty() && sep == QLatin1Char('.'))
                out.back() = sep; // "a-." -> "a."
        } else if (u >= 0x80) {
            transliterate(c, &out);
        }
    }
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back() == QLatin1Char('-')))
        out.chop(1);
    return out;
}

bool AddressPolicy::isAsciiAddress(const QString &address)
{
    if (address.isEmpty())
        return false;
    for (const QChar c : address) {
        const ushort u = c.unicode();
        const bool ok =
            (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '-' || u == '_' || u == '@';
        if (!ok)
            return false;
    }
    return true;
}

QString AddressPolicy::allocateAlias(const QString &base)
{
    QString slug = asciiSlug(base).left(56);
    while (slug.endsWith(QLatin1Char('.')) || slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("user");
    if (!m_aliases.contains(slug)) {
        m_aliases.insert(slug);
        return slug;
    }
    int &next = m_nextSuffix[slug];
    if (next < 2)
        next = 2;
    QString candidate;
    do {
        candidate = slug + QString::number(next++);
    } while (m_aliases.contains(candidate));
    m_aliases.insert(candidate);
    return candidate;
}
