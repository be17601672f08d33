#pragma once

// Test helper for the auth suites: an in-process sandbox tenant, a profile for it, a network manager
// that trusts the sandbox's certificate (through the default SSL configuration, tests only), and a
// scripted "browser" that signs in on the authorize page and delivers the redirect to the loopback.
#include "sandboxclient.h"

#include "core/tenantprofile.h"
#include "sandbox/identity/identityendpoints.h"
#include "sandbox/server/sandboxserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <memory>

class AuthSandbox
{
public:
    AuthSandbox()
    {
        SandboxOptions options;
        options.latencyMinMs = 0;
        options.latencyMaxMs = 0;
        options.users = 20;
        options.schools = 1;
        options.throttleProfile = QStringLiteral("off");
        client = std::make_unique<SandboxClient>(options);
        if (!client->isRunning())
            return;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromData(client->sandbox().caCertificatePem(), QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(ssl);
        info = client->sandbox().info();
        QString error;
        profile = TenantProfile::fromSandboxInfo(QStringLiteral("auth-test"), info, &error);
        const QJsonObject user = info.value(QLatin1String("users")).toArray().first().toObject();
        username = user.value(QLatin1String("username")).toString();
        password = user.value(QLatin1String("password")).toString();
        profile.account = username;
        network = std::make_unique<QNetworkAccessManager>();
    }

    bool isRunning() const { return client && client->isRunning() && !profile.clientId.isEmpty(); }
    IdentityEndpoints &identity() { return client->sandbox().identity(); }
    quint64 requestCount() { return client->sandbox().server().requestCount(); }

    // GET with this network manager, not following redirects; runs the event loop until it ends.
    static QNetworkReply *get(QNetworkAccessManager *network, const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = network->get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply;
    }

    // What the user's browser does: opens the authorize URL (signing in with the sandbox's scripted
    // password), and returns the loopback URL the identity platform redirects to (empty when none).
    QUrl authorizeRedirect(const QUrl &authorizeUrl, const QString &password)
    {
        QUrl url = authorizeUrl;
        // Encoded by hand: QUrlQuery leaves '+' as is, which a server reads as a space.
        url.setQuery(url.query(QUrl::FullyEncoded) + QStringLiteral("&sandbox_password=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(password)),
                     QUrl::StrictMode);
        QNetworkReply *reply = get(network.get(), url);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
            return QUrl();
        return QUrl(QString::fromUtf8(reply->rawHeader("Location")));
    }

    // Delivers the redirect to the loopback listener (QNAM does not follow https -> http by itself).
    int deliver(const QUrl &loopback)
    {
        QNetworkReply *reply = get(network.get(), loopback);
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    std::unique_ptr<SandboxClient> client;
    std::unique_ptr<QNetworkAccessManager> network;
    QJsonObject info;
    TenantProfile profile;
    QString username;
    QString password;
};
