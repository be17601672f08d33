#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QHash>
#include <QString>

// Exchange Online's limit on admin requests one app has in flight at once ("exchange-concurrency=N"):
// one more is refused with 429 and a plain-text body (the status is UNCONFIRMED; ExoHelper retries it).
// The server enters a request before its family runs it and leaves when the answer has been written.
class ExchangeConcurrency
{
public:
    explicit ExchangeConcurrency(int limit) : m_limit(limit) {}

    bool enabled() const { return m_limit > 0; }
    // False, with the refusal in `refusal`, when the caller's app already has `limit` requests in flight.
    bool enter(const SandboxRequest &request, SandboxResponse *refusal);
    // The request (by its request-id) has been answered; a no-op for a request that never entered.
    void leave(const QString &requestId);

    static QByteArray refusalText();

private:
    int m_limit;
    QHash<QString, int> m_inFlight;         // appId -> requests in flight
    QHash<QString, QString> m_appOfRequest; // request-id -> appId
};
