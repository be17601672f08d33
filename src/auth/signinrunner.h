#pragma once

#include "auth/tokencachekeeper.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class TokenGrant;

// Runs the profile's sign-ins, one at a time (a new one cancels the running one): in the browser, with a
// device code, or as the application with a client secret or the certificate. What a sign-in brings goes
// to the TokenCacheKeeper. Every callback runs exactly once; a cancelled sign-in's with Cancelled.
class SignInRunner : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const Error &error)>;

    SignInRunner(const TenantProfile &profile, QNetworkAccessManager *network, TokenCacheKeeper *keeper,
                 QObject *parent = nullptr);
    ~SignInRunner() override;

    void signInWithBrowser(DoneCallback done);
    void signInWithDeviceCode(DoneCallback done);
    // An empty `secret` uses the one the keeper read from the keychain.
    void signInWithClientSecret(const QString &secret, DoneCallback done);
    void signInWithCertificate(DoneCallback done);
    void cancel();
    bool isRunning() const { return !m_grant.isNull(); }

signals:
    void authorizationUrlReady(const QUrl &url);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds,
                         const QString &message);

private:
    void run(TokenGrant *grant, TokenCacheKeeper::Owner owner, DoneCallback done,
             const QString &secret = QString());

    TenantProfile m_profile;
    QNetworkAccessManager *m_network;
    TokenCacheKeeper *m_keeper;
    QPointer<TokenGrant> m_grant;
};
