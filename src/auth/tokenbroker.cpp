#include "auth/tokenbroker.h"

#include "auth/logging.h"
#include "auth/msalcachefile.h"

TokenBroker::TokenBroker(const TenantProfile &profile, QNetworkAccessManager *network,
                         KeychainStore *keychain, QObject *parent)
    : QObject(parent), m_profile(profile), m_keeper(profile, keychain),
      m_signIns(profile, network, &m_keeper), m_tokens(profile, network, &m_keeper)
{
    connect(&m_keeper, &TokenCacheKeeper::identityChanged, this, &TokenBroker::identityChanged);
    connect(&m_keeper, &TokenCacheKeeper::storageFailed, this, &TokenBroker::storageFailed);
    connect(&m_signIns, &SignInRunner::authorizationUrlReady, this, &TokenBroker::authorizationUrlReady);
    connect(&m_signIns, &SignInRunner::deviceCodeReady, this, &TokenBroker::deviceCodeReady);
}

TokenBroker::~TokenBroker() = default;

void TokenBroker::load(DoneCallback done)
{
    m_keeper.whenLoaded(std::move(done));
}

void TokenBroker::signInWithBrowser(DoneCallback done)
{
    m_signIns.signInWithBrowser(std::move(done));
}

void TokenBroker::signInWithDeviceCode(DoneCallback done)
{
    m_signIns.signInWithDeviceCode(std::move(done));
}

void TokenBroker::signInWithClientSecret(const QString &secret, DoneCallback done)
{
    m_signIns.signInWithClientSecret(secret, std::move(done));
}

void TokenBroker::signInWithCertificate(DoneCallback done)
{
    m_signIns.signInWithCertificate(std::move(done));
}

void TokenBroker::signIn(DoneCallback done)
{
    switch (m_profile.signInMethod) {
    case TenantProfile::SignInMethod::Browser:
        signInWithBrowser(std::move(done));
        break;
    case TenantProfile::SignInMethod::DeviceCode:
        signInWithDeviceCode(std::move(done));
        break;
    case TenantProfile::SignInMethod::ClientSecret:
        signInWithClientSecret(QString(), std::move(done));
        break;
    case TenantProfile::SignInMethod::ClientCertificate:
        signInWithCertificate(std::move(done));
        break;
    }
}

void TokenBroker::cancelSignIn()
{
    m_signIns.cancel();
}

void TokenBroker::requestAccessToken(const QString &resource, bool forceRefresh, Callback done)
{
    m_tokens.requestAccessToken(resource, forceRefresh, std::move(done));
}

bool TokenBroker::isSignedIn() const
{
    if (m_keeper.isApplication())
        return m_keeper.usesCertificate() || !m_keeper.clientSecret().isEmpty() ||
               !m_keeper.validAccessToken(m_profile.graphResource).isEmpty();
    return !m_keeper.homeAccountId().isEmpty();
}

TokenBroker::Identity TokenBroker::identity() const
{
    Identity id;
    id.application = m_keeper.isApplication();
    if (id.application) {
        id.username = m_profile.effectiveAppClientId();
        id.tenantId = m_keeper.realm();
        return id;
    }
    id.homeAccountId = m_keeper.homeAccountId();
    id.tenantId = id.homeAccountId.section(QLatin1Char('.'), 1);
    const QList<MsalTokenCache::Account> accounts = m_keeper.cache().accounts();
    for (const MsalTokenCache::Account &account : accounts) {
        if (account.homeAccountId == id.homeAccountId)
            id.username = account.username;
    }
    return id;
}

void TokenBroker::signOut(DoneCallback done)
{
    m_signIns.cancel();
    m_tokens.cancelAll();
    qCInfo(lcAuth).noquote() << "signing out of profile" << m_profile.name;
    m_keeper.clear(std::move(done));
}

bool TokenBroker::exportMsalCache(const QString &path, Error *error) const
{
    *error = MsalCacheFile::write(m_keeper.cache(), path);
    return !error->isError();
}

bool TokenBroker::importMsalCache(const QString &path, Error *error, DoneCallback stored)
{
    MsalTokenCache cache;
    *error = MsalCacheFile::read(path, &cache);
    if (error->isError())
        return false;
    m_keeper.replace(cache, [stored](const Error &saveError) {
        if (stored)
            stored(saveError);
    });
    return true;
}
