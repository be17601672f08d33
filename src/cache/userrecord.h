#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// One user as the UI lists it, as of the last complete generation. Loaded in bulk by
// SnapshotReader::loadUsers(). Repeated strings (school names, licence names, job titles, departments) share
// their data between records.
struct UserRecord
{
    enum class State : quint8
    {
        Enabled,
        Disabled,
        Deleted
    };

    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QString jobTitle;
    QString department;
    QStringList schoolIds;   // administrative units the user is a member of, sorted by school name
    QStringList schoolNames; // same order as schoolIds
    QStringList licences;    // SKU part numbers ("STANDARDWOFFPACK_STUDENT"), sorted
    State state = State::Enabled;
    qint64 lastReadMs = 0; // when this user was last confirmed by the tenant, ms since the epoch (UTC)

    QDateTime lastRead() const { return QDateTime::fromMSecsSinceEpoch(lastReadMs, QTimeZone::utc()); }
};
