#pragma once

#include <QDateTime>
#include <QString>

// What the status bar tells about the open tenant.
struct TenantStatus
{
    QString tenantName;      // empty: no tenant open
    QString account;         // the signed-in account; empty: not signed in
    QDateTime snapshotTaken; // invalid: no snapshot yet
};

// "No snapshot", "Snapshot: just now", "Snapshot: 5 minutes old", ... (translated, with plural forms).
QString snapshotAgeText(const QDateTime &taken, const QDateTime &now);

// "Offline — showing the snapshot from 5 minutes ago" (translated, with plural forms); without a snapshot,
// that there is none to show.
QString offlineSnapshotText(const QDateTime &taken, const QDateTime &now);
