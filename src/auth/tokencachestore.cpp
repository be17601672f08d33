#include "auth/tokencachestore.h"

#include "auth/keychainstore.h"
#include "auth/logging.h"

TokenCacheStore::TokenCacheStore(KeychainStore *keychain, const QString &profileName)
    : m_keychain(keychain), m_profileName(profileName)
{}

QString TokenCacheStore::cacheKey() const
{
    return QStringLiteral("profile/%1/msal-cache").arg(m_profileName);
}

QString TokenCacheStore::clientSecretKey() const
{
    return QStringLiteral("profile/%1/client-secret").arg(m_profileName);
}

QStringList TokenCacheStore::keys() const
{
    return {cacheKey(), clientSecretKey()};
}

void TokenCacheStore::loadCache(CacheCallback done) const
{
    const QString profile = m_profileName;
    m_keychain->read(cacheKey(), [done, profile](bool found, const QByteArray &data, const Error &error) {
        MsalTokenCache cache;
        if (error) {
            done(
                cache,
                Error(error).setMessage(
                    tr("The saved sign-in of profile %1 could not be read from the keychain.").arg(profile)));
            return;
        }
        QString parseError;
        if (found && !cache.deserialize(data, &parseError)) {
            qCWarning(lcAuth).noquote()
                << "the stored token cache of" << profile << "is damaged:" << parseError;
            done(MsalTokenCache(),
                 Error(Error::Kind::Storage, QStringLiteral("keychain"), parseError)
                     .setMessage(
                         tr("The saved sign-in of profile %1 in the keychain is damaged. Sign in again.")
                             .arg(profile)));
            return;
        }
        done(cache, Error());
    });
}

void TokenCacheStore::saveCache(const MsalTokenCache &cache, DoneCallback done)
{
    const QString profile = m_profileName;
    m_keychain->write(cacheKey(), cache.serialize(), [done, profile](const Error &error) {
        done(error ? Error(error).setMessage(
                         tr("The sign-in of profile %1 could not be saved in the keychain.").arg(profile))
                   : Error());
    });
}

void TokenCacheStore::loadClientSecret(SecretCallback done) const
{
    const QString profile = m_profileName;
    m_keychain->read(clientSecretKey(), [done, profile](bool, const QByteArray &data, const Error &error) {
        done(
            QString::fromUtf8(data),
            error
                ? Error(error).setMessage(
                      tr("The client secret of profile %1 could not be read from the keychain.").arg(profile))
                : Error());
    });
}

void TokenCacheStore::saveClientSecret(const QString &secret, DoneCallback done)
{
    const QString profile = m_profileName;
    m_keychain->write(clientSecretKey(), secret.toUtf8(), [done, profile](const Error &error) {
        done(error
                 ? Error(error).setMessage(
                       tr("The client secret of profile %1 could not be saved in the keychain.").arg(profile))
                 : Error());
    });
}

void TokenCacheStore::clear(DoneCallback done)
{
    const QString profile = m_profileName;
    const QString secretKey = clientSecretKey();
    KeychainStore *keychain = m_keychain;
    m_keychain->remove(cacheKey(), [done, profile, secretKey, keychain](const Error &first) {
        keychain->remove(secretKey, [done, profile, first](const Error &second) {
            const Error error = first ? first : second;
            done(error ? Error(error).setMessage(
                             tr("The secrets of profile %1 could not be removed from the keychain.")
                                 .arg(profile))
                       : Error());
        });
    });
}
