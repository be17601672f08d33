#include "sandbox/seed/seedrandom.h"

QString SeedRandom::guid()
{
    QByteArray raw = bytes(16);
    raw[6] = char((quint8(raw[6]) & 0x0f) | 0x40); // version 4
    raw[8] = char((quint8(raw[8]) & 0x3f) | 0x80); // RFC 4122 variant
    static constexpr char hex[] = "0123456789abcdef";
    QString text(36, QLatin1Char('-'));
    int out = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            ++out; // keep the dash
        const quint8 byte = quint8(raw[i]);
        text[out++] = QLatin1Char(hex[byte >> 4]);
        text[out++] = QLatin1Char(hex[byte & 0x0f]);
    }
    return text;
}

QByteArray SeedRandom::bytes(int count)
{
    QByteArray data(count, Qt::Uninitialized);
    for (int i = 0; i < count; i += 4) {
        const quint32 word = m_random.generate();
        for (int b = 0; b < 4 && i + b < count; ++b)
            data[i + b] = char((word >> (8 * b)) & 0xff);
    }
    return data;
}
