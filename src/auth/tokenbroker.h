#pragma once

#include "auth/accesstokenprovider.h"
#include "auth/signinrunner.h"
#include "auth/tokencachekeeper.h"
#include "core/accesstokensource.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class KeychainStore;
class QNetworkAccessManager;

// The tokens of one tenant profile, in one place for the rest of the program: the token cache kept in
// the keychain (TokenCacheKeeper), the sign-ins (SignInRunner), the access tokens handed to the request
// pipeline (AccessTokenProvider) and the MSAL file form of the cache (MsalCacheFile). Every callback runs
// exactly once.
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
    bool isLoaded() const { return m_keeper.isLoaded(); }

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
    bool isSigningIn() const { return m_signIns.isRunning(); }

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
    // Replaces the token cache with an MSAL JSON file and stores it in the keychain. False (with *error)
    // when the file cannot be used; `stored`, when given, runs once the keychain was written (or not).
    bool importMsalCache(const QString &path, Error *error, DoneCallback stored = {});

signals:
    void authorizationUrlReady(const QUrl &url);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds,
                         const QString &message);
    // The signed-in user or application changed (sign-in, sign-out, import).
    void identityChanged();
    // Saving the token cache to the keychain failed after a token was obtained (the token still works).
    void storageFailed(const Error &error);

private:
    TenantProfile m_profile;
    TokenCacheKeeper m_keeper;
    SignInRunner m_signIns;
    AccessTokenProvider m_tokens;
};
