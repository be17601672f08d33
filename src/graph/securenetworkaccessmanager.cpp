#include "graph/securenetworkaccessmanager.h"

#include "graph/apirequest.h"
#include "graph/logging.h"
#include "graph/refusednetworkreply.h"

#include <QSslConfiguration>
#include <QSslSocket>

// The system's CA certificates, read and parsed once per process (some hundred certificates: a noticeable
// fraction of a second each time, and a session has more than one network manager).
static const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates = QSslConfiguration::systemCaCertificates();
    return certificates;
}

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
            m_profileCas = systemCaCertificates() + m_trusted;
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
        // Every redirect is checked by createRequest() (redirectAllowed()), as Qt's own policies neither
        // apply the plain-HTTP rule nor keep credentials on their origin.
        out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    }
    return out;
}

bool SecureNetworkAccessManager::isAllowedRedirect(const QNetworkRequest &request, const QUrl &target) const
{
    const QUrl origin = request.url();
    if (!TenantProfile::isAllowedUrl(target))
        return false; // plain http to a host that is not loopback, or another scheme
    if (origin.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
        target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return false; // never from https to http
    if (ApiRequest::isSameOrigin(origin, target))
        return true;
    // Another origin: Qt would carry the credentials along (they cannot be stripped here), and the first
    // request's TLS configuration (with the profile's CA, not meant for other hosts).
    if (request.hasRawHeader("Authorization") || request.hasRawHeader("Cookie"))
        return false;
    return m_trusted.isEmpty() || !isProfileHost(origin);
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
    const QNetworkRequest out = secured(request);
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, out, outgoingData);
    if (out.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt() ==
        QNetworkRequest::UserVerifiedRedirectPolicy) {
        connect(reply, &QNetworkReply::redirected, reply, [this, reply, out](const QUrl &target) {
            if (isAllowedRedirect(out, target)) {
                emit reply->redirectAllowed();
                return;
            }
            qCWarning(lcGraph) << "Refused a redirect from" << out.url().host() << "to" << target.scheme()
                               << target.host();
            reply->setProperty(insecureProperty(), true);
            reply->abort();
        });
    }
    return reply;
}
