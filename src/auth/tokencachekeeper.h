#pragma once

#include "auth/msaltokencache.h"
#include "auth/tokencachestore.h"
#include "auth/tokenresponse.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class KeychainStore;

// The profile's sign-in as it is kept: its MSAL token cache, the client secret for unattended sign-in,
// and whose tokens are in use (a user's home account, or the application's with its secret or its
// certificate). Read once from the keychain (TokenCacheStore), saved back after every change; a save that
// fails is reported through storageFailed() (the tokens in memory still work).
class TokenCacheKeeper : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const Error &error)>;
    // Whose tokens a sign-in brought.
    enum class Owner
    {
        User,
        ApplicationWithSecret,
        ApplicationWithCertificate,
    };

    TokenCacheKeeper(const TenantProfile &profile, KeychainStore *keychain, QObject *parent = nullptr);
    ~TokenCacheKeeper() override;

    // Runs `then` once the keychain was read (at once when it was), with the read's error if it failed;
    // after a failure the next call reads again.
    void whenLoaded(DoneCallback then);
    bool isLoaded() const { return m_loaded; }

    const MsalTokenCache &cache() const { return m_cache; }
    bool isApplication() const { return m_application; }
    bool usesCertificate() const { return m_useCertificate; }
    QString homeAccountId() const { return m_homeAccountId; } // the user's; empty when none
    QString clientSecret() const { return m_clientSecret; }
    // The client id the tokens in use were issued to, and the tenant (realm) they are for.
    QString clientIdInUse() const;
    QString realm() const;

    // A cached access token for `resource` that stays valid a while longer; empty when there is none.
    QString validAccessToken(const QString &resource) const;
    // The user's refresh token; empty when none (or for the application).
    QString refreshToken() const;

    // A sign-in worked: its tokens become the ones in use and are saved; `saved` gets the save's outcome.
    void addSignIn(Owner owner, const QString &scope, const TokenResponse &response, DoneCallback saved);
    // Renewed tokens (refresh or client credentials) for the identity in use; saved in the background.
    void addTokens(const QString &scope, const TokenResponse &response);
    void removeAccessTokens(const QString &resource);
    // Remembers the secret that worked and saves it in the keychain when it is new.
    void setClientSecret(const QString &secret);
    // Replaces the whole cache (an import) and saves it; `saved` gets the save's outcome.
    void replace(const MsalTokenCache &cache, DoneCallback saved);
    // Forgets every token and secret, in memory and in the keychain.
    void clear(DoneCallback done);

signals:
    // The signed-in user or application changed (read from the keychain, sign-in, import, clear).
    void identityChanged();
    // Saving to the keychain failed (the tokens in memory still work).
    void storageFailed(const Error &error);

private:
    void chooseAccount();
    void save(DoneCallback done);

    TenantProfile m_profile;
    TokenCacheStore m_store;
    MsalTokenCache m_cache;
    bool m_application = false;    // tokens are the application's own (client credentials)
    bool m_useCertificate = false; // application tokens are had with the certificate, else the secret
    QString m_homeAccountId;       // the signed-in user's, in the cache
    QString m_clientSecret;        // in memory only, from the keychain or the caller
    bool m_loaded = false;
    bool m_loading = false;
    std::vector<DoneCallback> m_afterLoad;
};
