// The command line against a real tenantdesk-sandbox process, as a service-desk script would use it: add a
// profile from the sandbox's start-up line, sign in with every method (browser, device code, client secret,
// certificate), call Graph through the pipeline, export and import the MSAL cache, sign out. No token may
// appear in any file under the profile and config folders nor in anything the CLI prints.
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString kCli = QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-cli");
// This suite's own profile: other suites sign in to the same keyring at the same time.
const QString kProfile = QStringLiteral("clisignin");

// A synchronous HTTPS client that trusts the sandbox's certificate only.
class Http
{
public:
    explicit Http(const QString &caPath)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setCaCertificates(QSslCertificate::fromPath(caPath));
    }
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(),
                        const QByteArray &contentType = QByteArray())
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return reply;
    }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
};

// When this test binary is started as $BROWSER it plays the user at the sandbox's sign-in page: it opens
// the authorize URL with the account's credentials and follows the redirect back to the CLI's loopback.
int actAsBrowser(const QString &url)
{
    const QByteArray login = qgetenv("TD_TEST_BROWSER_LOGIN");
    const QByteArray password = qgetenv("TD_TEST_BROWSER_PASSWORD");
    Http http(QString::fromLocal8Bit(qgetenv("TD_TEST_BROWSER_CA")));
    // Percent-encode by hand: QUrlQuery leaves '+' alone, which a server reads as a space.
    QByteArray query = "&sandbox_password=" + QUrl::toPercentEncoding(QString::fromUtf8(password));
    if (!url.contains(QLatin1String("login_hint=")))
        query += "&login_hint=" + QUrl::toPercentEncoding(QString::fromUtf8(login));
    const QUrl authorize = QUrl::fromEncoded(QUrl(url).toEncoded() + query);
    QNetworkReply *reply = http.send("GET", authorize);
    const QUrl back = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
    if (back.scheme() != QLatin1String("http") || back.host() != QLatin1String("127.0.0.1"))
        return 3;
    QNetworkReply *loopback = http.send("GET", back);
    return loopback->error() == QNetworkReply::NoError ? 0 : 4;
}
} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tenantdesk.*.debug=true"));
        return env;
    }

    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = environment();
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        process.setProcessEnvironment(env);
        process.start(kCli, arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        m_transcript += run.out + run.err;
        return run;
    }

    QString info(const char *key) const { return m_info.value(QLatin1String(key)).toString(); }
    QJsonObject admin() const { return m_info.value(QLatin1String("users")).toArray().first().toObject(); }

    void expectSignedIn(const QString &kind)
    {
        const Run who =
            cli({QStringLiteral("--profile"), kProfile, QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(who.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(who.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("signedIn")).toBool(), true);
        QCOMPARE(summary.value(QLatin1String("kind")).toString(), kind);
        QCOMPARE(summary.value(QLatin1String("tenantId")).toString(), info("tenantId"));
    }

    void expectGraphWorks()
    {
        const Run users =
            cli({QStringLiteral("--profile"), kProfile, QStringLiteral("graph"), QStringLiteral("GET"),
                 QStringLiteral("/users?$top=5&$select=id,userPrincipalName")});
        QVERIFY2(users.exitCode == 0, qPrintable(users.err));
        QCOMPARE(QJsonDocument::fromJson(users.out.toUtf8())
                     .object()
                     .value(QLatin1String("value"))
                     .toArray()
                     .size(),
                 5);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_sandbox.setProgram(QStringLiteral(TENANTDESK_BINARY_DIR "/src/app/tenantdesk-sandbox"));
        m_sandbox.setArguments({QStringLiteral("--users"), QStringLiteral("1500"),
                                QStringLiteral("--schools"), QStringLiteral("2")});
        m_sandbox.start();
        while (!m_sandbox.canReadLine() && m_sandbox.state() != QProcess::NotRunning)
            m_sandbox.waitForReadyRead(1000);
        m_line = m_sandbox.readLine().trimmed();
        m_info = QJsonDocument::fromJson(m_line).object();
        QVERIFY2(!m_info.isEmpty(), m_sandbox.readAllStandardError().constData());

        const Run add = cli({QStringLiteral("profile"), QStringLiteral("add"), kProfile,
                             QStringLiteral("--from-sandbox"), QString::fromUtf8(m_line)});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(30000);
    }

    void profileIsListedAndShown()
    {
        const Run list = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value(QLatin1String("tenant")).toString(), info("tenantId"));
        QCOMPARE(profiles.first().toObject().value(QLatin1String("current")).toBool(), true);
        const Run show = cli({QStringLiteral("profile"), QStringLiteral("show"), kProfile});
        QVERIFY(show.out.contains(info("graph")));
        QVERIFY(show.out.contains(QLatin1String("Tenantdesk sandbox"))); // the trusted certificate's subject
    }

    void notSignedInSaysSo()
    {
        const Run who = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 1);
        QVERIFY(who.err.contains(QLatin1String("Not signed in")));
        const Run graph = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("graph"),
                               QStringLiteral("GET"), QStringLiteral("/users")});
        QCOMPARE(graph.exitCode, 1);
        QVERIFY2(graph.err.contains(QLatin1String("not signed in")), qPrintable(graph.err));
    }

    void unreachableKeychainFailsTheCommand()
    {
        // A D-Bus session bus that is not there: no Secret Service, so every keychain call fails.
        QTemporaryDir dir;
        QProcessEnvironment noKeychain;
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
        const Run who = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("whoami")}, noKeychain);
        QCOMPARE(who.exitCode, 1);
        QVERIFY2(who.err.contains(QLatin1String("could not be read from the keychain")), qPrintable(who.err));
        QVERIFY2(!who.err.contains(QLatin1String("Not signed in")), qPrintable(who.err));

        // The tenant accepts the secret, but nothing could be kept: the command says so and fails.
        noKeychain.insert(QStringLiteral("TD_SECRET"), info("confidentialClientSecret"));
        const Run login = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("login"),
                               QStringLiteral("--client-secret-env"), QStringLiteral("TD_SECRET")},
                              noKeychain);
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(
            login.err.contains(QLatin1String("The sign-in worked but could not be saved in the keychain: ")),
            qPrintable(login.err));
        QCOMPARE(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("whoami")}).exitCode, 1);
    }

    void clientSecret()
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TD_SECRET"), info("confidentialClientSecret"));
        const Run login = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("login"),
                               QStringLiteral("--client-secret-env"), QStringLiteral("TD_SECRET")},
                              extra);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        expectSignedIn(QStringLiteral("application"));
        expectGraphWorks();
        // Every page of 1,500 users through the pipeline, nothing twice.
        const Run all =
            cli({QStringLiteral("--profile"), kProfile, QStringLiteral("graph"), QStringLiteral("GET"),
                 QStringLiteral("/users?$top=999&$select=id"), QStringLiteral("--all")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray users =
            QJsonDocument::fromJson(all.out.toUtf8()).object().value(QLatin1String("value")).toArray();
        QSet<QString> ids;
        for (const QJsonValue &user : users)
            ids.insert(user.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), users.size());
        QVERIFY2(users.size() > 999, qPrintable(QString::number(users.size())));
    }

    void wrongSecretIsExplained()
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TD_SECRET"), QStringLiteral("not-the-secret"));
        const Run login = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("login"),
                               QStringLiteral("--client-secret-env"), QStringLiteral("TD_SECRET")},
                              extra);
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains(QLatin1String("client secret")), qPrintable(login.err));
        QVERIFY2(login.err.contains(QLatin1String("AADSTS7000215")), qPrintable(login.err));
    }

    void certificate()
    {
        QVERIFY(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout")}).exitCode == 0);
        const Run login = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("login"),
                               QStringLiteral("--certificate"), info("confidentialClientCertificate")});
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        expectSignedIn(QStringLiteral("application"));
        expectGraphWorks();
    }

    void deviceCode()
    {
        QVERIFY(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout")}).exitCode == 0);
        QProcess login;
        login.setProcessEnvironment(environment());
        login.setReadChannel(QProcess::StandardError);
        login.start(kCli, {QStringLiteral("--profile"), kProfile, QStringLiteral("login"),
                           QStringLiteral("--device-code")});
        QString err;
        QRegularExpression codePattern(QStringLiteral("enter the code ([A-Z0-9]+)"));
        QString code;
        while (code.isEmpty() && login.state() != QProcess::NotRunning && login.waitForReadyRead(30000)) {
            err += QString::fromUtf8(login.readAllStandardError());
            code = codePattern.match(err).captured(1);
        }
        QVERIFY2(!code.isEmpty(), qPrintable(err));
        Http http(info("caCertificate"));
        const QByteArray form =
            "otc=" + QUrl::toPercentEncoding(code) +
            "&login=" + QUrl::toPercentEncoding(admin().value(QLatin1String("username")).toString()) +
            "&passwd=" + QUrl::toPercentEncoding(admin().value(QLatin1String("password")).toString()) +
            "&action=approve";
        QNetworkReply *approved = http.send("POST", QUrl(info("exchange") + QStringLiteral("/devicelogin")),
                                            form, "application/x-www-form-urlencoded");
        QCOMPARE(approved->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(login.waitForFinished(60000));
        err += QString::fromUtf8(login.readAllStandardError());
        m_transcript += err;
        QVERIFY2(login.exitCode() == 0, qPrintable(err));
        QVERIFY(err.contains(admin().value(QLatin1String("username")).toString()));
        expectSignedIn(QStringLiteral("user"));
        expectGraphWorks();
    }

    void browser()
    {
        QVERIFY(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout")}).exitCode == 0);
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("BROWSER"), QCoreApplication::applicationFilePath());
        extra.insert(QStringLiteral("TD_TEST_BROWSER_LOGIN"),
                     admin().value(QLatin1String("username")).toString());
        extra.insert(QStringLiteral("TD_TEST_BROWSER_PASSWORD"),
                     admin().value(QLatin1String("password")).toString());
        extra.insert(QStringLiteral("TD_TEST_BROWSER_CA"), info("caCertificate"));
        const Run login =
            cli({QStringLiteral("--profile"), kProfile, QStringLiteral("login"), QStringLiteral("--browser")},
                extra);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        expectSignedIn(QStringLiteral("user"));
        expectGraphWorks();
        // The profile remembers who signed in, for the login hint next time.
        const Run profile =
            cli({QStringLiteral("profile"), QStringLiteral("show"), kProfile, QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(profile.out.toUtf8()).object().value(QLatin1String("account")).toString(),
            admin().value(QLatin1String("username")).toString());
    }

    void msalCacheExportImportAndNoTokenOnDisk()
    {
        QTemporaryDir outside;
        const QString file = outside.filePath(QStringLiteral("msal.json"));
        const Run exported = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("auth"),
                                  QStringLiteral("export-msal-cache"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.err.contains(QLatin1String("Warning")));
        QCOMPARE(QFile::permissions(file) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QFile cacheFile(file);
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        const QJsonObject cache = QJsonDocument::fromJson(cacheFile.readAll()).object();
        QStringList secrets;
        for (const char *section : {"AccessToken", "RefreshToken"}) {
            const QJsonObject entries = cache.value(QLatin1String(section)).toObject();
            for (const QJsonValue &entry : entries)
                secrets << entry.toObject().value(QLatin1String("secret")).toString();
        }
        QVERIFY2(secrets.size() >= 2, qPrintable(QString::number(secrets.size())));
        QVERIFY(!cache.value(QLatin1String("Account")).toObject().isEmpty());

        // No token in any file under the home, config and cache folders, nor in anything printed.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0); // at least the profiles file
        for (const QString &secret : secrets)
            QVERIFY(!m_transcript.contains(secret));
        QVERIFY(!m_transcript.contains(info("confidentialClientSecret")));
        QVERIFY(!m_transcript.contains(admin().value(QLatin1String("password")).toString()));

        // Sign out, then the imported cache signs the same account in again without any prompt.
        QVERIFY(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout")}).exitCode == 0);
        QCOMPARE(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("whoami")}).exitCode, 1);
        const Run imported = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("auth"),
                                  QStringLiteral("import-msal-cache"), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        expectSignedIn(QStringLiteral("user"));
        expectGraphWorks();
    }

    void logoutRemovesTheSignIn()
    {
        // The profile's snapshot holds the tenant's people: a plain logout keeps it …
        const QString snapshots = m_home.filePath(QStringLiteral("data/Tenantdesk/snapshots"));
        QVERIFY(QDir().mkpath(snapshots));
        const QString snapshot = snapshots + QLatin1Char('/') + kProfile + QStringLiteral(".sqlite");
        const auto writeSnapshot = [&snapshot] {
            for (const QString &file : {snapshot, snapshot + QStringLiteral("-wal")}) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("pupils");
            }
        };
        writeSnapshot();
        const Run logout = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout")});
        QCOMPARE(logout.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("whoami")}).exitCode, 1);
        QVERIFY(QFile::exists(snapshot));
        QCOMPARE(cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout"),
                      QStringLiteral("--snapshot")})
                     .exitCode,
                 2);
        QVERIFY(QFile::exists(snapshot));
        // … and `logout --delete-snapshot` deletes it with the sign-in.
        const Run deleting = cli({QStringLiteral("--profile"), kProfile, QStringLiteral("logout"),
                                  QStringLiteral("--delete-snapshot")});
        QVERIFY2(deleting.exitCode == 0, qPrintable(deleting.out + deleting.err));
        QVERIFY2((deleting.out + deleting.err).contains(QStringLiteral("local snapshot")),
                 qPrintable(deleting.out + deleting.err));
        QVERIFY(!QFile::exists(snapshot));
        QVERIFY(!QFile::exists(snapshot + QStringLiteral("-wal")));
        // Removing the profile deletes it too.
        writeSnapshot();
        const Run remove = cli({QStringLiteral("profile"), QStringLiteral("remove"), kProfile});
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.out + remove.err));
        QVERIFY2(remove.out.contains(QStringLiteral("local snapshot")) ||
                     remove.err.contains(QStringLiteral("local snapshot")),
                 qPrintable(remove.out + remove.err));
        QVERIFY(!QFile::exists(snapshot));
        QVERIFY(!QFile::exists(snapshot + QStringLiteral("-wal")));
        QCOMPARE(
            cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).out.trimmed(),
            QStringLiteral("[\n]"));
    }

private:
    QTemporaryDir m_home;
    QProcess m_sandbox;
    QByteArray m_line;
    QJsonObject m_info;
    QString m_transcript;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qEnvironmentVariableIsSet("TD_TEST_BROWSER_LOGIN"))
        return actAsBrowser(QString::fromLocal8Bit(argv[1]));
    TestCliSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clisignin.moc"
