#include "auth/accesstokenprovider.h"

#include "auth/clientcredentialssignin.h"
#include "auth/logging.h"
#include "auth/msaltokencache.h"
#include "auth/tokencachekeeper.h"
#include "auth/tokenrefresh.h"

namespace {
QString keyOf(const QString &resource)
{
    return resource.trimmed().toLower();
}
} // namespace

AccessTokenProvider::AccessTokenProvider(const TenantProfile &profile, QNetworkAccessManager *network,
                                         TokenCacheKeeper *keeper, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network), m_keeper(keeper)
{}

AccessTokenProvider::~AccessTokenProvider() = default;

void AccessTokenProvider::requestAccessToken(const QString &resource, bool forceRefresh, Callback done)
{
    QPointer<AccessTokenProvider> self(this);
    m_keeper->whenLoaded([self, resource, forceRefresh, done](const Error &error) {
        if (!self) {
            done(QString(), Error(Error::Kind::Cancelled, QStringLiteral("token")));
            return;
        }
        if (error) {
            done(QString(), error);
            return;
        }
        const QString key = keyOf(resource);
        if (self->m_pending.contains(key)) { // one token call per resource at a time
            self->m_pending[key].callbacks.push_back(done);
            return;
        }
        if (forceRefresh) {
            self->m_keeper->removeAccessTokens(resource);
        } else {
            const QString token = self->m_keeper->validAccessToken(resource);
            if (!token.isEmpty()) {
                done(token, Error());
                return;
            }
        }
        self->m_pending[key].callbacks.push_back(done);
        self->fetch(resource);
    });
}

TokenGrant *AccessTokenProvider::grantFor(const QString &resource)
{
    const QString scope = MsalTokenCache::defaultScope(resource);
    if (!m_keeper->isApplication()) {
        const QString refreshToken = m_keeper->refreshToken();
        return refreshToken.isEmpty() ? nullptr
                                      : new TokenRefresh(m_profile, refreshToken, scope, m_network, this);
    }
    if (m_keeper->usesCertificate())
        return new ClientCredentialsSignIn(m_profile, scope, m_network, this);
    if (!m_keeper->clientSecret().isEmpty())
        return new ClientCredentialsSignIn(m_profile, scope, m_keeper->clientSecret(), m_network, this);
    return nullptr;
}

void AccessTokenProvider::fetch(const QString &resource)
{
    TokenGrant *grant = grantFor(resource);
    if (!grant) {
        complete(
            resource, QString(),
            Error(Error::Kind::SignInRequired, resource)
                .setMessage(tr("Profile %1 is not signed in. Sign in to continue.").arg(m_profile.name)));
        return;
    }
    connect(grant, &TokenGrant::finished, this, [this, grant, resource](const TokenResponse &response) {
        grant->deleteLater();
        m_keeper->addTokens(grant->scope(), response);
        complete(resource, response.accessToken, Error());
    });
    connect(grant, &TokenGrant::failed, this, [this, grant, resource](const Error &error) {
        grant->deleteLater();
        complete(resource, QString(), error);
    });
    m_pending[keyOf(resource)].grant = grant;
    qCDebug(lcAuth).noquote() << "fetching a token for" << resource << "of profile" << m_profile.name;
    grant->start();
}

void AccessTokenProvider::complete(const QString &resource, const QString &token, const Error &error)
{
    const Pending pending = m_pending.take(keyOf(resource));
    for (const Callback &callback : pending.callbacks)
        callback(token, error);
}

void AccessTokenProvider::cancelAll()
{
    const QList<QString> resources = m_pending.keys();
    for (const QString &resource : resources) {
        const QPointer<TokenGrant> grant = m_pending.value(resource).grant;
        if (grant)
            grant->cancel();
    }
}
