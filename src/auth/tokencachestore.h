#pragma once

#include "auth/msaltokencache.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class KeychainStore;

// One tenant profile's secrets in the keychain: its MSAL token cache under "profile/<name>/msal-cache"
// and, for unattended sign-in, its client secret under "profile/<name>/client-secret". Nothing of it is
// ever written to disk by this class.
class TokenCacheStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenCacheStore)
public:
    using DoneCallback = std::function<void(const Error &error)>;
    using CacheCallback = std::function<void(const MsalTokenCache &cache, const Error &error)>;
    using SecretCallback = std::function<void(const QString &secret, const Error &error)>;

    TokenCacheStore(KeychainStore *keychain, const QString &profileName);

    QString cacheKey() const;
    QString clientSecretKey() const;
    // Every keychain key this store may use for the profile.
    QStringList keys() const;

    // An empty cache (no error) when none is stored; a Storage error when the keychain fails or the
    // stored cache cannot be read.
    void loadCache(CacheCallback done) const;
    void saveCache(const MsalTokenCache &cache, DoneCallback done);
    // An empty secret (no error) when none is stored.
    void loadClientSecret(SecretCallback done) const;
    void saveClientSecret(const QString &secret, DoneCallback done);
    // Removes every secret of the profile.
    void clear(DoneCallback done);

private:
    KeychainStore *m_keychain;
    QString m_profileName;
};
