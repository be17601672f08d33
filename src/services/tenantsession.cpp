#include "services/tenantsession.h"

#include "auth/keychainstore.h"
#include "auth/tokenbroker.h"
#include "auth/tokencachestore.h"
#include "core/settings.h"
#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/exchangeclient.h"
#include "graph/graphclient.h"
#include "graph/queries/tenantqueries.h"
#include "graph/retrypolicy.h"
#include "graph/securenetworkaccessmanager.h"
#include "services/logging.h"

#include <QPointer>

struct TenantSession::Parts
{
    explicit Parts(const TenantProfile &profile)
        : network(profile), secondNetwork(profile), broker(profile, &network, &keychain),
          api(&network, &broker, RetryPolicy()), graph(&api, profile), exchange(&api, profile)
    {
        // Two managers' connections to Graph rather than one's: a full sync's partitions wait on slow pages
        // (about a second each for 999 objects on a real tenant), not on bandwidth.
        api.addNetwork(&secondNetwork);
        api.setMaxConcurrentPerHost(ApiClient::kConnectionsPerNetwork * api.networkCount());
    }

    SecureNetworkAccessManager network;
    SecureNetworkAccessManager secondNetwork;
    KeychainStore keychain;
    TokenBroker broker;
    ApiClient api;
    GraphClient graph;
    ExchangeClient exchange;
};

TenantSession::TenantSession(const TenantProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_parts(std::make_unique<Parts>(profile))
{
    TokenBroker &broker = m_parts->broker;
    connect(&broker, &TokenBroker::authorizationUrlReady, this, &TenantSession::browserSignInStarted);
    connect(&broker, &TokenBroker::deviceCodeReady, this,
            [this](const QString &code, const QUrl &uri, int expiresIn, const QString &) {
                emit deviceCodeReady(code, uri, expiresIn);
            });
    connect(&broker, &TokenBroker::identityChanged, this, &TenantSession::updateSignInState);
    connect(&broker, &TokenBroker::storageFailed, this, &TenantSession::onStorageFailed);
    loadSignInState();
}

TenantSession::~TenantSession() = default;

void TenantSession::loadSignInState()
{
    QPointer<TenantSession> self(this);
    m_parts->broker.load([self](const Error &error) {
        if (!self)
            return;
        if (error)
            emit self->keychainFailed(error);
        else
            self->updateSignInState();
    });
}

void TenantSession::updateSignInState()
{
    const TokenBroker &broker = m_parts->broker;
    if (!broker.isLoaded())
        return;
    const bool signedIn = broker.isSignedIn();
    const QString account = signedIn ? broker.identity().username : QString();
    if (m_stateKnown && signedIn == m_hasSignIn && account == m_account)
        return;
    m_stateKnown = true;
    m_hasSignIn = signedIn;
    const bool application = signedIn && broker.identity().application;
    const bool changed = account != m_account;
    // An application is named as it was last read until the tenant answers (or when it cannot: offline).
    if (changed)
        m_accountName = application ? Settings().applicationName(account) : QString();
    m_account = account;
    emit signInStateChanged();
    if (application && (changed || m_accountName.isEmpty()))
        readApplicationName();
}

void TenantSession::readApplicationName()
{
    const QString appId = m_account;
    ApiJob *job = m_parts->graph.get(TenantQueries::servicePrincipalName(appId));
    connect(job, &ApiJob::finished, this, [this, job, appId] {
        job->deleteLater();
        if (appId != m_account)
            return; // signed out, or in as another application, meanwhile
        if (job->error()) {
            qCInfo(lcServices) << "The application's display name could not be read; showing"
                               << (m_accountName.isEmpty() ? "its id:" : "the name last read:")
                               << job->error().fullText();
        } else {
            m_accountName = job->result().object().value(QLatin1String("displayName")).toString();
            Settings().setApplicationName(appId, m_accountName);
        }
        emit accountNameChanged();
    });
}

void TenantSession::onStorageFailed(const Error &error)
{
    if (!m_signingIn) {
        emit keychainFailed(error);
        return;
    }
    Error unsaved(error);
    unsaved.setMessage(tr("The sign-in worked but could not be saved in the keychain: %1")
                           .arg(error.detail().isEmpty() ? error.message() : error.detail()));
    emit keychainFailed(unsaved);
}

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
        runSignIn(this, &m_signingIn, broker, [&broker](auto done) { broker.signInWithBrowser(done); });
        break;
    case TenantProfile::SignInMethod::DeviceCode:
        runSignIn(this, &m_signingIn, broker, [&broker](auto done) { broker.signInWithDeviceCode(done); });
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
    runSignIn(this, &m_signingIn, broker,
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
    runSignIn(this, &m_signingIn, broker, [&broker](auto done) { broker.signInWithCertificate(done); });
}

void TenantSession::cancelSignIn()
{
    m_parts->broker.cancelSignIn();
}

bool TenantSession::isSigningIn() const
{
    return m_signingIn;
}

void TenantSession::signOut()
{
    QPointer<TenantSession> self(this);
    m_parts->broker.signOut([self](const Error &error) {
        if (self)
            emit self->signedOut(error);
    });
}

QJsonObject TenantSession::signInSummary() const
{
    QJsonObject summary{{QStringLiteral("profile"), m_profile.name},
                        {QStringLiteral("signedIn"), m_hasSignIn}};
    if (!m_hasSignIn)
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

void TenantSession::exportMsalCache(const QString &path, DoneCallback done)
{
    QPointer<TenantSession> self(this);
    m_parts->broker.load([self, path, done](const Error &loadError) {
        if (loadError || !self) {
            done(loadError ? loadError : Error(Error::Kind::Cancelled, path));
            return;
        }
        Error error;
        self->m_parts->broker.exportMsalCache(path, &error);
        done(error);
    });
}

void TenantSession::importMsalCache(const QString &path, DoneCallback done)
{
    Error error;
    if (!m_parts->broker.importMsalCache(path, &error, done))
        done(error);
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

void TenantSession::forgetSecrets(const QString &profileName, DoneCallback done)
{
    // The keychain lives until its last operation has answered.
    auto *keychain = new KeychainStore;
    TokenCacheStore(keychain, profileName).clear([keychain, done](const Error &error) {
        keychain->deleteLater();
        done(error);
    });
}
