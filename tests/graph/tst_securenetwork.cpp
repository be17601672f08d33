#include "graphtestrig.h"

#include "graph/apierrormapper.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QtTest>

// The session's network manager: the sandbox is reachable only through the profile's trusted certificate,
// that certificate is trusted for the profile's own hosts and nowhere else, and plain HTTP to the outside
// world is refused before any connection is made.
class TestSecureNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedCertificateReachesTheSandbox();
    void withoutTheCertificateTlsFails();
    void certificateIsOnlyForTheProfileHosts();
    void plainHttpToTheOutsideIsRefused();
    void plainHttpRefusedByTheManagerItself();
    void linksToOtherHostsAreRefused();

private:
    std::unique_ptr<GraphTestRig> m_rig;
};

void TestSecureNetwork::initTestCase()
{
    SandboxOptions options;
    options.users = 20;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    m_rig = std::make_unique<GraphTestRig>(options);
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
    QVERIFY(!m_rig->profile.trustedCertificatePem.isEmpty());
}

void TestSecureNetwork::trustedCertificateReachesTheSandbox()
{
    ApiJob *job = m_rig->graph->get(QStringLiteral("/users?$top=5&$select=id"));
    QVERIFY(GraphTestRig::wait(job));
    QVERIFY2(!job->error(), qPrintable(job->error().fullText()));
    QCOMPARE(job->result().status, 200);
    QCOMPARE(job->result().object().value(QLatin1String("value")).toArray().size(), 5);
    QVERIFY(!job->result().requestId.isEmpty());
    // The sandbox echoes our client-request-id.
    QCOMPARE(QString::fromLatin1(job->result().header("client-request-id")), job->result().clientRequestId);
}

void TestSecureNetwork::withoutTheCertificateTlsFails()
{
    TenantProfile untrusted = m_rig->profile;
    untrusted.trustedCertificatePem.clear();
    SecureNetworkAccessManager network(untrusted);
    ApiClient api(&network, m_rig->tokens.get(), m_rig->api->retryPolicy());
    GraphClient graph(&api, untrusted);
    const int callsBefore = m_rig->tokens->calls;
    ApiJob *job = graph.get(QStringLiteral("/users?$top=1"));
    QVERIFY(GraphTestRig::wait(job));
    QCOMPARE(job->error().kind(), Error::Kind::Tls);
    QCOMPARE(job->attempts(), 1); // a certificate problem is not retried
    QCOMPARE(m_rig->tokens->calls, callsBefore + 1);
    QVERIFY(!job->error().message().isEmpty());
}

void TestSecureNetwork::certificateIsOnlyForTheProfileHosts()
{
    SecureNetworkAccessManager &network = *m_rig->network;
    const QList<QSslCertificate> sandboxCa =
        QSslCertificate::fromData(m_rig->client->sandbox().caCertificatePem());
    QCOMPARE(sandboxCa.size(), 1);

    const QUrl graphUrl = m_rig->profile.graphUrl;
    QVERIFY(network.isProfileHost(graphUrl));
    QVERIFY(network.isProfileHost(m_rig->profile.authority));
    QNetworkRequest own(ApiRequest::join(graphUrl, QStringLiteral("/users")));
    const QSslConfiguration ownSsl = network.secured(own).sslConfiguration();
    QVERIFY(ownSsl.caCertificates().contains(sandboxCa.first()));
    QCOMPARE(ownSsl.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(network.secured(own).attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));

    // Another port on the same address, and another host: not the profile's.
    QUrl otherPort = graphUrl;
    otherPort.setPort(graphUrl.port() + 1);
    QUrl foreign(QStringLiteral("https://graph.microsoft.com/v1.0/users"));
    for (const QUrl &url : {otherPort, foreign}) {
        QVERIFY(!network.isProfileHost(url));
        QNetworkRequest request(url);
        // Even a CA (or VerifyNone) a caller sets on the request does not survive.
        QSslConfiguration tampered = QSslConfiguration::defaultConfiguration();
        tampered.setCaCertificates(sandboxCa);
        tampered.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tampered);
        const QNetworkRequest secured = network.secured(request);
        QVERIFY(!secured.sslConfiguration().caCertificates().contains(sandboxCa.first()));
        QCOMPARE(secured.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
        QCOMPARE(secured.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::NoLessSafeRedirectPolicy));
    }
}

void TestSecureNetwork::plainHttpToTheOutsideIsRefused()
{
    // A listening server that must never see a connection.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&listener, &QTcpServer::newConnection, this, [&] { ++connections; });

    const int callsBefore = m_rig->tokens->calls;
    ApiRequest request("GET", QUrl(QStringLiteral("http://graph.example.invalid/v1.0/users")),
                       m_rig->profile.graphResource);
    ApiJob *job = m_rig->api->send(request);
    QVERIFY(GraphTestRig::wait(job));
    QCOMPARE(job->error().kind(), Error::Kind::Insecure);
    QCOMPARE(job->attempts(), 0);
    QCOMPARE(m_rig->tokens->calls, callsBefore); // not even a token was fetched for it

    // Plain HTTP to loopback is allowed (the connection is made; nothing answers HTTP there, so it fails
    // as a network problem, not as Insecure).
    ApiRequest loopback("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(listener.serverPort())));
    loopback.timeoutMs = 300;
    ApiJob *local = m_rig->api->send(loopback);
    QVERIFY(GraphTestRig::wait(local));
    QVERIFY(local->error().kind() != Error::Kind::Insecure);
    QVERIFY(connections >= 1);
}

void TestSecureNetwork::plainHttpRefusedByTheManagerItself()
{
    // What the sign-in layer sees when it uses the manager directly (QOAuth2 token requests).
    QNetworkReply *reply =
        m_rig->network->get(QNetworkRequest(QUrl(QStringLiteral("http://login.example.invalid/token"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::ProtocolUnknownError);
    QVERIFY(reply->property(SecureNetworkAccessManager::insecureProperty()).toBool());
    const Error e =
        ApiErrorMapper::fromNetwork(reply->error(), reply->errorString(), false,
                                    reply->property(SecureNetworkAccessManager::insecureProperty()).toBool(),
                                    QStringLiteral("POST /token"));
    QCOMPARE(e.kind(), Error::Kind::Insecure);
    reply->deleteLater();
}

void TestSecureNetwork::linksToOtherHostsAreRefused()
{
    ApiJob *job =
        m_rig->graph->get(QStringLiteral("https://graph.example.invalid/v1.0/users?$skiptoken=abc"));
    QVERIFY(GraphTestRig::wait(job));
    QCOMPARE(job->error().kind(), Error::Kind::Insecure);
    QCOMPARE(job->attempts(), 0);
    QVERIFY(!job->error().where().contains(QLatin1String("skiptoken")));
}

QTEST_MAIN(TestSecureNetwork)
#include "tst_securenetwork.moc"
