#pragma once

#include "auth/tokengrant.h"

#include <QString>

// Unattended sign-in of the profile's application (OAuth client credentials grant) for one resource
// scope ("https://graph.microsoft.com/.default"), authenticated with a client secret or with a
// certificate (a client_assertion JWT signed with the key in profile.certificatePath).
// Ends exactly once with finished() or failed().
class ClientCredentialsSignIn : public TokenGrant
{
    Q_OBJECT
public:
    // With a client secret.
    ClientCredentialsSignIn(const TenantProfile &profile, const QString &scope, const QString &clientSecret,
                            QNetworkAccessManager *network, QObject *parent = nullptr);
    // With the certificate at profile.certificatePath.
    ClientCredentialsSignIn(const TenantProfile &profile, const QString &scope,
                            QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ClientCredentialsSignIn() override;

    void start() override;

private:
    QString m_secret;
    bool m_useCertificate = false;
};
