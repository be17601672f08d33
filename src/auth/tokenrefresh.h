#pragma once

#include "auth/tokengrant.h"

#include <QString>

// Redeems a refresh token (grant_type=refresh_token) of the profile's public client for any resource
// scope: this is how the Exchange token is had from a Graph sign-in without asking the user again.
// Ends exactly once with finished() or failed() (an expired or revoked refresh token fails with
// Error::Kind::SignInRequired).
class TokenRefresh : public TokenGrant
{
    Q_OBJECT
public:
    TokenRefresh(const TenantProfile &profile, const QString &refreshToken, const QString &scope,
                 QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenRefresh() override;

    void start() override;

protected:
    void refused(const Error &error, const QString &oauthError) override;

private:
    QString m_refreshToken;
};
