#include "gui/tenantstatus.h"

#include <QCoreApplication>

namespace {
QString age(const char *text, qint64 count)
{
    const int n = static_cast<int>(count);
    return QCoreApplication::translate("TenantStatus", text, nullptr, n);
}
} // namespace

QString snapshotAgeText(const QDateTime &taken, const QDateTime &now)
{
    if (!taken.isValid())
        return QCoreApplication::translate("TenantStatus", "No snapshot");
    const qint64 minutes = taken.secsTo(now) / 60;
    if (minutes < 1)
        return QCoreApplication::translate("TenantStatus", "Snapshot: just now");
    if (minutes < 60)
        return age(QT_TRANSLATE_N_NOOP("TenantStatus", "Snapshot: %n minute(s) old"), minutes);
    if (minutes < 48 * 60)
        return age(QT_TRANSLATE_N_NOOP("TenantStatus", "Snapshot: %n hour(s) old"), minutes / 60);
    return age(QT_TRANSLATE_N_NOOP("TenantStatus", "Snapshot: %n day(s) old"), minutes / (24 * 60));
}

QString offlineSnapshotText(const QDateTime &taken, const QDateTime &now)
{
    if (!taken.isValid())
        return QCoreApplication::translate("TenantStatus", "Offline — no snapshot of this tenant yet");
    const qint64 minutes = taken.secsTo(now) / 60;
    if (minutes < 1)
        return QCoreApplication::translate("TenantStatus", "Offline — showing the snapshot from just now");
    if (minutes < 60)
        return age(
            QT_TRANSLATE_N_NOOP("TenantStatus", "Offline — showing the snapshot from %n minute(s) ago"),
            minutes);
    if (minutes < 48 * 60)
        return age(QT_TRANSLATE_N_NOOP("TenantStatus", "Offline — showing the snapshot from %n hour(s) ago"),
                   minutes / 60);
    return age(QT_TRANSLATE_N_NOOP("TenantStatus", "Offline — showing the snapshot from %n day(s) ago"),
               minutes / (24 * 60));
}
