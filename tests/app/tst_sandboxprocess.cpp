// tenantdesk-sandbox as a script sees it: start the process, read its one JSON line, trust the printed
// certificate, get a token with the confidential client's secret, page through users, read groups, SKUs and
// a user's calendar permissions, and stop it with SIGTERM. With --state a change survives a restart, and so
// do an access token and a delta link issued before it.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-sandbox"));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        // The line comes once the tenant is seeded and the port is open.
        while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning)
            m_process.waitForReadyRead(1000);
        m_info = QJsonDocument::fromJson(m_process.readLine()).object();
        if (m_info.isEmpty())
            m_error = QString::fromUtf8(m_process.readAllStandardError());
    }
    ~SandboxProcess() { stop(); }

    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QJsonObject info() const { return m_info; }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QJsonObject m_info;
    QString m_error;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Client
{
public:
    explicit Client(const QJsonObject &info) : m_info(info)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(
            QSslCertificate::fromPath(info.value(QStringLiteral("caCertificate")).toString()));
    }

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(),
               const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    bool signInWithSecret()
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"),
                          m_info.value(QStringLiteral("confidentialClientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"),
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              m_info.value(QStringLiteral("confidentialClientSecret")).toString())));
        form.addQueryItem(QStringLiteral("scope"),
                          QStringLiteral("https%3A%2F%2Fgraph.microsoft.com%2F.default"));
        const Reply r = send(
            "POST",
            QUrl(m_info.value(QStringLiteral("authority")).toString() + QStringLiteral("/oauth2/v2.0/token")),
            form.toString(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
        m_token = r.json().value(QStringLiteral("access_token")).toString().toLatin1();
        return r.status == 200 && !m_token.isEmpty();
    }

    QUrl graph(const QString &path) const
    {
        return QUrl(m_info.value(QStringLiteral("graph")).toString() + path);
    }
    // A link the sandbox handed out, on this run's address (a restarted sandbox has another port).
    QUrl link(const QString &url) const
    {
        QUrl moved(url);
        const QUrl base(m_info.value(QStringLiteral("graph")).toString());
        moved.setPort(base.port());
        return moved;
    }
    // Follows nextLinks from `url` to the deltaLink (empty on an error); collects the ids seen.
    QString deltaLink(const QUrl &url, QSet<QString> *ids)
    {
        QUrl next = url;
        for (int page = 0; page < 50; ++page) {
            const Reply r = send("GET", next);
            if (r.status != 200)
                return QString();
            const QJsonObject body = r.json();
            for (const QJsonValue &item : body.value(QStringLiteral("value")).toArray())
                ids->insert(item.toObject().value(QStringLiteral("id")).toString());
            if (body.contains(QStringLiteral("@odata.deltaLink")))
                return body.value(QStringLiteral("@odata.deltaLink")).toString();
            next = link(body.value(QStringLiteral("@odata.nextLink")).toString());
        }
        return QString();
    }
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token) { m_token = token; }

private:
    QJsonObject m_info;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
    QByteArray m_token;
};
} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT
private slots:
    void startsPrintsItsLineAndServesAPlainHttpsClient()
    {
        SandboxProcess sandbox({QStringLiteral("--users"), QStringLiteral("1500"),
                                QStringLiteral("--schools"), QStringLiteral("3"),
                                QStringLiteral("--latency-ms"), QStringLiteral("0-1")});
        const QJsonObject info = sandbox.info();
        QVERIFY2(!info.isEmpty(), qPrintable(sandbox.error()));
        for (const char *key : {"authority", "graph", "exchange", "oneroster", "tenantId", "domain",
                                "caCertificate", "caCertificatePem", "publicClientId", "confidentialClientId",
                                "confidentialClientSecret", "users"})
            QVERIFY2(info.contains(QLatin1String(key)), key);
        // The line carries the certificate's text too, the same certificate as the file it names.
        const QList<QSslCertificate> fromLine = QSslCertificate::fromData(
            info.value(QStringLiteral("caCertificatePem")).toString().toLatin1(), QSsl::Pem);
        QCOMPARE(fromLine.size(), 1);
        QCOMPARE(fromLine, QSslCertificate::fromPath(info.value(QStringLiteral("caCertificate")).toString()));
        QVERIFY(
            info.value(QStringLiteral("graph")).toString().startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(info.value(QStringLiteral("authority"))
                    .toString()
                    .endsWith(info.value(QStringLiteral("tenantId")).toString()));
        const QJsonArray users = info.value(QStringLiteral("users")).toArray();
        QVERIFY(!users.isEmpty());
        QVERIFY(!users.first().toObject().value(QStringLiteral("password")).toString().isEmpty());

        Client client(info);
        QVERIFY(client.send("GET", client.graph(QStringLiteral("/users"))).status == 401); // no token yet
        QVERIFY(client.signInWithSecret());

        QSet<QString> ids;
        int pages = 0;
        QUrl next = client.graph(QStringLiteral("/users?$top=999&$select=id,userPrincipalName"));
        while (next.isValid() && !next.isEmpty()) {
            const Reply page = client.send("GET", next);
            QCOMPARE(page.status, 200);
            const QJsonObject body = page.json();
            for (const QJsonValue &user : body.value(QStringLiteral("value")).toArray())
                ids.insert(user.toObject().value(QStringLiteral("id")).toString());
            next = QUrl(body.value(QStringLiteral("@odata.nextLink")).toString());
            QVERIFY(++pages < 100);
        }
        QVERIFY2(ids.size() >= 1400, qPrintable(QString::number(ids.size())));
        QVERIFY(pages >= 2);

        const Reply skus = client.send("GET", client.graph(QStringLiteral("/subscribedSkus")));
        QCOMPARE(skus.status, 200);
        QVERIFY(!skus.json().value(QStringLiteral("value")).toArray().isEmpty());
        const Reply groups = client.send("GET", client.graph(QStringLiteral("/groups?$top=999")));
        QCOMPARE(groups.status, 200);
        QVERIFY(!groups.json().value(QStringLiteral("value")).toArray().isEmpty());

        // A member of staff's calendar permissions: the organisation-wide entry is always there.
        const Reply teachers =
            client.send("GET", client.graph(QStringLiteral(
                                   "/users?$filter=startswith(jobTitle,'L')&$top=5&$select=id,jobTitle")));
        QCOMPARE(teachers.status, 200);
        QString someone = *ids.begin();
        const QJsonArray found = teachers.json().value(QStringLiteral("value")).toArray();
        if (!found.isEmpty())
            someone = found.first().toObject().value(QStringLiteral("id")).toString();
        const Reply calendar = client.send(
            "GET", client.graph(QStringLiteral("/users/%1/calendar/calendarPermissions").arg(someone)));
        QCOMPARE(calendar.status, 200);
        bool organisation = false;
        for (const QJsonValue &p : calendar.json().value(QStringLiteral("value")).toArray())
            organisation =
                organisation || p.toObject().value(QStringLiteral("isRemovable")) == QJsonValue(false);
        QVERIFY(organisation);

        QCOMPARE(sandbox.stop(), 0);
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("tenant.state"));
        const QStringList arguments{QStringLiteral("--users"),      QStringLiteral("200"),
                                    QStringLiteral("--state"),      state,
                                    QStringLiteral("--latency-ms"), QStringLiteral("0")};
        QString createdId, deltaLink;
        QByteArray token;
        {
            SandboxProcess sandbox(arguments);
            QVERIFY2(!sandbox.info().isEmpty(), qPrintable(sandbox.error()));
            Client client(sandbox.info());
            QVERIFY(client.signInWithSecret());
            token = client.token();
            QSet<QString> all;
            deltaLink =
                client.deltaLink(client.graph(QStringLiteral("/users/delta?$select=displayName")), &all);
            QVERIFY(!deltaLink.isEmpty());
            QVERIFY(all.size() >= 200);
            const QString upn =
                QStringLiteral("trainee.test@") + sandbox.info().value(QStringLiteral("domain")).toString();
            const QJsonObject user{
                {QStringLiteral("accountEnabled"), true},
                {QStringLiteral("displayName"), QStringLiteral("Trainee Test")},
                {QStringLiteral("mailNickname"), QStringLiteral("trainee.test")},
                {QStringLiteral("userPrincipalName"), upn},
                {QStringLiteral("passwordProfile"),
                 QJsonObject{{QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")},
                             {QStringLiteral("forceChangePasswordNextSignIn"), true}}}};
            const Reply created = client.send("POST", client.graph(QStringLiteral("/users")),
                                              QJsonDocument(user).toJson(QJsonDocument::Compact));
            QVERIFY2(created.status == 201, created.body.constData());
            createdId = created.json().value(QStringLiteral("id")).toString();
            QCOMPARE(sandbox.stop(), 0);
        }
        SandboxProcess again(arguments);
        QVERIFY2(!again.info().isEmpty(), qPrintable(again.error()));
        Client client(again.info());
        // The access token from before the restart still verifies (the signing key was kept) …
        client.setToken(token);
        const Reply user = client.send("GET", client.graph(QStringLiteral("/users/") + createdId));
        QCOMPARE(user.status, 200);
        QCOMPARE(user.json().value(QStringLiteral("displayName")).toString(), QStringLiteral("Trainee Test"));
        // … and the delta link from before it returns the user made since.
        QSet<QString> changed;
        QVERIFY(!client.deltaLink(client.link(deltaLink), &changed).isEmpty());
        QCOMPARE(changed, QSet<QString>{createdId});
        QVERIFY(client.signInWithSecret());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
