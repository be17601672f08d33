#include "auth/tokenbroker.h"

#include "auth/browsersignin.h"
#include "auth/clientcredentialssignin.h"
#include "auth/devicecodesignin.h"
#include "auth/keychainstore.h"
#include "auth/logging.h"
#include "auth/tokenrefresh.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {
const int ExpiryMarginSeconds = 300; // a token must stay valid this long to be handed out

bool isApplicationMethod(TenantProfile::SignInMethod method)
{
    return method == TenantProfile::SignInMethod::ClientSecret ||
           method == TenantProfile::SignInMethod::ClientCertificate;
}
} // namespace

TokenBroker::TokenBroker(const TenantProfile &profile, QNetworkAccessManager *network,
                         KeychainStore *keychain, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network), m_keychain(keychain),
      m_store(keychain, profile.name), m_application(isApplicationMethod(profile.signInMethod)),
      m_useCertificate(profile.signInMethod == TenantProfile::SignInMethod::ClientCertificate)
{}

TokenBroker::~TokenBroker() = default;

QString TokenBroker::clientIdInUse() const
{
    return m_application ? m_profile.effectiveAppClientId() : m_profile.clientId;
}

QString TokenBroker::realm() const
{
    return MsalTokenCache::realmOf(m_profile.authority);
}

void TokenBroker::load(DoneCallback done)
{
    whenLoaded(std::move(done));
}

void TokenBroker::whenLoaded(DoneCallback then)
{
    if (m_loaded) {
        then(Error());
        return;
    }
    m_afterLoad.push_back(std::move(then));
    if (m_loading)
        return;
    m_loading = true;
    QPointer<TokenBroker> self(this);
    m_store.loadCache([self](const MsalTokenCache &cache, const Error &cacheError) {
        if (!self)
            return;
        self->m_store.loadClientSecret(
            [self, cache, cacheError](const QString &secret, const Error &secretError) {
                if (!self)
                    return;
                self->m_loading = false;
                const Error error = cacheError ? cacheError : secretError;
                if (!error && !self->m_loaded) {
                    self->m_cache = cache;
                    self->m_clientSecret = secret;
                    self->m_loaded = true;
                    self->chooseAccount();
                }
                auto callbacks = std::move(self->m_afterLoad);
                self->m_afterLoad.clear();
                for (const auto &callback : callbacks)
                    callback(error);
                if (!error)
                    emit self->identityChanged();
            });
    });
}

void TokenBroker::chooseAccount()
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

bool TokenBroker::isSigningIn() const
{
    return !m_signIn.isNull();
}

void TokenBroker::cancelSignIn()
{
    if (m_cancelSignIn)
        m_cancelSignIn();
}

template <typename Flow>
void TokenBroker::runSignIn(Flow *flow, bool application, DoneCallback done, std::function<void()> onSuccess)
{
    cancelSignIn();
    m_signIn = flow;
    QPointer<Flow> guard(flow);
    m_cancelSignIn = [guard] {
        if (guard)
            guard->cancel();
    };
    connect(flow, &Flow::failed, this, [this, flow, done](const Error &error) {
        flow->deleteLater();
        m_cancelSignIn = nullptr;
        done(error);
    });
    connect(flow, &Flow::finished, this,
            [this, flow, application, done, onSuccess](const TokenResponse &response) {
                flow->deleteLater();
                m_cancelSignIn = nullptr;
                if (!m_loaded) { // the keychain could not be read: start from this sign-in
                    m_cache.clear();
                    m_loaded = true;
                }
                m_application = application;
                const QString home =
                    m_cache.add(m_profile.authority, clientIdInUse(), flow->scope(), response);
                if (!application)
                    m_homeAccountId = home;
                if (onSuccess)
                    onSuccess();
                emit identityChanged();
                saveCache([done](const Error &) { done(Error()); });
            });
    whenLoaded([this, guard](const Error &) {
        if (guard)
            guard->start();
    });
}

void TokenBroker::signInWithBrowser(DoneCallback done)
{
    auto *flow = new BrowserSignIn(m_profile, m_network, this);
    connect(flow, &BrowserSignIn::authorizationUrl, this, &TokenBroker::authorizationUrlReady);
    runSignIn(flow, false, std::move(done));
}

void TokenBroker::signInWithDeviceCode(DoneCallback done)
{
    auto *flow = new DeviceCodeSignIn(m_profile, m_network, this);
    connect(flow, &DeviceCodeSignIn::codeReady, this, &TokenBroker::deviceCodeReady);
    runSignIn(flow, false, std::move(done));
}

void TokenBroker::signInWithClientSecret(const QString &secret, DoneCallback done)
{
    if (secret.isEmpty()) {
        // The stored secret: it is only known once the keychain was read.
        whenLoaded([this, done](const Error &error) {
            if (error) {
                done(error);
                return;
            }
            startClientSecretSignIn(m_clientSecret, done);
        });
        return;
    }
    startClientSecretSignIn(secret, std::move(done));
}

void TokenBroker::startClientSecretSignIn(const QString &secret, DoneCallback done)
{
    auto *flow = new ClientCredentialsSignIn(m_profile, m_profile.graphScope(), secret, m_network, this);
    runSignIn(flow, true, std::move(done), [this, secret] {
        m_useCertificate = false;
        if (secret == m_clientSecret)
            return;
        m_clientSecret = secret;
        m_store.saveClientSecret(secret, [this](const Error &error) {
            if (error)
                emit storageFailed(error);
        });
    });
}

void TokenBroker::signInWithCertificate(DoneCallback done)
{
    auto *flow = new ClientCredentialsSignIn(m_profile, m_profile.graphScope(), m_network, this);
    runSignIn(flow, true, std::move(done), [this] { m_useCertificate = true; });
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

QString TokenBroker::cachedToken(const QString &resource) const
{
    return m_cache.accessToken(clientIdInUse(), realm(), m_application ? QString() : m_homeAccountId,
                               resource, QDateTime::currentSecsSinceEpoch(), ExpiryMarginSeconds);
}

void TokenBroker::requestAccessToken(const QString &resource, bool forceRefresh, Callback done)
{
    QPointer<TokenBroker> self(this);
    whenLoaded([self, resource, forceRefresh, done](const Error &error) {
        if (!self) {
            done(QString(), Error(Error::Kind::Cancelled, QStringLiteral("token")));
            return;
        }
        if (error) {
            done(QString(), error);
            return;
        }
        const QString key = resource.trimmed().toLower();
        if (self->m_pending.contains(key)) { // one token call per resource at a time
            self->m_pending[key].callbacks.push_back(done);
            return;
        }
        if (forceRefresh) {
            self->m_cache.removeAccessTokens(
                self->clientIdInUse(), self->m_application ? QString() : self->m_homeAccountId, resource);
        } else {
            const QString token = self->cachedToken(resource);
            if (!token.isEmpty()) {
                done(token, Error());
                return;
            }
        }
        self->m_pending[key].callbacks.push_back(done);
        self->fetchToken(resource);
    });
}

void TokenBroker::fetchToken(const QString &resource)
{
    const QString key = resource.trimmed().toLower();
    const QString scope = MsalTokenCache::defaultScope(resource);
    std::function<void()> start;
    std::function<void()> cancel;
    if (m_application) {
        ClientCredentialsSignIn *app = nullptr;
        if (m_useCertificate) {
            app = new ClientCredentialsSignIn(m_profile, scope, m_network, this);
        } else if (!m_clientSecret.isEmpty()) {
            app = new ClientCredentialsSignIn(m_profile, scope, m_clientSecret, m_network, this);
        }
        if (app) {
            connect(app, &ClientCredentialsSignIn::finished, this,
                    [this, app, resource](const TokenResponse &r) {
                        app->deleteLater();
                        m_cache.add(m_profile.authority, m_profile.effectiveAppClientId(), app->scope(), r);
                        saveCache({});
                        completeToken(resource, r.accessToken, Error());
                    });
            connect(app, &ClientCredentialsSignIn::failed, this, [this, app, resource](const Error &error) {
                app->deleteLater();
                completeToken(resource, QString(), error);
            });
            cancel = [app] {
                app->cancel();
            };
            start = [app] {
                app->start();
            };
        }
    } else {
        const QString refreshToken = m_cache.refreshToken(m_profile.clientId, m_homeAccountId);
        if (!refreshToken.isEmpty()) {
            auto *refresh = new TokenRefresh(m_profile, refreshToken, scope, m_network, this);
            connect(refresh, &TokenRefresh::finished, this,
                    [this, refresh, resource](const TokenResponse &r) {
                        refresh->deleteLater();
                        const QString home =
                            m_cache.add(m_profile.authority, m_profile.clientId, refresh->scope(), r);
                        if (!home.isEmpty())
                            m_homeAccountId = home;
                        saveCache({});
                        completeToken(resource, r.accessToken, Error());
                    });
            connect(refresh, &TokenRefresh::failed, this, [this, refresh, resource](const Error &error) {
                refresh->deleteLater();
                completeToken(resource, QString(), error);
            });
            cancel = [refresh] {
                refresh->cancel();
            };
            start = [refresh] {
                refresh->start();
            };
        }
    }
    if (!start) {
        completeToken(
            resource, QString(),
            Error(Error::Kind::SignInRequired, resource)
                .setMessage(tr("Profile %1 is not signed in. Sign in to continue.").arg(m_profile.name)));
        return;
    }
    m_pending[key].cancel = cancel;
    qCDebug(lcAuth).noquote() << "fetching a token for" << resource << "of profile" << m_profile.name;
    start();
}

void TokenBroker::completeToken(const QString &resource, const QString &token, const Error &error)
{
    const Pending pending = m_pending.take(resource.trimmed().toLower());
    for (const Callback &callback : pending.callbacks)
        callback(token, error);
}

void TokenBroker::saveCache(DoneCallback done)
{
    QPointer<TokenBroker> self(this);
    m_store.saveCache(m_cache, [self, done](const Error &error) {
        if (error && self)
            emit self->storageFailed(error);
        if (done)
            done(error);
    });
}

bool TokenBroker::isSignedIn() const
{
    if (m_application)
        return m_useCertificate || !m_clientSecret.isEmpty() ||
               !cachedToken(m_profile.graphResource).isEmpty();
    return !m_homeAccountId.isEmpty();
}

TokenBroker::Identity TokenBroker::identity() const
{
    Identity id;
    id.application = m_application;
    if (m_application) {
        id.username = m_profile.effectiveAppClientId();
        id.tenantId = realm();
        return id;
    }
    id.homeAccountId = m_homeAccountId;
    id.tenantId = m_homeAccountId.section(QLatin1Char('.'), 1);
    const QList<MsalTokenCache::Account> accounts = m_cache.accounts();
    for (const MsalTokenCache::Account &account : accounts) {
        if (account.homeAccountId == m_homeAccountId)
            id.username = account.username;
    }
    return id;
}

void TokenBroker::signOut(DoneCallback done)
{
    cancelSignIn();
    const QList<QString> resources = m_pending.keys();
    for (const QString &resource : resources) {
        const auto cancel = m_pending.value(resource).cancel;
        if (cancel)
            cancel();
    }
    m_cache.clear();
    m_clientSecret.clear();
    m_homeAccountId.clear();
    m_loaded = true;
    qCInfo(lcAuth).noquote() << "signing out of profile" << m_profile.name;
    m_store.clear(std::move(done));
    emit identityChanged();
}

bool TokenBroker::exportMsalCache(const QString &path, Error *error) const
{
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        *error =
            Error(Error::Kind::Storage, path)
                .setMessage(tr("%1 is not a regular file. Choose another file name for the exported token "
                               "cache.")
                                .arg(path));
        return false;
    }
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created 0600 (or made 0600 before anything is written into an existing file).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) ||
        !file.setPermissions(ownerOnly)) {
        *error = Error(Error::Kind::Storage, path, file.errorString())
                     .setMessage(tr("The token cache could not be written to %1.").arg(path));
        return false;
    }
    const QByteArray json = m_cache.serialize();
    if (file.write(json) != json.size() || !file.flush()) {
        *error = Error(Error::Kind::Storage, path, file.errorString())
                     .setMessage(tr("The token cache could not be written to %1.").arg(path));
        return false;
    }
    return true;
}

bool TokenBroker::importMsalCache(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Error(Error::Kind::Storage, path, file.errorString())
                     .setMessage(tr("The token cache file %1 could not be read.").arg(path));
        return false;
    }
    MsalTokenCache cache;
    QString parseError;
    if (!cache.deserialize(file.readAll(), &parseError)) {
        *error = Error(Error::Kind::InvalidReply, path, parseError)
                     .setMessage(tr("The file %1 is not an MSAL token cache.").arg(path));
        return false;
    }
    m_cache = cache;
    m_loaded = true;
    m_application = isApplicationMethod(m_profile.signInMethod);
    chooseAccount();
    saveCache({});
    emit identityChanged();
    return true;
}
