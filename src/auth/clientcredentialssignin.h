#pragma once

#include "auth/tokenresponse.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QString>

class IdentityRequest;
class QNetworkAccessManager;

// Unattended sign-in of the profile's application (OAuth client credentials grant) for one resource
// scope ("https://graph.microsoft.com/.default"), authenticated with a client secret or with a
// certificate (a client_assertion JWT signed with the key in profile.certificatePath).
// Ends exactly once with finished() or failed().
class ClientCredentialsSignIn : public QObject
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

    void start();
    void cancel();

    QString scope() const { return m_scope; }

signals:
    void finished(const TokenResponse &response);
    void failed(const Error &error);

private:
    void finish(const TokenResponse *response, const Error &error);

    TenantProfile m_profile;
    QString m_scope;
    QString m_secret;
    bool m_useCertificate = false;
    QNetworkAccessManager *m_network;
    QPointer<IdentityRequest> m_request;
    bool m_done = false;
};
