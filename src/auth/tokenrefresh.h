#pragma once

#include "auth/tokenresponse.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QString>

class IdentityRequest;
class QNetworkAccessManager;

// Redeems a refresh token (grant_type=refresh_token) of the profile's public client for any resource
// scope: this is how the Exchange token is had from a Graph sign-in without asking the user again.
// Ends exactly once with finished() or failed() (an expired or revoked refresh token fails with
// Error::Kind::SignInRequired).
class TokenRefresh : public QObject
{
    Q_OBJECT
public:
    TokenRefresh(const TenantProfile &profile, const QString &refreshToken, const QString &scope,
                 QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenRefresh() override;

    void start();
    void cancel();

    QString scope() const { return m_scope; }

signals:
    void finished(const TokenResponse &response);
    void failed(const Error &error);

private:
    void finish(const TokenResponse *response, const Error &error);

    TenantProfile m_profile;
    QString m_refreshToken;
    QString m_scope;
    QNetworkAccessManager *m_network;
    QPointer<IdentityRequest> m_request;
    bool m_done = false;
};
