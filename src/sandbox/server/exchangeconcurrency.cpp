#include "sandbox/server/exchangeconcurrency.h"

QByteArray ExchangeConcurrency::refusalText()
{
    return "You have reached the maximum number of concurrent requests per tenant. Please wait and try again "
           "later.";
}

bool ExchangeConcurrency::enter(const SandboxRequest &request, SandboxResponse *refusal)
{
    if (!enabled())
        return true;
    const QString app = request.caller.appId;
    if (m_inFlight.value(app) >= m_limit) {
        *refusal = SandboxResponse::text(429, "text/plain; charset=utf-8", refusalText());
        return false;
    }
    ++m_inFlight[app];
    m_appOfRequest.insert(request.requestId, app);
    return true;
}

void ExchangeConcurrency::leave(const QString &requestId)
{
    const auto it = m_appOfRequest.constFind(requestId);
    if (it == m_appOfRequest.constEnd())
        return;
    const QString app = it.value();
    m_appOfRequest.erase(it);
    if (--m_inFlight[app] <= 0)
        m_inFlight.remove(app);
}
