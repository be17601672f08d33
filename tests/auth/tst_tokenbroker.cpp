// The token broker against the sandbox and the real keychain: sign-in, silent refresh, a second resource
// without a new sign-in, 401 recovery, coalesced requests, application profiles, sign-out that leaves no
// secret behind, MSAL export/import, and no token or secret in files or logs.
#include "authsandbox.h"

#include "auth/keychainstore.h"
#include "auth/tokenbroker.h"
#include "keychainwait.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QStringList *g_log = nullptr; // test-only capture of every log line
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                      message);
    if (g_previous)
        g_previous(type, context, message);
}

QKeychain::Error rawRead(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

QJsonObject claimsOf(const QString &jwt)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                                          QByteArray::Base64UrlEncoding))
        .object();
}
} // namespace

class TestTokenBroker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void browserSignInThenSilentTokens();
    void expiredTokenIsRefreshedSilently();
    void deviceCodeSignIn();
    void applicationWithStoredSecret();
    void applicationWithCertificate();
    void exportAndImportMsalCache();
    void signOutLeavesNoSecret();
    void nothingSecretInFilesOrLogs();

private:
    struct Result
    {
        QString token;
        Error error;
    };
    Result token(TokenBroker &broker, const QString &resource, bool force = false);
    Error wait(const std::function<void(TokenBroker::DoneCallback)> &call);
    void signInWithBrowser(TokenBroker &broker);
    TenantProfile profile(const QString &stem, TenantProfile::SignInMethod method) const;
    void remember(const QString &secret)
    {
        if (!secret.isEmpty())
            m_secrets.insert(secret);
    }

    std::unique_ptr<AuthSandbox> m_env;
    std::unique_ptr<KeychainStore> m_keychain;
    QTemporaryDir m_home;
    QStringList m_log;
    QSet<QString> m_secrets; // every token and secret seen, to look for in files and logs
    const QString m_graph = QStringLiteral("https://graph.microsoft.com");
    const QString m_exchange = QStringLiteral("https://outlook.office365.com");
};

void TestTokenBroker::initTestCase()
{
    // Everything this process might write lands in a temporary home that is scanned at the end.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    g_log = &m_log;
    g_previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("tenantdesk.*.debug=true"));

    m_env = std::make_unique<AuthSandbox>();
    QVERIFY(m_env->isRunning());
    m_keychain = std::make_unique<KeychainStore>(QStringLiteral("tenantdesk-test"));
    remember(m_env->password);
    remember(m_env->info.value(QLatin1String("confidentialClientSecret")).toString());
}

void TestTokenBroker::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    g_log = nullptr;
}

TenantProfile TestTokenBroker::profile(const QString &stem, TenantProfile::SignInMethod method) const
{
    TenantProfile p = m_env->profile;
    p.name = stem + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.signInMethod = method;
    return p;
}

TestTokenBroker::Result TestTokenBroker::token(TokenBroker &broker, const QString &resource, bool force)
{
    Result result;
    bool done = false;
    broker.requestAccessToken(resource, force, [&](const QString &t, const Error &e) {
        result = {t, e};
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }();
    remember(result.token);
    return result;
}

Error TestTokenBroker::wait(const std::function<void(TokenBroker::DoneCallback)> &call)
{
    Error result(Error::Kind::Timeout, QStringLiteral("test"));
    bool done = false;
    call([&](const Error &e) {
        result = e;
        done = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }();
    return result;
}

void TestTokenBroker::signInWithBrowser(TokenBroker &broker)
{
    QUrl url;
    connect(&broker, &TokenBroker::authorizationUrlReady, this, [&url](const QUrl &u) { url = u; });
    bool done = false;
    Error error;
    broker.signInWithBrowser([&](const Error &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(!url.isEmpty());
    const QUrl loopback = m_env->authorizeRedirect(url, m_env->password);
    remember(QUrlQuery(loopback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    QCOMPARE(m_env->deliver(loopback), 200);
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!error, qPrintable(error.fullText()));
    disconnect(&broker, &TokenBroker::authorizationUrlReady, this, nullptr);
}

void TestTokenBroker::browserSignInThenSilentTokens()
{
    m_env->identity().setAccessTokenLifetime(3600);
    TokenBroker broker(profile(QStringLiteral("browser"), TenantProfile::SignInMethod::Browser),
                       m_env->network.get(), m_keychain.get());
    QCOMPARE(token(broker, m_graph).error.kind(), Error::Kind::SignInRequired);
    signInWithBrowser(broker);
    QVERIFY(broker.isSignedIn());
    QCOMPARE(broker.identity().username.toLower(), m_env->username.toLower());
    QCOMPARE(broker.identity().tenantId, m_env->profile.tenant);
    QVERIFY(!broker.identity().application);

    // The sign-in's Graph token comes from the cache: no request to the identity platform.
    quint64 before = m_env->requestCount();
    const Result graph = token(broker, m_graph);
    QVERIFY2(!graph.error, qPrintable(graph.error.fullText()));
    QCOMPARE(m_env->requestCount(), before);
    QCOMPARE(claimsOf(graph.token).value(QLatin1String("aud")).toString(), m_graph);

    // Exchange from the same sign-in, through the refresh token, without asking the user.
    const Result exchange = token(broker, m_exchange);
    QVERIFY2(!exchange.error, qPrintable(exchange.error.fullText()));
    QCOMPARE(m_env->requestCount(), before + 1);
    QCOMPARE(claimsOf(exchange.token).value(QLatin1String("aud")).toString(), m_exchange);
    QCOMPARE(token(broker, m_exchange).token, exchange.token);
    QCOMPARE(m_env->requestCount(), before + 1);

    // Graph refused the token (401): forceRefresh gets a new one.
    const Result fresh = token(broker, m_graph, true);
    QVERIFY(!fresh.error);
    QVERIFY(fresh.token != graph.token);
    QCOMPARE(m_env->requestCount(), before + 2);

    // Concurrent requests for one resource share one token call.
    before = m_env->requestCount();
    QStringList tokens;
    for (int i = 0; i < 3; ++i)
        broker.requestAccessToken(m_exchange, true, [&](const QString &t, const Error &) { tokens << t; });
    QTRY_COMPARE(tokens.size(), 3);
    QCOMPARE(m_env->requestCount(), before + 1);
    QCOMPARE(tokens.at(0), tokens.at(1));
    QCOMPARE(tokens.at(1), tokens.at(2));
    remember(tokens.first());

    // A second broker for the profile finds the sign-in in the keychain.
    TokenBroker again(broker.profile(), m_env->network.get(), m_keychain.get());
    QVERIFY(!wait([&](auto done) { again.load(done); }));
    QCOMPARE(again.identity().username.toLower(), m_env->username.toLower());
    before = m_env->requestCount();
    QCOMPARE(token(again, m_exchange).token, tokens.first());
    QCOMPARE(m_env->requestCount(), before);
    QVERIFY(!wait([&](auto done) { broker.signOut(done); }));
}

void TestTokenBroker::expiredTokenIsRefreshedSilently()
{
    // Tokens that live 4 minutes are inside the 5 minute margin at once: each request refreshes.
    m_env->identity().setAccessTokenLifetime(240);
    TokenBroker broker(profile(QStringLiteral("expiry"), TenantProfile::SignInMethod::Browser),
                       m_env->network.get(), m_keychain.get());
    signInWithBrowser(broker);
    const quint64 before = m_env->requestCount();
    const Result first = token(broker, m_graph);
    QVERIFY2(!first.error, qPrintable(first.error.fullText()));
    QCOMPARE(m_env->requestCount(), before + 1);
    const Result second = token(broker, m_graph);
    QVERIFY(!second.error); // the rotated refresh token was kept
    QCOMPARE(m_env->requestCount(), before + 2);
    QVERIFY(first.token != second.token);
    m_env->identity().setAccessTokenLifetime(3600);
    QVERIFY(!wait([&](auto done) { broker.signOut(done); }));
}

void TestTokenBroker::deviceCodeSignIn()
{
    m_env->identity().setDeviceCodeInterval(1);
    TokenBroker broker(profile(QStringLiteral("device"), TenantProfile::SignInMethod::DeviceCode),
                       m_env->network.get(), m_keychain.get());
    QString userCode;
    connect(&broker, &TokenBroker::deviceCodeReady, this, [&](const QString &code) { userCode = code; });
    bool done = false;
    Error error;
    broker.signIn([&](const Error &e) {
        error = e;
        done = true;
    });
    QTRY_VERIFY(!userCode.isEmpty());
    QCOMPARE(m_env->client
                 ->postForm(QStringLiteral("/devicelogin"),
                            {{QStringLiteral("otc"), userCode},
                             {QStringLiteral("login"), m_env->username},
                             {QStringLiteral("passwd"), m_env->password},
                             {QStringLiteral("action"), QStringLiteral("approve")}})
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!error, qPrintable(error.fullText()));
    QVERIFY(!token(broker, m_exchange).error);
    QVERIFY(!wait([&](auto d) { broker.signOut(d); }));
}

void TestTokenBroker::applicationWithStoredSecret()
{
    const TenantProfile p = profile(QStringLiteral("app-secret"), TenantProfile::SignInMethod::ClientSecret);
    const QString secret = m_env->info.value(QLatin1String("confidentialClientSecret")).toString();
    {
        TokenBroker broker(p, m_env->network.get(), m_keychain.get());
        const Error wrong =
            wait([&](auto done) { broker.signInWithClientSecret(QStringLiteral("wrong"), done); });
        QCOMPARE(wrong.kind(), Error::Kind::SignIn);
        QCOMPARE(wrong.code(), QStringLiteral("AADSTS7000215"));
        QVERIFY(!wait([&](auto done) { broker.signInWithClientSecret(secret, done); }));
        QVERIFY(broker.identity().application);
        QCOMPARE(broker.identity().username, p.effectiveAppClientId());
    }
    QByteArray stored;
    bool found = false;
    QVERIFY(!KeychainWait::read(*m_keychain, TokenCacheStore(m_keychain.get(), p.name).clientSecretKey(),
                                &stored, &found));
    QVERIFY(found);
    QCOMPARE(QString::fromUtf8(stored), secret);

    // Later, unattended: the cached token, then new tokens with the stored secret (also for Exchange).
    TokenBroker broker(p, m_env->network.get(), m_keychain.get());
    quint64 before = m_env->requestCount();
    const Result graph = token(broker, m_graph);
    QVERIFY2(!graph.error, qPrintable(graph.error.fullText()));
    QCOMPARE(m_env->requestCount(), before);
    const Result exchange = token(broker, m_exchange);
    QVERIFY2(!exchange.error, qPrintable(exchange.error.fullText()));
    QCOMPARE(m_env->requestCount(), before + 1);
    const Result forced = token(broker, m_graph, true);
    QVERIFY(!forced.error);
    QVERIFY(forced.token != graph.token);
    QVERIFY(!wait([&](auto done) { broker.signOut(done); }));
    QCOMPARE(token(broker, m_graph, true).error.kind(), Error::Kind::SignInRequired);
}

void TestTokenBroker::applicationWithCertificate()
{
    TokenBroker broker(profile(QStringLiteral("app-cert"), TenantProfile::SignInMethod::ClientCertificate),
                       m_env->network.get(), m_keychain.get());
    QVERIFY(!wait([&](auto done) { broker.signIn(done); }));
    const Result exchange = token(broker, m_exchange);
    QVERIFY2(!exchange.error, qPrintable(exchange.error.fullText()));
    QCOMPARE(claimsOf(exchange.token).value(QLatin1String("aud")).toString(), m_exchange);
    QVERIFY(!wait([&](auto done) { broker.signOut(done); }));
}

void TestTokenBroker::exportAndImportMsalCache()
{
    TokenBroker broker(profile(QStringLiteral("export"), TenantProfile::SignInMethod::Browser),
                       m_env->network.get(), m_keychain.get());
    signInWithBrowser(broker);
    const Result graph = token(broker, m_graph);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("msal-cache.json"));
    Error error;
    QVERIFY2(broker.exportMsalCache(path, &error), qPrintable(error.fullText()));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                             QFileDevice::WriteOther | QFileDevice::ExeOwner)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    for (const char *section : {"AccessToken", "RefreshToken", "IdToken", "Account", "AppMetadata"})
        QVERIFY2(!json.value(QLatin1String(section)).toObject().isEmpty(), section);
    QVERIFY(!broker.exportMsalCache(dir.path(), &error)); // a directory is not overwritten
    QCOMPARE(error.kind(), Error::Kind::Storage);

    TokenBroker imported(profile(QStringLiteral("import"), TenantProfile::SignInMethod::Browser),
                         m_env->network.get(), m_keychain.get());
    QVERIFY(!wait([&](auto done) { imported.load(done); }));
    QVERIFY(imported.importMsalCache(path, &error));
    QCOMPARE(imported.identity().username.toLower(), m_env->username.toLower());
    const quint64 before = m_env->requestCount();
    QCOMPARE(token(imported, m_graph).token, graph.token);
    QCOMPARE(m_env->requestCount(), before);
    QVERIFY(!wait([&](auto done) { imported.signOut(done); }));
    QVERIFY(!wait([&](auto done) { broker.signOut(done); }));
}

void TestTokenBroker::signOutLeavesNoSecret()
{
    const TenantProfile p = profile(QStringLiteral("signout"), TenantProfile::SignInMethod::ClientSecret);
    TokenBroker broker(p, m_env->network.get(), m_keychain.get());
    QVERIFY(!wait([&](auto done) {
        broker.signInWithClientSecret(m_env->info.value(QLatin1String("confidentialClientSecret")).toString(),
                                      done);
    }));
    signInWithBrowser(broker); // the same profile now also holds a user's tokens
    QVERIFY(!token(broker, m_exchange).error);
    const TokenCacheStore store(m_keychain.get(), p.name);
    QCOMPARE(rawRead(m_keychain->service(), store.cacheKey()), QKeychain::NoError);
    QCOMPARE(rawRead(m_keychain->service(), store.clientSecretKey()), QKeychain::NoError);

    QVERIFY(!wait([&](auto done) { broker.signOut(done); }));
    QVERIFY(!broker.isSignedIn());
    for (const QString &key : store.keys()) {
        QCOMPARE(rawRead(m_keychain->service(), key), QKeychain::EntryNotFound);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(rawRead(m_keychain->service(), KeychainStore::chunkKey(key, i)),
                     QKeychain::EntryNotFound);
    }
    QCOMPARE(token(broker, m_graph).error.kind(), Error::Kind::SignInRequired);
    TokenBroker fresh(p, m_env->network.get(), m_keychain.get());
    QCOMPARE(token(fresh, m_graph).error.kind(), Error::Kind::SignInRequired);
}

void TestTokenBroker::nothingSecretInFilesOrLogs()
{
    QVERIFY(m_secrets.size() > 10);
    QVERIFY(!m_log.isEmpty()); // the flows did log (tenantdesk.auth debug was on)
    for (const QString &line : qAsConst(m_log)) {
        for (const QString &secret : qAsConst(m_secrets))
            QVERIFY2(!line.contains(secret),
                     qPrintable(QStringLiteral("a secret in the log: ") + line.left(80)));
    }
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &secret : qAsConst(m_secrets))
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestTokenBroker)
#include "tst_tokenbroker.moc"
