#include "graph/securenetworkaccessmanager.h"

#include "graph/apirequest.h"
#include "graph/logging.h"
#include "graph/refusednetworkreply.h"

#include <QSslConfiguration>
#include <QSslSocket>

SecureNetworkAccessManager::SecureNetworkAccessManager(const TenantProfile &profile, QObject *parent)
    : QNetworkAccessManager(parent)
{
    for (const QUrl &url : {profile.authority, profile.graphUrl, profile.exchangeUrl}) {
        if (url.isValid() && !url.host().isEmpty())
            m_profileOrigins.append(url);
    }
    if (!profile.trustedCertificatePem.trimmed().isEmpty()) {
        m_trusted = QSslCertificate::fromData(profile.trustedCertificatePem.toLatin1(), QSsl::Pem);
        if (m_trusted.isEmpty())
            qCWarning(lcGraph) << "The profile's trusted certificate could not be read; it is ignored.";
        else
            m_profileCas = QSslConfiguration::systemCaCertificates() + m_trusted;
    }
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

bool SecureNetworkAccessManager::isProfileHost(const QUrl &url) const
{
    for (const QUrl &origin : m_profileOrigins) {
        if (ApiRequest::isSameOrigin(origin, url))
            return true;
    }
    return false;
}

QNetworkRequest SecureNetworkAccessManager::secured(const QNetworkRequest &request) const
{
    QNetworkRequest out = request;
    const QUrl url = request.url();
    const bool profileCa = !m_trusted.isEmpty() && isProfileHost(url);
    // Start from the default configuration so nothing a caller put on the request (an extra CA, VerifyNone)
    // survives, and system CAs keep loading on demand.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (profileCa)
        ssl.setCaCertificates(m_profileCas);
    out.setSslConfiguration(ssl);

    const QVariant policy = request.attribute(QNetworkRequest::RedirectPolicyAttribute);
    const bool manual = policy.isValid() && policy.toInt() == QNetworkRequest::ManualRedirectPolicy;
    if (!manual) {
        // With the profile's CA in play a redirect must stay on the same origin (the CA is not for other
        // hosts, and Qt keeps the first request's TLS configuration while following redirects).
        out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         profileCa ? QNetworkRequest::SameOriginRedirectPolicy
                                   : QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return out;
}

QNetworkReply *SecureNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    const QUrl url = request.url();
    if (url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 &&
        !TenantProfile::isAllowedUrl(url)) {
        qCWarning(lcGraph) << "Refused plain HTTP to" << url.host();
        auto *reply =
            new RefusedNetworkReply(op, request, QNetworkReply::ProtocolUnknownError,
                                    QStringLiteral("Plain HTTP to %1 refused").arg(url.host()), this);
        reply->setProperty(insecureProperty(), true);
        return reply;
    }
    return QNetworkAccessManager::createRequest(op, secured(request), outgoingData);
}
