#pragma once

#include "core/tenantprofile.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

// The one QNetworkAccessManager of a session (Graph, Exchange and sign-in requests alike). Certificate
// verification is always on. The profile's trustedCertificatePem is trusted only for the profile's own hosts
// (scheme+host+port of authority, graphUrl and exchangeUrl); every other host sees the system CAs only.
// Plain http:// to a host that is not loopback is refused without a connection attempt (the reply finishes
// with QNetworkReply::ProtocolUnknownError and the property "tenantdesk.insecure" = true). Redirects (unless
// the request asks for ManualRedirectPolicy, as ApiJob does) are checked one by one: never to a plain-http
// host that is not loopback, never from https to http, and to another origin only for a request without
// credentials (Authorization, Cookie) and without the profile's CA; a refused redirect aborts the reply
// (OperationCanceledError, "tenantdesk.insecure" = true).
class SecureNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit SecureNetworkAccessManager(const TenantProfile &profile, QObject *parent = nullptr);

    // True when `url` is one of the profile's hosts (same scheme, host and port).
    bool isProfileHost(const QUrl &url) const;
    // The request as it will be sent: TLS configuration (CAs, verification) and redirect policy applied.
    QNetworkRequest secured(const QNetworkRequest &request) const;
    const QList<QSslCertificate> &trustedCertificates() const { return m_trusted; }
    // Whether a redirect of `request` (as sent) to `target` may be followed (see above).
    bool isAllowedRedirect(const QNetworkRequest &request, const QUrl &target) const;

    static const char *insecureProperty() { return "tenantdesk.insecure"; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData = nullptr) override;

private:
    QList<QUrl> m_profileOrigins;
    QList<QSslCertificate> m_trusted;
    QList<QSslCertificate> m_profileCas; // system CAs + m_trusted
};
