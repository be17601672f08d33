#include "auth/clientcredentialssignin.h"

#include "auth/clientassertion.h"
#include "auth/logging.h"

ClientCredentialsSignIn::ClientCredentialsSignIn(const TenantProfile &profile, const QString &scope,
                                                 const QString &clientSecret, QNetworkAccessManager *network,
                                                 QObject *parent)
    : TokenGrant(profile, network, scope, QStringLiteral("client credentials"), parent),
      m_secret(clientSecret)
{}

ClientCredentialsSignIn::ClientCredentialsSignIn(const TenantProfile &profile, const QString &scope,
                                                 QNetworkAccessManager *network, QObject *parent)
    : TokenGrant(profile, network, scope, QStringLiteral("client credentials"), parent),
      m_useCertificate(true)
{}

ClientCredentialsSignIn::~ClientCredentialsSignIn() = default;

void ClientCredentialsSignIn::start()
{
    const QString clientId = profile().effectiveAppClientId();
    qCInfo(lcAuth).noquote() << "application sign-in for profile" << profile().name
                             << (m_useCertificate ? "with certificate" : "with client secret");
    IdentityRequest::Fields fields{{QStringLiteral("client_id"), clientId},
                                   {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                   {QStringLiteral("scope"), scope()}};
    if (m_useCertificate) {
        Error error;
        const QByteArray assertion = ClientAssertion::create(profile().certificatePath, clientId,
                                                             profile().tokenEndpoint().toString(), &error);
        if (assertion.isEmpty()) {
            fail(error);
            return;
        }
        fields.append({QStringLiteral("client_assertion_type"),
                       QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
        fields.append({QStringLiteral("client_assertion"), QString::fromLatin1(assertion)});
    } else {
        if (m_secret.isEmpty()) {
            fail(Error(Error::Kind::SignInRequired, QStringLiteral("client credentials"))
                     .setMessage(tr("No client secret is stored for profile %1. Sign in with the "
                                    "application's secret again.")
                                     .arg(profile().name)));
            return;
        }
        fields.append({QStringLiteral("client_secret"), m_secret});
    }
    postToken(fields);
}
