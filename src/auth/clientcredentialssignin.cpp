#include "auth/clientcredentialssignin.h"

#include "auth/clientassertion.h"
#include "auth/identityrequest.h"
#include "auth/logging.h"

#include <QDateTime>

ClientCredentialsSignIn::ClientCredentialsSignIn(const TenantProfile &profile, const QString &scope,
                                                 const QString &clientSecret, QNetworkAccessManager *network,
                                                 QObject *parent)
    : QObject(parent), m_profile(profile), m_scope(scope), m_secret(clientSecret), m_network(network)
{}

ClientCredentialsSignIn::ClientCredentialsSignIn(const TenantProfile &profile, const QString &scope,
                                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_profile(profile), m_scope(scope), m_useCertificate(true), m_network(network)
{}

ClientCredentialsSignIn::~ClientCredentialsSignIn() = default;

void ClientCredentialsSignIn::start()
{
    const QString clientId = m_profile.effectiveAppClientId();
    IdentityRequest::Fields fields{{QStringLiteral("client_id"), clientId},
                                   {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                   {QStringLiteral("scope"), m_scope}};
    if (m_useCertificate) {
        Error error;
        const QByteArray assertion = ClientAssertion::create(m_profile.certificatePath, clientId,
                                                             m_profile.tokenEndpoint().toString(), &error);
        if (assertion.isEmpty()) {
            finish(nullptr, error);
            return;
        }
        fields.append({QStringLiteral("client_assertion_type"),
                       QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
        fields.append({QStringLiteral("client_assertion"), QString::fromLatin1(assertion)});
    } else {
        if (m_secret.isEmpty()) {
            finish(nullptr, Error(Error::Kind::SignInRequired, QStringLiteral("client credentials"))
                                .setMessage(tr("No client secret is stored for profile %1. Sign in with the "
                                               "application's secret again.")
                                                .arg(m_profile.name)));
            return;
        }
        fields.append({QStringLiteral("client_secret"), m_secret});
    }
    m_request = new IdentityRequest(m_network, m_profile.tokenEndpoint(), fields, this);
    connect(m_request, &IdentityRequest::finished, this, [this](const QJsonObject &json) {
        TokenResponse response;
        Error error;
        if (TokenResponse::fromJson(json, QDateTime::currentSecsSinceEpoch(), &response, &error))
            finish(&response, Error());
        else
            finish(nullptr, error);
    });
    connect(m_request, &IdentityRequest::failed, this,
            [this](const Error &error, const QString &) { finish(nullptr, error); });
    m_request->start();
}

void ClientCredentialsSignIn::cancel()
{
    if (m_request)
        m_request->cancel();
    if (!m_done)
        finish(nullptr, Error(Error::Kind::Cancelled, QStringLiteral("client credentials")));
}

void ClientCredentialsSignIn::finish(const TokenResponse *response, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_request)
        m_request->deleteLater();
    qCInfo(lcAuth).noquote() << "application sign-in for profile" << m_profile.name
                             << (m_useCertificate ? "with certificate" : "with client secret")
                             << (response ? QStringLiteral("succeeded")
                                          : QStringLiteral("failed: ") + error.code());
    if (response)
        emit finished(*response);
    else
        emit failed(error);
}
