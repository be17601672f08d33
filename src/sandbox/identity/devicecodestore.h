#pragma once

#include <QHash>
#include <QString>

// The device authorization requests (RFC 8628) the /devicecode endpoint has started: a long device_code
// the client polls with, and the short user_code the user types on /devicelogin.
class DeviceCodeStore
{
public:
    enum class Status
    {
        Pending,
        Approved,
        Declined,
        Redeemed
    };
    struct Entry
    {
        QString deviceCode;
        QString userCode; // nine letters and digits, as Microsoft's
        QString clientId;
        QString scope;
        qint64 expiresAtMs = 0;
        int intervalSeconds = 5;
        qint64 lastPollMs = 0; // 0 until the first poll
        Status status = Status::Pending;
        QString userId;      // who approved or declined it
        qint64 authTime = 0; // seconds since the epoch
    };

    Entry issue(const QString &clientId, const QString &scope, int lifetimeSeconds, int intervalSeconds);
    Entry *byDeviceCode(const QString &deviceCode);
    // Case-insensitive; spaces and dashes are ignored, as on Microsoft's page.
    Entry *byUserCode(const QString &userCode);
    static bool isExpired(const Entry &entry);

private:
    void prune(qint64 nowMs);

    QHash<QString, Entry> m_entries; // by device code
};
