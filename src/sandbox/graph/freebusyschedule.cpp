#include "sandbox/graph/freebusyschedule.h"

#include <QCryptographicHash>

#include <algorithm>
#include <iterator>

namespace {

// How busy a status makes a slot: out of office outranks busy, busy outranks tentative, ...
int rank(FreeBusySchedule::Status status)
{
    switch (status) {
    case FreeBusySchedule::OutOfOffice:
        return 4;
    case FreeBusySchedule::Busy:
        return 3;
    case FreeBusySchedule::Tentative:
        return 2;
    case FreeBusySchedule::WorkingElsewhere:
        return 1;
    case FreeBusySchedule::Free:
        break;
    }
    return 0;
}

const char *const kSubjects[] = {
    "Lesson",       "Staff meeting",   "Parent conference",  "Exam supervision",
    "Team meeting", "Lesson planning", "Department meeting", "Student counselling"};
const char *const kLocations[] = {"Room 101", "Room 204", "Staff room",
                                  "Library",  "Gym",      "Microsoft Teams Meeting"};

} // namespace

FreeBusySchedule::FreeBusySchedule(const QString &mailboxId, const QString &timeZoneName)
    : m_mailboxId(mailboxId), m_zoneName(timeZoneName), m_zone(zoneFor(timeZoneName))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone(3600); // no time zone data: Central European standard time
}

QTimeZone FreeBusySchedule::zoneFor(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("Coordinated Universal Time"), Qt::CaseInsensitive) == 0)
        return QTimeZone::utc();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!iana.isEmpty())
        return QTimeZone(iana);
    return QTimeZone(name.toUtf8());
}

QString FreeBusySchedule::graphDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    return moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral(".0000000");
}

QString FreeBusySchedule::statusName(Status status)
{
    switch (status) {
    case Tentative:
        return QStringLiteral("tentative");
    case Busy:
        return QStringLiteral("busy");
    case OutOfOffice:
        return QStringLiteral("oof");
    case WorkingElsewhere:
        return QStringLiteral("workingElsewhere");
    case Free:
        break;
    }
    return QStringLiteral("free");
}

quint32 FreeBusySchedule::hashOf(const QString &text) const
{
    const QByteArray digest =
        QCryptographicHash::hash((m_mailboxId + QLatin1Char('|') + text).toUtf8(), QCryptographicHash::Sha1);
    return (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
           (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
}

FreeBusySchedule::Status FreeBusySchedule::blockStatus(qint64 block) const
{
    const QDateTime local =
        QDateTime::fromSecsSinceEpoch(block * kBlockSeconds, QTimeZone::utc()).toTimeZone(m_zone);
    const int day = local.date().dayOfWeek();
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (day > 5 || minute < 8 * 60 || minute >= 16 * 60)
        return Free;
    if (hashOf(QStringLiteral("day:") + local.date().toString(Qt::ISODate)) % 40 == 0)
        return OutOfOffice; // about one working day in forty
    // Meetings last an hour: both halves of an hour share one draw.
    const quint32 draw = hashOf(QStringLiteral("hour:") + QString::number(block / 2)) % 100;
    if (draw < 55)
        return Free;
    if (draw < 65)
        return Tentative;
    if (draw < 95)
        return Busy;
    return WorkingElsewhere;
}

QString FreeBusySchedule::availabilityView(const QDateTime &start, const QDateTime &end,
                                           int intervalMinutes) const
{
    QString view;
    const qint64 from = start.toSecsSinceEpoch();
    const qint64 to = end.toSecsSinceEpoch();
    const qint64 step = qint64(intervalMinutes) * 60;
    for (qint64 slot = from; slot < to; slot += step) {
        const qint64 slotEnd = std::min(slot + step, to);
        Status worst = Free;
        for (qint64 block = slot / kBlockSeconds; block * kBlockSeconds < slotEnd; ++block) {
            const Status status = blockStatus(block);
            if (rank(status) > rank(worst))
                worst = status;
        }
        view.append(QLatin1Char(char('0' + int(worst))));
    }
    return view;
}

QJsonArray FreeBusySchedule::scheduleItems(const QDateTime &start, const QDateTime &end, bool details,
                                           const QTimeZone &outputZone, const QString &outputZoneName) const
{
    QJsonArray items;
    const qint64 last = (end.toSecsSinceEpoch() - 1) / kBlockSeconds;
    qint64 block = start.toSecsSinceEpoch() / kBlockSeconds;
    while (block <= last) {
        const Status status = blockStatus(block);
        if (status == Free) {
            ++block;
            continue;
        }
        // One item per run of equal blocks; an hour-long meeting starting before the window is kept whole.
        qint64 first = block;
        while (blockStatus(first - 1) == status && status != OutOfOffice && first % 2 == 1)
            --first;
        qint64 after = block + 1;
        while (after <= last + 1 && blockStatus(after) == status && (status == OutOfOffice || after % 2 == 1))
            ++after;
        QJsonObject item{
            {QStringLiteral("isPrivate"), false},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"),
                                                   graphDateTime(QDateTime::fromSecsSinceEpoch(
                                                                     first * kBlockSeconds, QTimeZone::utc()),
                                                                 outputZone)},
                                                  {QStringLiteral("timeZone"), outputZoneName}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"),
                                                 graphDateTime(QDateTime::fromSecsSinceEpoch(
                                                                   after * kBlockSeconds, QTimeZone::utc()),
                                                               outputZone)},
                                                {QStringLiteral("timeZone"), outputZoneName}}},
        };
        if (details) {
            const quint32 h = hashOf(QStringLiteral("item:") + QString::number(first));
            item.insert(QStringLiteral("subject"), status == OutOfOffice
                                                       ? QStringLiteral("Out of office")
                                                       : QLatin1String(kSubjects[h % std::size(kSubjects)]));
            item.insert(QStringLiteral("location"),
                        status == OutOfOffice ? QString()
                                              : QLatin1String(kLocations[(h >> 8) % std::size(kLocations)]));
        }
        items.append(item);
        block = after;
    }
    return items;
}

QJsonObject FreeBusySchedule::workingHours() const
{
    return QJsonObject{
        {QStringLiteral("daysOfWeek"),
         QJsonArray{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                    QStringLiteral("thursday"), QStringLiteral("friday")}},
        {QStringLiteral("startTime"), QStringLiteral("08:00:00.0000000")},
        {QStringLiteral("endTime"), QStringLiteral("16:00:00.0000000")},
        {QStringLiteral("timeZone"), QJsonObject{{QStringLiteral("name"), m_zoneName}}},
    };
}
