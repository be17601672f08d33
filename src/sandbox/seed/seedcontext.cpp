#include "sandbox/seed/seedcontext.h"

#include "sandbox/directory/tenant.h"

#include <QUuid>
#include <QtEndian>

#include <algorithm>

SeedContext::SeedContext(Tenant &t, const SandboxOptions &o) : tenant(t), options(o), random(o.seed)
{}

const NamePools::Language &SeedContext::languageOf(const School &school) const
{
    return NamePools::languages().at(school.language);
}

namespace {
// Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day count since 1970-01-01.
void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

void putDigits(QChar *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
}
} // namespace

QString SeedContext::isoDate(qint64 daysSinceEpoch)
{
    int year, month, day;
    civilFromDays(daysSinceEpoch, &year, &month, &day);
    QString text(10, QLatin1Char('-'));
    putDigits(text.data(), year, 4);
    putDigits(text.data() + 5, month, 2);
    putDigits(text.data() + 8, day, 2);
    return text;
}

QString SeedContext::isoTime(qint64 secondsSinceEpoch)
{
    const qint64 days =
        secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86400 : (secondsSinceEpoch - 86399) / 86400;
    const int seconds = int(secondsSinceEpoch - days * 86400);
    QString text = isoDate(days) + QStringLiteral("T00:00:00Z");
    putDigits(text.data() + 11, seconds / 3600, 2);
    putDigits(text.data() + 14, seconds / 60 % 60, 2);
    putDigits(text.data() + 17, seconds % 60, 2);
    return text;
}

qint64 SeedContext::randomCreatedSeconds()
{
    const qint64 span = referenceTime - 5 * 86400 - firstSchoolYear;
    const qint64 offset = qint64(random.bounded(int(span / 60))) * 60 + random.bounded(60);
    return firstSchoolYear + offset;
}

qint64 SeedContext::randomDeletedSeconds()
{
    return referenceTime - 30 * 86400 + random.bounded(29 * 86400);
}

QString SeedContext::securityIdentifier(const QString &objectId)
{
    const QByteArray raw = QUuid::fromString(objectId).toRfc4122();
    // Entra's cloud SIDs are S-1-12-1 followed by the object id as four little-endian 32-bit words in
    // .NET GUID byte order (the first three fields swapped).
    QByteArray dotnet = raw;
    std::reverse(dotnet.begin(), dotnet.begin() + 4);
    std::reverse(dotnet.begin() + 4, dotnet.begin() + 6);
    std::reverse(dotnet.begin() + 6, dotnet.begin() + 8);
    QString sid = QStringLiteral("S-1-12-1");
    for (int i = 0; i < 4; ++i)
        sid += QLatin1Char('-') + QString::number(qFromLittleEndian<quint32>(dotnet.constData() + 4 * i));
    return sid;
}
