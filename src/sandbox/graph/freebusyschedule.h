#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// A mailbox's invented but stable calendar, for getSchedule: every 30-minute block of its working week
// (Monday-Friday 08:00-16:00 in its time zone) is free, tentative, busy or working elsewhere, and a few
// whole days are out of office, all derived from a hash of the mailbox id and the block, so the same
// question always gets the same answer and different intervals agree with each other.
class FreeBusySchedule
{
public:
    // Graph's availabilityView digits.
    enum Status
    {
        Free = 0,
        Tentative = 1,
        Busy = 2,
        OutOfOffice = 3,
        WorkingElsewhere = 4
    };

    FreeBusySchedule(const QString &mailboxId, const QString &timeZoneName);

    // The availabilityView string for [start, end) in slots of `intervalMinutes` (the busiest block wins).
    QString availabilityView(const QDateTime &start, const QDateTime &end, int intervalMinutes) const;
    // The scheduleItems overlapping [start, end), times written in `outputZone` named `outputZoneName`;
    // `details` adds subject and location (the caller may see more than free/busy).
    QJsonArray scheduleItems(const QDateTime &start, const QDateTime &end, bool details,
                             const QTimeZone &outputZone, const QString &outputZoneName) const;
    // The mailbox's workingHours object.
    QJsonObject workingHours() const;

    static QString statusName(Status status);
    // A Windows ("W. Europe Standard Time") or IANA time zone name, or "UTC"; invalid when unknown.
    static QTimeZone zoneFor(const QString &name);
    // "yyyy-MM-ddTHH:mm:ss.0000000" in `zone`.
    static QString graphDateTime(const QDateTime &moment, const QTimeZone &zone);

private:
    static constexpr qint64 kBlockSeconds = 1800;
    Status blockStatus(qint64 block) const;
    quint32 hashOf(const QString &text) const;

    QString m_mailboxId;
    QString m_zoneName;
    QTimeZone m_zone;
};
