#pragma once

#include "auth/msaltokencache.h"
#include "auth/tokencachestore.h"
#include "auth/tokenresponse.h"
#include "core/accesstokensource.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

class KeychainStore;
class QNetworkAccessManager;

// The tokens of one tenant profile. Holds the profile's MSAL token cache (kept in the keychain through
// TokenCacheStore), runs the sign-in flows and hands out access tokens to the request pipeline:
// a valid cached token, else one redeemed with the refresh token (also for a second resource such as
// Exchange after a Graph sign-in), else for application profiles a new client-credentials token with the
// stored secret or the certificate, else Error::Kind::SignInRequired. Concurrent requests for the same
// resource share one token call. Every callback runs exactly once.
class TokenBroker : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const Error &error)>;

    // Who the tokens are for.
    struct Identity
    {
        QString username;      // the user's UPN, or the application (client) id for an application profile
        QString tenantId;      // the tenant the tokens are for
        QString homeAccountId; // "<uid>.<utid>"; empty for an application
        bool application = false;
    };

    TokenBroker(const TenantProfile &profile, QNetworkAccessManager *network, KeychainStore *keychain,
                QObject *parent = nullptr);
    ~TokenBroker() override;

    const TenantProfile &profile() const { return m_profile; }

    // Reads the profile's token cache from the keychain (the first token request does it too).
    void load(DoneCallback done);
    bool isLoaded() const { return m_loaded; }

    // Interactive sign-in in the system browser: emits authorizationUrlReady() with the URL to open.
    void signInWithBrowser(DoneCallback done);
    // Sign-in on another device: emits deviceCodeReady() with what to show the user.
    void signInWithDeviceCode(DoneCallback done);
    // Application sign-in with a client secret; an empty `secret` uses the one stored in the keychain.
    // A secret that worked is stored in the keychain (and nowhere else) for later unattended use.
    void signInWithClientSecret(const QString &secret, DoneCallback done);
    // Application sign-in with the certificate and key at profile().certificatePath.
    void signInWithCertificate(DoneCallback done);
    // The profile's own method (profile().signInMethod); for ClientSecret the stored secret is used.
    void signIn(DoneCallback done);
    // Cancels a running sign-in (its callback gets Error::Kind::Cancelled).
    void cancelSignIn();
    bool isSigningIn() const;

    // AccessTokenSource. `resource` is "https://graph.microsoft.com", "https://outlook.office365.com", ...
    void requestAccessToken(const QString &resource, bool forceRefresh, Callback done) override;

    // True when the cache holds an account (user) or an application token, or a client secret is known.
    bool isSignedIn() const;
    Identity identity() const;

    // Forgets every token and secret of the profile, in memory and in the keychain.
    void signOut(DoneCallback done);

    // Writes the token cache as MSAL JSON (python MSAL's SerializableTokenCache can read it) to `path`
    // with permissions 0600. Refuses to write to anything but a regular file.
    bool exportMsalCache(const QString &path, Error *error) const;
    // Replaces the token cache with an MSAL JSON file and stores it in the keychain.
    bool importMsalCache(const QString &path, Error *error);

signals:
    void authorizationUrlReady(const QUrl &url);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds,
                         const QString &message);
    // The signed-in user or application changed (sign-in, sign-out, import).
    void identityChanged();
    // Saving the token cache to the keychain failed after a token was obtained (the token still works).
    void storageFailed(const Error &error);

private:
    struct Pending
    {
        std::vector<Callback> callbacks;
        std::function<void()> cancel;
    };

    void whenLoaded(DoneCallback then);
    template <typename Flow>
    void runSignIn(Flow *flow, bool application, DoneCallback done, std::function<void()> onSuccess = {});
    void startClientSecretSignIn(const QString &secret, DoneCallback done);
    void fetchToken(const QString &resource);
    void completeToken(const QString &resource, const QString &token, const Error &error);
    QString cachedToken(const QString &resource) const;
    QString clientIdInUse() const;
    QString realm() const;
    void saveCache(DoneCallback done);
    void chooseAccount();

    TenantProfile m_profile;
    QNetworkAccessManager *m_network;
    KeychainStore *m_keychain;
    TokenCacheStore m_store;
    MsalTokenCache m_cache;
    bool m_application = false;    // tokens are the application's own (client credentials)
    bool m_useCertificate = false; // application tokens are had with the certificate, else the secret
    QString m_homeAccountId;       // the signed-in user's, in the cache
    QString m_clientSecret;        // in memory only, from the keychain or the caller
    bool m_loaded = false;
    bool m_loading = false;
    std::vector<DoneCallback> m_afterLoad;
    QPointer<QObject> m_signIn;
    std::function<void()> m_cancelSignIn;
    QHash<QString, Pending> m_pending; // by lowercased resource
};
