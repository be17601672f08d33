#include "auth/tokencachekeeper.h"

#include "auth/logging.h"

#include <QDateTime>
#include <QPointer>

namespace {
const int ExpiryMarginSeconds = 300; // a token must stay valid this long to be handed out

bool isApplicationMethod(TenantProfile::SignInMethod method)
{
    return method == TenantProfile::SignInMethod::ClientSecret ||
           method == TenantProfile::SignInMethod::ClientCertificate;
}
} // namespace

TokenCacheKeeper::TokenCacheKeeper(const TenantProfile &profile, KeychainStore *keychain, QObject *parent)
    : QObject(parent), m_profile(profile), m_store(keychain, profile.name),
      m_application(isApplicationMethod(profile.signInMethod)),
      m_useCertificate(profile.signInMethod == TenantProfile::SignInMethod::ClientCertificate)
{}

TokenCacheKeeper::~TokenCacheKeeper() = default;

QString TokenCacheKeeper::clientIdInUse() const
{
    return m_application ? m_profile.effectiveAppClientId() : m_profile.clientId;
}

QString TokenCacheKeeper::realm() const
{
    return MsalTokenCache::realmOf(m_profile.authority);
}

void TokenCacheKeeper::whenLoaded(DoneCallback then)
{
    if (m_loaded) {
        then(Error());
        return;
    }
    m_afterLoad.push_back(std::move(then));
    if (m_loading)
        return;
    m_loading = true;
    QPointer<TokenCacheKeeper> self(this);
    m_store.loadCache([self](const MsalTokenCache &cache, const Error &cacheError) {
        if (!self)
            return;
        self->m_store.loadClientSecret(
            [self, cache, cacheError](const QString &secret, const Error &secretError) {
                if (!self)
                    return;
                self->m_loading = false;
                const Error error = cacheError ? cacheError : secretError;
                if (!error && !self->m_loaded) { // a sign-out or sign-in meanwhile wins
                    self->m_cache = cache;
                    self->m_clientSecret = secret;
                    self->m_loaded = true;
                    self->chooseAccount();
                }
                const auto callbacks = std::exchange(self->m_afterLoad, {});
                for (const auto &callback : callbacks)
                    callback(error);
                if (!error && self)
                    emit self->identityChanged();
            });
    });
}

void TokenCacheKeeper::chooseAccount()
{
    m_homeAccountId.clear();
    const QString environment = MsalTokenCache::environmentOf(m_profile.authority);
    const QList<MsalTokenCache::Account> accounts = m_cache.accounts();
    for (const MsalTokenCache::Account &account : accounts) {
        if (account.environment != environment || account.realm.compare(realm(), Qt::CaseInsensitive) != 0)
            continue;
        if (m_homeAccountId.isEmpty() ||
            account.username.compare(m_profile.account, Qt::CaseInsensitive) == 0)
            m_homeAccountId = account.homeAccountId;
    }
    if (!m_homeAccountId.isEmpty() && !m_cache.refreshToken(m_profile.clientId, m_homeAccountId).isEmpty() &&
        !isApplicationMethod(m_profile.signInMethod))
        m_application = false;
}

QString TokenCacheKeeper::validAccessToken(const QString &resource) const
{
    return m_cache.accessToken(clientIdInUse(), realm(), m_application ? QString() : m_homeAccountId,
                               resource, QDateTime::currentSecsSinceEpoch(), ExpiryMarginSeconds);
}

QString TokenCacheKeeper::refreshToken() const
{
    return m_application ? QString() : m_cache.refreshToken(m_profile.clientId, m_homeAccountId);
}

void TokenCacheKeeper::addSignIn(Owner owner, const QString &scope, const TokenResponse &response,
                                 DoneCallback saved)
{
    if (!m_loaded) { // the keychain could not be read: start from this sign-in
        m_cache.clear();
        m_loaded = true;
    }
    m_application = owner != Owner::User;
    if (m_application)
        m_useCertificate = owner == Owner::ApplicationWithCertificate;
    const QString home = m_cache.add(m_profile.authority, clientIdInUse(), scope, response);
    if (!m_application)
        m_homeAccountId = home;
    emit identityChanged();
    save(std::move(saved));
}

void TokenCacheKeeper::addTokens(const QString &scope, const TokenResponse &response)
{
    const QString home = m_cache.add(m_profile.authority, clientIdInUse(), scope, response);
    if (!m_application && !home.isEmpty())
        m_homeAccountId = home;
    save({});
}

void TokenCacheKeeper::removeAccessTokens(const QString &resource)
{
    m_cache.removeAccessTokens(clientIdInUse(), m_application ? QString() : m_homeAccountId, resource);
}

void TokenCacheKeeper::setClientSecret(const QString &secret)
{
    if (secret == m_clientSecret)
        return;
    m_clientSecret = secret;
    QPointer<TokenCacheKeeper> self(this);
    m_store.saveClientSecret(secret, [self](const Error &error) {
        if (error && self)
            emit self->storageFailed(error);
    });
}

void TokenCacheKeeper::replace(const MsalTokenCache &cache, DoneCallback saved)
{
    m_cache = cache;
    m_loaded = true;
    m_application = isApplicationMethod(m_profile.signInMethod);
    chooseAccount();
    save(std::move(saved));
    emit identityChanged();
}

void TokenCacheKeeper::clear(DoneCallback done)
{
    m_cache.clear();
    m_clientSecret.clear();
    m_homeAccountId.clear();
    m_loaded = true;
    qCInfo(lcAuth).noquote() << "forgetting the sign-in of profile" << m_profile.name;
    m_store.clear(std::move(done));
    emit identityChanged();
}

void TokenCacheKeeper::save(DoneCallback done)
{
    QPointer<TokenCacheKeeper> self(this);
    m_store.saveCache(m_cache, [self, done](const Error &error) {
        if (error && self)
            emit self->storageFailed(error);
        if (done)
            done(error);
    });
}
