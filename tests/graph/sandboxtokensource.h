#pragma once

#include "sandboxclient.h"

#include "core/accesstokensource.h"

#include <QStringList>
#include <QTimer>

// Test AccessTokenSource: mints real tokens signed by the in-process sandbox, application-only, with every
// Graph permission (or Exchange.ManageAsApp(V2) for the Exchange audience). Can hand out expired tokens first
// (to exercise 401 -> forceRefresh), refuse refreshes, answer asynchronously, and counts its calls.
class SandboxTokenSource : public AccessTokenSource
{
public:
    explicit SandboxTokenSource(SandboxClient &client) : m_client(client) {}

    int calls = 0;
    int forcedCalls = 0;
    int expiredToHandOut = 0;   // this many tokens are already expired (the sandbox allows 300 s of skew)
    bool refuseRefresh = false; // forceRefresh fails with SignInRequired
    bool asynchronous = false;  // answer from the event loop instead of inside requestAccessToken()
    QStringList lastResources;

    void reset()
    {
        calls = forcedCalls = expiredToHandOut = 0;
        refuseRefresh = asynchronous = false;
        lastResources.clear();
    }

    void requestAccessToken(const QString &resource, bool forceRefresh, Callback done) override
    {
        ++calls;
        lastResources.append(resource);
        if (forceRefresh)
            ++forcedCalls;
        QString token;
        Error error;
        if (forceRefresh && refuseRefresh) {
            error = Error(Error::Kind::SignInRequired, QString());
        } else {
            const bool expired = expiredToHandOut > 0;
            if (expired)
                --expiredToHandOut;
            token = QString::fromLatin1(mint(resource, expired ? -1000 : 3600));
        }
        if (asynchronous)
            QTimer::singleShot(0, [done, token, error] { done(token, error); });
        else
            done(token, error);
    }

    QByteArray mint(const QString &resource, qint64 lifetime)
    {
        if (resource.contains(QLatin1String("outlook")))
            return m_client.mintToken(
                {QStringLiteral("Exchange.ManageAsApp"), QStringLiteral("Exchange.ManageAsAppV2")}, QString(),
                resource, lifetime);
        return m_client.mintToken(
            {QStringLiteral("User.ReadWrite.All"), QStringLiteral("Group.ReadWrite.All"),
             QStringLiteral("GroupMember.ReadWrite.All"), QStringLiteral("Directory.ReadWrite.All"),
             QStringLiteral("Organization.Read.All"), QStringLiteral("AdministrativeUnit.ReadWrite.All")},
            QString(), resource, lifetime);
    }

private:
    SandboxClient &m_client;
};
