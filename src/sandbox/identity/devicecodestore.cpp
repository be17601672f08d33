#include "sandbox/identity/devicecodestore.h"

#include "sandbox/identity/identityform.h"

#include <QDateTime>
#include <QRandomGenerator>

DeviceCodeStore::Entry DeviceCodeStore::issue(const QString &clientId, const QString &scope,
                                              int lifetimeSeconds, int intervalSeconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    prune(now);
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    Entry entry;
    do {
        entry.userCode.clear();
        for (int i = 0; i < 9; ++i)
            entry.userCode.append(
                QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]));
    } while (byUserCode(entry.userCode));
    entry.deviceCode = QStringLiteral("DAQABIQEAAAD") + IdentityForm::randomToken(96);
    entry.clientId = clientId;
    entry.scope = scope;
    entry.expiresAtMs = now + qint64(lifetimeSeconds) * 1000;
    entry.intervalSeconds = intervalSeconds;
    m_entries.insert(entry.deviceCode, entry);
    return entry;
}

DeviceCodeStore::Entry *DeviceCodeStore::byDeviceCode(const QString &deviceCode)
{
    auto it = m_entries.find(deviceCode);
    return it == m_entries.end() ? nullptr : &it.value();
}

DeviceCodeStore::Entry *DeviceCodeStore::byUserCode(const QString &userCode)
{
    QString wanted = userCode.toUpper();
    wanted.remove(QLatin1Char(' '));
    wanted.remove(QLatin1Char('-'));
    for (Entry &entry : m_entries) {
        if (entry.userCode == wanted)
            return &entry;
    }
    return nullptr;
}

bool DeviceCodeStore::isExpired(const Entry &entry)
{
    return QDateTime::currentMSecsSinceEpoch() >= entry.expiresAtMs;
}

void DeviceCodeStore::prune(qint64 nowMs)
{
    const qint64 keep = 3600 * 1000; // expired codes still answer expired_token for an hour
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->expiresAtMs + keep < nowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}
