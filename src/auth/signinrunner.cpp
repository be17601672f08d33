#include "auth/signinrunner.h"

#include "auth/browsersignin.h"
#include "auth/clientcredentialssignin.h"
#include "auth/devicecodesignin.h"

SignInRunner::SignInRunner(const TenantProfile &profile, QNetworkAccessManager *network,
                           TokenCacheKeeper *keeper, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network), m_keeper(keeper)
{}

SignInRunner::~SignInRunner() = default;

void SignInRunner::cancel()
{
    if (m_grant)
        m_grant->cancel();
}

void SignInRunner::run(TokenGrant *grant, TokenCacheKeeper::Owner owner, DoneCallback done,
                       const QString &secret)
{
    cancel();
    m_grant = grant;
    connect(grant, &TokenGrant::failed, this, [grant, done](const Error &error) {
        grant->deleteLater();
        done(error);
    });
    connect(grant, &TokenGrant::finished, this,
            [this, grant, owner, done, secret](const TokenResponse &response) {
                grant->deleteLater();
                if (owner == TokenCacheKeeper::Owner::ApplicationWithSecret)
                    m_keeper->setClientSecret(secret);
                // A sign-in that worked is reported as such; a failed save is the keeper's storageFailed().
                m_keeper->addSignIn(owner, grant->scope(), response,
                                    [done](const Error &) { done(Error()); });
            });
    QPointer<TokenGrant> guard(grant);
    m_keeper->whenLoaded([guard](const Error &) {
        if (guard && !guard->isFinished())
            guard->start();
    });
}

void SignInRunner::signInWithBrowser(DoneCallback done)
{
    auto *grant = new BrowserSignIn(m_profile, m_network, this);
    connect(grant, &BrowserSignIn::authorizationUrl, this, &SignInRunner::authorizationUrlReady);
    run(grant, TokenCacheKeeper::Owner::User, std::move(done));
}

void SignInRunner::signInWithDeviceCode(DoneCallback done)
{
    auto *grant = new DeviceCodeSignIn(m_profile, m_network, this);
    connect(grant, &DeviceCodeSignIn::codeReady, this, &SignInRunner::deviceCodeReady);
    run(grant, TokenCacheKeeper::Owner::User, std::move(done));
}

void SignInRunner::signInWithClientSecret(const QString &secret, DoneCallback done)
{
    if (!secret.isEmpty()) {
        run(new ClientCredentialsSignIn(m_profile, m_profile.graphScope(), secret, m_network, this),
            TokenCacheKeeper::Owner::ApplicationWithSecret, std::move(done), secret);
        return;
    }
    // The stored secret: it is only known once the keychain was read.
    QPointer<SignInRunner> self(this);
    m_keeper->whenLoaded([self, done](const Error &error) {
        if (!self) {
            done(Error(Error::Kind::Cancelled, QStringLiteral("client credentials")));
            return;
        }
        if (error) {
            done(error);
            return;
        }
        const QString stored = self->m_keeper->clientSecret();
        self->run(new ClientCredentialsSignIn(self->m_profile, self->m_profile.graphScope(), stored,
                                              self->m_network, self),
                  TokenCacheKeeper::Owner::ApplicationWithSecret, done, stored);
    });
}

void SignInRunner::signInWithCertificate(DoneCallback done)
{
    run(new ClientCredentialsSignIn(m_profile, m_profile.graphScope(), m_network, this),
        TokenCacheKeeper::Owner::ApplicationWithCertificate, std::move(done));
}
