#include "graphtestrig.h"
#include "scriptedhttpserver.h"

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
    void tokenDoesNotFollowRedirectsToOtherOrigins();
    void redirectToPlainHttpOutsideIsRefused();
    void managerChecksRedirectsToo();

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
             int(QNetworkRequest::UserVerifiedRedirectPolicy));

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
                 int(QNetworkRequest::UserVerifiedRedirectPolicy));
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

namespace {
// Two loopback servers (two origins: the ports differ). `a` redirects as its paths say; `b` answers JSON.
struct RedirectPair
{
    ScriptedHttpServer a;
    ScriptedHttpServer b;
    RedirectPair()
    {
        b.setHandler([](const ScriptedHttpServer::Request &) {
            return ScriptedHttpServer::json(200, R"({"served":"b"})");
        });
        a.setHandler([this](const ScriptedHttpServer::Request &r) {
            if (r.target.startsWith("/toB"))
                return ScriptedHttpServer::response(
                    302, {}, {{"Location", b.url(QStringLiteral("/landing?x=1")).toEncoded()}});
            if (r.target == "/same")
                return ScriptedHttpServer::response(307, {}, {{"Location", "/final"}});
            if (r.target == "/out")
                return ScriptedHttpServer::response(
                    302, {}, {{"Location", "http://graph.example.invalid/v1.0/users"}});
            if (r.target == "/loop")
                return ScriptedHttpServer::response(302, {}, {{"Location", "/loop"}});
            return ScriptedHttpServer::json(200, R"({"served":"a"})");
        });
    }
};
} // namespace

void TestSecureNetwork::tokenDoesNotFollowRedirectsToOtherOrigins()
{
    RedirectPair servers;
    ApiRequest cross("GET", servers.a.url(QStringLiteral("/toB")), m_rig->profile.graphResource);
    cross.setHeader("Cookie", "session=1");
    cross.setHeader("ConsistencyLevel", "eventual");
    ApiJob *job = m_rig->api->send(cross);
    QVERIFY(GraphTestRig::wait(job));
    QVERIFY2(!job->error(), qPrintable(job->error().fullText()));
    QCOMPARE(job->result().object().value(QLatin1String("served")).toString(), QStringLiteral("b"));
    QCOMPARE(servers.a.requests.size(), 1);
    QCOMPARE(servers.b.requests.size(), 1);
    QVERIFY(servers.a.requests.at(0).headers.value("authorization").startsWith("Bearer "));
    QVERIFY(!servers.b.requests.at(0).headers.contains("authorization")); // stripped for the other origin
    QVERIFY(!servers.b.requests.at(0).headers.contains("cookie"));
    QCOMPARE(servers.b.requests.at(0).headers.value("consistencylevel"), QByteArray("eventual"));
    QCOMPARE(servers.a.requests.at(0).headers.value("cookie"), QByteArray("session=1"));
    QCOMPARE(servers.b.requests.at(0).target, QByteArray("/landing?x=1"));
    QCOMPARE(job->attempts(), 1); // the redirect is part of the attempt
    QCOMPARE(job->retries(), 0);

    // On the same origin the token is kept.
    ApiJob *same = m_rig->api->send(
        ApiRequest("GET", servers.a.url(QStringLiteral("/same")), m_rig->profile.graphResource));
    QVERIFY(GraphTestRig::wait(same));
    QVERIFY2(!same->error(), qPrintable(same->error().fullText()));
    QCOMPARE(servers.a.requests.size(), 3);
    QCOMPARE(servers.a.requests.at(2).target, QByteArray("/final"));
    QCOMPARE(servers.a.requests.at(2).headers.value("authorization"),
             servers.a.requests.at(1).headers.value("authorization"));
    QVERIFY(!servers.a.requests.at(2).headers.value("authorization").isEmpty());

    // A redirect loop ends.
    ApiJob *loop = m_rig->api->send(ApiRequest("GET", servers.a.url(QStringLiteral("/loop"))));
    QVERIFY(GraphTestRig::wait(loop));
    QCOMPARE(loop->error().kind(), Error::Kind::InvalidReply);
    QCOMPARE(servers.a.requests.size(), 3 + 1 + ApiJob::kMaxRedirects);
}

void TestSecureNetwork::redirectToPlainHttpOutsideIsRefused()
{
    RedirectPair servers;
    ApiJob *job = m_rig->api->send(
        ApiRequest("GET", servers.a.url(QStringLiteral("/out")), m_rig->profile.graphResource));
    QVERIFY(GraphTestRig::wait(job));
    QCOMPARE(job->error().kind(), Error::Kind::Insecure);
    QCOMPARE(job->attempts(), 1);
    QCOMPARE(servers.a.requests.size(), 1);
}

void TestSecureNetwork::managerChecksRedirectsToo()
{
    RedirectPair servers;
    const auto fetch = [&](const QString &path, bool withToken) {
        QNetworkRequest request(servers.a.url(path));
        if (withToken)
            request.setRawHeader("Authorization", "Bearer secret");
        QNetworkReply *reply = m_rig->network->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        reply->deleteLater();
        return reply;
    };
    // Credentials never go to another origin: the redirect is refused.
    QNetworkReply *withToken = fetch(QStringLiteral("/toB"), true);
    QVERIFY(withToken->isFinished());
    QVERIFY(withToken->error() != QNetworkReply::NoError);
    QVERIFY(withToken->property(SecureNetworkAccessManager::insecureProperty()).toBool());
    QCOMPARE(servers.b.requests.size(), 0);
    // Without credentials it is followed.
    QNetworkReply *plain = fetch(QStringLiteral("/toB"), false);
    QCOMPARE(plain->error(), QNetworkReply::NoError);
    QCOMPARE(servers.b.requests.size(), 1);
    // Plain HTTP to the outside is refused for redirects as for requests.
    QNetworkReply *out = fetch(QStringLiteral("/out"), false);
    QVERIFY(out->isFinished());
    QVERIFY(out->error() != QNetworkReply::NoError);
    QVERIFY(out->property(SecureNetworkAccessManager::insecureProperty()).toBool());
    // A same-origin redirect keeps working, with its credentials.
    QNetworkReply *same = fetch(QStringLiteral("/same"), true);
    QCOMPARE(same->error(), QNetworkReply::NoError);
    QCOMPARE(servers.a.requests.last().headers.value("authorization"), QByteArray("Bearer secret"));
}

QTEST_MAIN(TestSecureNetwork)
#include "tst_securenetwork.moc"
