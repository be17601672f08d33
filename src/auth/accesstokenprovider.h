#pragma once

#include "core/accesstokensource.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QNetworkAccessManager;
class TokenCacheKeeper;
class TokenGrant;

// Hands out the profile's access tokens to the request pipeline: a valid cached token, else one redeemed
// with the user's refresh token (also for a second resource such as Exchange after a Graph sign-in), else
// for an application a new client-credentials token with the stored secret or the certificate, else
// Error::Kind::SignInRequired. Concurrent requests for one resource share one token call; new tokens go
// to the TokenCacheKeeper. Every callback runs exactly once.
class AccessTokenProvider : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    AccessTokenProvider(const TenantProfile &profile, QNetworkAccessManager *network,
                        TokenCacheKeeper *keeper, QObject *parent = nullptr);
    ~AccessTokenProvider() override;

    void requestAccessToken(const QString &resource, bool forceRefresh, Callback done) override;
    // Cancels every token call in flight (their callbacks get Cancelled).
    void cancelAll();

private:
    struct Pending
    {
        std::vector<Callback> callbacks;
        QPointer<TokenGrant> grant;
    };

    void fetch(const QString &resource);
    TokenGrant *grantFor(const QString &resource);
    void complete(const QString &resource, const QString &token, const Error &error);

    TenantProfile m_profile;
    QNetworkAccessManager *m_network;
    TokenCacheKeeper *m_keeper;
    QHash<QString, Pending> m_pending; // by lowercased resource
};
