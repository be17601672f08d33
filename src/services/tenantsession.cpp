#include "services/tenantsession.h"

#include "auth/keychainstore.h"
#include "auth/tokenbroker.h"
#include "auth/tokencachestore.h"
#include "graph/apiclient.h"
#include "graph/exchangeclient.h"
#include "graph/graphclient.h"
#include "graph/retrypolicy.h"
#include "graph/securenetworkaccessmanager.h"

#include <QEventLoop>

struct TenantSession::Parts
{
    explicit Parts(const TenantProfile &profile)
        : network(profile), broker(profile, &network, &keychain), api(&network, &broker, RetryPolicy()),
          graph(&api, profile), exchange(&api, profile)
    {}

    SecureNetworkAccessManager network;
    KeychainStore keychain;
    TokenBroker broker;
    ApiClient api;
    GraphClient graph;
    ExchangeClient exchange;
    bool signingIn = false;
};

TenantSession::TenantSession(const TenantProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_parts(std::make_unique<Parts>(profile))
{
    connect(&m_parts->broker, &TokenBroker::authorizationUrlReady, this,
            &TenantSession::browserSignInStarted);
    connect(&m_parts->broker, &TokenBroker::deviceCodeReady, this,
            [this](const QString &code, const QUrl &uri, int expiresIn, const QString &) {
                emit deviceCodeReady(code, uri, expiresIn);
            });
}

TenantSession::~TenantSession() = default;

namespace {
template <typename Start>
void runSignIn(TenantSession *session, bool *signingIn, TokenBroker &broker, Start start)
{
    *signingIn = true;
    start([session, signingIn, &broker](const Error &error) {
        *signingIn = false;
        if (error)
            emit session->signInFailed(error);
        else
            emit session->signedIn(broker.identity().username);
    });
}
} // namespace

void TenantSession::signIn(TenantProfile::SignInMethod method)
{
    TokenBroker &broker = m_parts->broker;
    switch (method) {
    case TenantProfile::SignInMethod::Browser:
        runSignIn(this, &m_parts->signingIn, broker,
                  [&broker](auto done) { broker.signInWithBrowser(done); });
        break;
    case TenantProfile::SignInMethod::DeviceCode:
        runSignIn(this, &m_parts->signingIn, broker,
                  [&broker](auto done) { broker.signInWithDeviceCode(done); });
        break;
    case TenantProfile::SignInMethod::ClientSecret:
        signInWithClientSecret(QString());
        break;
    case TenantProfile::SignInMethod::ClientCertificate:
        signInWithCertificate(m_profile.certificatePath);
        break;
    }
}

void TenantSession::signInWithClientSecret(const QString &secret)
{
    TokenBroker &broker = m_parts->broker;
    runSignIn(this, &m_parts->signingIn, broker,
              [&broker, secret](auto done) { broker.signInWithClientSecret(secret, done); });
}

void TenantSession::signInWithCertificate(const QString &pemPath)
{
    if (!pemPath.isEmpty() && pemPath != m_profile.certificatePath) {
        // The certificate belongs to the profile (the broker renews tokens with it); save it there first.
        Error error(Error::Kind::Configuration, m_profile.name);
        error.setMessage(tr("The certificate %1 is not the one saved in the profile. Save it in the profile "
                            "first.")
                             .arg(pemPath));
        emit signInFailed(error);
        return;
    }
    TokenBroker &broker = m_parts->broker;
    runSignIn(this, &m_parts->signingIn, broker,
              [&broker](auto done) { broker.signInWithCertificate(done); });
}

void TenantSession::cancelSignIn()
{
    m_parts->broker.cancelSignIn();
}

bool TenantSession::isSigningIn() const
{
    return m_parts->signingIn;
}

namespace {
Error waitFor(const std::function<void(TokenBroker::DoneCallback)> &operation)
{
    Error result;
    bool done = false;
    QEventLoop loop;
    operation([&](const Error &error) {
        result = error;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}
} // namespace

bool TenantSession::hasSavedSignIn() const
{
    TokenBroker &broker = m_parts->broker;
    if (!broker.isLoaded() && waitFor([&broker](auto done) { broker.load(done); }))
        return false;
    return broker.isSignedIn();
}

QString TenantSession::account() const
{
    return hasSavedSignIn() ? m_parts->broker.identity().username : QString();
}

bool TenantSession::signOut(Error *error)
{
    TokenBroker &broker = m_parts->broker;
    const Error result = waitFor([&broker](auto done) { broker.signOut(done); });
    if (error)
        *error = result;
    return !result.isError();
}

QJsonObject TenantSession::signInSummary() const
{
    const bool signedIn = hasSavedSignIn();
    QJsonObject summary{{QStringLiteral("profile"), m_profile.name}, {QStringLiteral("signedIn"), signedIn}};
    if (!signedIn)
        return summary;
    const TokenBroker::Identity identity = m_parts->broker.identity();
    summary.insert(QStringLiteral("account"), identity.username);
    summary.insert(QStringLiteral("tenantId"), identity.tenantId);
    summary.insert(QStringLiteral("kind"),
                   identity.application ? QStringLiteral("application") : QStringLiteral("user"));
    if (!identity.homeAccountId.isEmpty())
        summary.insert(QStringLiteral("homeAccountId"), identity.homeAccountId);
    return summary;
}

bool TenantSession::exportMsalCache(const QString &path, Error *error) const
{
    TokenBroker &broker = m_parts->broker;
    if (!broker.isLoaded()) {
        const Error loadError = waitFor([&broker](auto done) { broker.load(done); });
        if (loadError) {
            if (error)
                *error = loadError;
            return false;
        }
    }
    return broker.exportMsalCache(path, error);
}

bool TenantSession::importMsalCache(const QString &path, Error *error)
{
    if (!m_parts->broker.importMsalCache(path, error))
        return false;
    // The broker saves to the keychain in the background; keychain operations run in order, so reading the
    // cache back returns once it is stored (and proves it is).
    TokenCacheStore store(&m_parts->keychain, m_profile.name);
    Error stored;
    bool done = false;
    QEventLoop loop;
    store.loadCache([&](const MsalTokenCache &cache, const Error &loadError) {
        stored = loadError;
        if (!loadError && cache.isEmpty())
            stored =
                Error(Error::Kind::Storage, path).setMessage(tr("The imported token cache was not stored."));
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    if (stored && error)
        *error = stored;
    return !stored.isError();
}

QNetworkAccessManager *TenantSession::network() const
{
    return &m_parts->network;
}
TokenBroker *TenantSession::tokens() const
{
    return &m_parts->broker;
}
ApiClient *TenantSession::api() const
{
    return &m_parts->api;
}
GraphClient *TenantSession::graph() const
{
    return &m_parts->graph;
}
ExchangeClient *TenantSession::exchange() const
{
    return &m_parts->exchange;
}

bool TenantSession::forgetSecrets(const QString &profileName)
{
    KeychainStore keychain;
    TokenCacheStore store(&keychain, profileName);
    const Error error = waitFor([&store](auto done) { store.clear(done); });
    return !error.isError();
}
