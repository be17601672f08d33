// The token cache in MSAL's SerializableTokenCache layout: keys and fields as MSAL writes them (checked
// against python MSAL itself when it is installed), round trips, hand-written caches, expiry margin.
#include "auth/msaltokencache.h"
#include "auth/pkce.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString ClientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString Uid = QStringLiteral("00000000-0000-0000-0000-0000000000aa");
const QString Utid = QStringLiteral("72F988BF-86F1-41AF-91AB-2D7CD011DB47");
const QUrl Authority(QStringLiteral("https://login.microsoftonline.com:443/Contoso.onmicrosoft.com"));

QString b64(const QJsonObject &json)
{
    return QString::fromLatin1(Pkce::base64Url(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

TokenResponse
userResponse(qint64 now,
             const QString &scope = QStringLiteral("https://graph.microsoft.com/User.Read openid profile"))
{
    TokenResponse r;
    r.accessToken = QStringLiteral("at-secret-graph");
    r.refreshToken = QStringLiteral("rt-secret-1");
    r.idToken =
        b64({{QStringLiteral("alg"), QStringLiteral("none")}}) + QLatin1Char('.') +
        b64({{QStringLiteral("aud"), ClientId},
             {QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/x/v2.0")},
             {QStringLiteral("exp"), now + 3600},
             {QStringLiteral("iat"), now},
             {QStringLiteral("nbf"), now},
             {QStringLiteral("oid"), Uid},
             {QStringLiteral("sub"), QStringLiteral("pairwise-sub")},
             {QStringLiteral("tid"), Utid},
             {QStringLiteral("preferred_username"), QStringLiteral("anna@contoso.onmicrosoft.com")}}) +
        QStringLiteral(".c2ln");
    r.clientInfo = b64({{QStringLiteral("uid"), Uid}, {QStringLiteral("utid"), Utid}});
    r.tokenType = QStringLiteral("Bearer");
    r.scope = scope;
    r.expiresIn = 3600;
    r.extExpiresIn = 7200;
    r.receivedAt = now;
    return r;
}
} // namespace

class TestMsalTokenCache : public QObject
{
    Q_OBJECT
private slots:
    void keysAndFieldsFollowTheSchema()
    {
        const qint64 now = 1700000000;
        MsalTokenCache cache;
        const QString home = cache.add(Authority, ClientId, QStringLiteral("openid"), userResponse(now));
        QCOMPARE(home, Uid + QLatin1Char('.') + Utid);
        const QString env = QStringLiteral("login.microsoftonline.com");
        const QString hid = home.toLower();

        const QJsonObject ats = cache.section(QStringLiteral("AccessToken"));
        QCOMPARE(ats.size(), 1);
        const QString atKey =
            hid + QStringLiteral("-") + env + QStringLiteral("-accesstoken-") + ClientId +
            QStringLiteral("-contoso.onmicrosoft.com-https://graph.microsoft.com/user.read openid profile");
        QVERIFY2(ats.contains(atKey), qPrintable(ats.keys().join(QLatin1Char('|'))));
        const QJsonObject at = ats.value(atKey).toObject();
        QCOMPARE(at.value(QLatin1String("credential_type")).toString(), QStringLiteral("AccessToken"));
        QCOMPARE(at.value(QLatin1String("secret")).toString(), QStringLiteral("at-secret-graph"));
        QCOMPARE(at.value(QLatin1String("home_account_id")).toString(), home);
        QCOMPARE(at.value(QLatin1String("environment")).toString(), env);
        QCOMPARE(at.value(QLatin1String("realm")).toString(), QStringLiteral("Contoso.onmicrosoft.com"));
        QCOMPARE(at.value(QLatin1String("target")).toString(),
                 QStringLiteral("https://graph.microsoft.com/User.Read openid profile"));
        QCOMPARE(at.value(QLatin1String("cached_at")).toString(), QString::number(now));
        QCOMPARE(at.value(QLatin1String("expires_on")).toString(), QString::number(now + 3600));
        QCOMPARE(at.value(QLatin1String("extended_expires_on")).toString(), QString::number(now + 7200));
        QCOMPARE(at.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));

        const QJsonObject rts = cache.section(QStringLiteral("RefreshToken"));
        const QString rtKey = hid + QStringLiteral("-") + env + QStringLiteral("-refreshtoken-") + ClientId +
                              QStringLiteral("--https://graph.microsoft.com/user.read openid profile");
        QVERIFY2(rts.contains(rtKey), qPrintable(rts.keys().join(QLatin1Char('|'))));
        QCOMPARE(rts.value(rtKey).toObject().value(QLatin1String("last_modification_time")).toString(),
                 QString::number(now));

        const QJsonObject ids = cache.section(QStringLiteral("IdToken"));
        QVERIFY(ids.contains(hid + QStringLiteral("-") + env + QStringLiteral("-idtoken-") + ClientId +
                             QStringLiteral("-contoso.onmicrosoft.com-")));
        const QJsonObject accounts = cache.section(QStringLiteral("Account"));
        const QJsonObject account =
            accounts.value(hid + QStringLiteral("-") + env + QStringLiteral("-contoso.onmicrosoft.com"))
                .toObject();
        QCOMPARE(account.value(QLatin1String("username")).toString(),
                 QStringLiteral("anna@contoso.onmicrosoft.com"));
        QCOMPARE(account.value(QLatin1String("local_account_id")).toString(), Uid);
        QCOMPARE(account.value(QLatin1String("authority_type")).toString(), QStringLiteral("MSSTS"));
        QVERIFY(cache.section(QStringLiteral("AppMetadata"))
                    .contains(QStringLiteral("appmetadata-%1-%2").arg(env, ClientId)));
    }

    void findsValidTokensWithMargin()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        MsalTokenCache cache;
        const QString home = cache.add(Authority, ClientId, QString(), userResponse(now));
        const QString realm = MsalTokenCache::realmOf(Authority);
        QCOMPARE(cache.accessToken(ClientId, realm, home, QStringLiteral("https://graph.microsoft.com"), now),
                 QStringLiteral("at-secret-graph"));
        QVERIFY(cache.accessToken(ClientId, realm, home, QStringLiteral("https://outlook.office365.com"), now)
                    .isEmpty());
        // 3600 s lifetime, 5 minute margin: not handed out 56 minutes later.
        QVERIFY(
            cache
                .accessToken(ClientId, realm, home, QStringLiteral("https://graph.microsoft.com"), now + 3360)
                .isEmpty());
        QCOMPARE(cache.refreshToken(ClientId, home), QStringLiteral("rt-secret-1"));
        QCOMPARE(cache.accounts().size(), 1);
        QCOMPARE(cache.accounts().first().username, QStringLiteral("anna@contoso.onmicrosoft.com"));
    }

    void applicationTokensHaveNoAccount()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        TokenResponse r;
        r.accessToken = QStringLiteral("app-at");
        r.expiresIn = 3599;
        r.receivedAt = now;
        MsalTokenCache cache;
        QVERIFY(cache.add(Authority, ClientId, QStringLiteral("https://graph.microsoft.com/.default"), r)
                    .isEmpty());
        QVERIFY(cache.accounts().isEmpty());
        const QJsonObject at = cache.section(QStringLiteral("AccessToken")).begin().value().toObject();
        QVERIFY(at.value(QLatin1String("home_account_id")).isNull());
        QVERIFY(cache.section(QStringLiteral("AccessToken"))
                    .begin()
                    .key()
                    .startsWith(QStringLiteral("-login.microsoftonline.com-accesstoken-")));
        QCOMPARE(cache.accessToken(ClientId, QStringLiteral("contoso.onmicrosoft.com"), QString(),
                                   QStringLiteral("https://graph.microsoft.com/"), now),
                 QStringLiteral("app-at"));
    }

    void roundTrip()
    {
        MsalTokenCache cache;
        cache.add(Authority, ClientId, QString(), userResponse(QDateTime::currentSecsSinceEpoch()));
        const QByteArray json = cache.serialize();
        MsalTokenCache copy;
        QString error;
        QVERIFY(copy.deserialize(json, &error));
        QCOMPARE(copy.serialize(), json);
        QCOMPARE(QJsonDocument::fromJson(json).object().keys(),
                 (QStringList{"AccessToken", "Account", "AppMetadata", "IdToken", "RefreshToken"}));
        QVERIFY(!copy.deserialize("[1,2]", &error));
        QVERIFY(!copy.deserialize("{\"AccessToken\": 3}", &error));
    }

    void handWrittenAccountAndRefreshTokenIsAccepted()
    {
        const QByteArray json =
            "{\n"
            "            \"Account\": {\n"
            "                \"uid.utid-login.microsoftonline.com-contoso\": {\n"
            "                    \"home_account_id\": \"uid.utid\", \"environment\": "
            "\"login.microsoftonline.com\",\n"
            "                    \"realm\": \"contoso\", \"local_account_id\": \"uid\", \"username\": "
            "\"bo@contoso.dk\",\n"
            "                    \"authority_type\": \"MSSTS\"}},\n"
            "            \"RefreshToken\": {\n"
            "                \"uid.utid-login.microsoftonline.com-refreshtoken-client--\": {\n"
            "                    \"credential_type\": \"RefreshToken\", \"secret\": \"hand-rt\",\n"
            "                    \"home_account_id\": \"uid.utid\", \"environment\": "
            "\"login.microsoftonline.com\",\n"
            "                    \"client_id\": \"client\", \"target\": \"\"}}\n"
            "        }\n";
        MsalTokenCache cache;
        QString error;
        QVERIFY2(cache.deserialize(json, &error), qPrintable(error));
        QCOMPARE(cache.accounts().size(), 1);
        QCOMPARE(cache.accounts().first().username, QStringLiteral("bo@contoso.dk"));
        QCOMPARE(cache.refreshToken(QStringLiteral("CLIENT"), QStringLiteral("uid.utid")),
                 QStringLiteral("hand-rt"));
        QVERIFY(cache
                    .accessToken(QStringLiteral("client"), QStringLiteral("contoso"),
                                 QStringLiteral("uid.utid"), QStringLiteral("https://graph.microsoft.com"), 0)
                    .isEmpty());
    }

    void rotatedRefreshTokenReplacesTheOldOne()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        MsalTokenCache cache;
        const QString home = cache.add(Authority, ClientId, QString(), userResponse(now));
        TokenResponse exchange =
            userResponse(now + 1, QStringLiteral("https://outlook.office365.com/.default"));
        exchange.accessToken = QStringLiteral("at-secret-exchange");
        exchange.refreshToken = QStringLiteral("rt-secret-2");
        cache.add(Authority, ClientId, QString(), exchange);
        QCOMPARE(cache.section(QStringLiteral("RefreshToken")).size(), 1);
        QCOMPARE(cache.refreshToken(ClientId, home), QStringLiteral("rt-secret-2"));
        QCOMPARE(cache.section(QStringLiteral("AccessToken")).size(), 2);
        const QString realm = MsalTokenCache::realmOf(Authority);
        QCOMPARE(
            cache.accessToken(ClientId, realm, home, QStringLiteral("https://outlook.office365.com"), now),
            QStringLiteral("at-secret-exchange"));
        cache.removeAccessTokens(ClientId, home, QStringLiteral("https://graph.microsoft.com"));
        QVERIFY(cache.accessToken(ClientId, realm, home, QStringLiteral("https://graph.microsoft.com"), now)
                    .isEmpty());
        cache.clear();
        QVERIFY(cache.isEmpty());
    }

    // python MSAL fed the same token response writes the same cache, and reads ours.
    void matchesPythonMsal()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import msal")});
        if (!probe.waitForFinished(20000) || probe.exitCode() != 0)
            QSKIP("python3-msal is not installed");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const TokenResponse r = userResponse(now);
        MsalTokenCache cache;
        cache.add(Authority, ClientId, QString(), r);

        QTemporaryDir dir;
        QFile ours(dir.filePath(QStringLiteral("ours.json")));
        QVERIFY(ours.open(QIODevice::WriteOnly));
        ours.write(cache.serialize());
        ours.close();
        const QJsonObject response{{QStringLiteral("access_token"), r.accessToken},
                                   {QStringLiteral("refresh_token"), r.refreshToken},
                                   {QStringLiteral("id_token"), r.idToken},
                                   {QStringLiteral("client_info"), r.clientInfo},
                                   {QStringLiteral("token_type"), r.tokenType},
                                   {QStringLiteral("scope"), r.scope},
                                   {QStringLiteral("expires_in"), 3600},
                                   {QStringLiteral("ext_expires_in"), 7200}};
        const QString script = QString::fromLatin1(
            "\n"
            "import json, sys, msal\n"
            "response, client_id, now, ours = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3]), "
            "sys.argv[4]\n"
            "theirs = msal.SerializableTokenCache()\n"
            "theirs.add({\"client_id\": client_id, \"scope\": response[\"scope\"].split(), \"environment\": "
            "\"login.microsoftonline.com\",\n"
            "            \"token_endpoint\": "
            "\"https://login.microsoftonline.com/Contoso.onmicrosoft.com/oauth2/v2.0/token\",\n"
            "            \"response\": response, \"params\": {}, \"data\": {}, \"grant_type\": "
            "\"authorization_code\"}, now=now)\n"
            "mine = msal.SerializableTokenCache()\n"
            "mine.deserialize(open(ours).read())\n"
            "accounts = mine.find(msal.TokenCache.CredentialType.ACCOUNT)\n"
            "rts = mine.find(msal.TokenCache.CredentialType.REFRESH_TOKEN, query={\"home_account_id\": "
            "accounts[0][\"home_account_id\"]})\n"
            "print(json.dumps({\"theirs\": json.loads(theirs.serialize()), \"username\": "
            "accounts[0][\"username\"], \"rt\": rts[0][\"secret\"]}))\n"
            "\n");
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        run.setProcessEnvironment(env);
        run.start(python, {QStringLiteral("-c"), script,
                           QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)),
                           ClientId, QString::number(now), ours.fileName()});
        QVERIFY(run.waitForFinished(30000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        QCOMPARE(out.value(QLatin1String("username")).toString(),
                 QStringLiteral("anna@contoso.onmicrosoft.com"));
        QCOMPARE(out.value(QLatin1String("rt")).toString(), r.refreshToken);
        const QJsonObject theirs = out.value(QLatin1String("theirs")).toObject();
        const QJsonObject mine = QJsonDocument::fromJson(cache.serialize()).object();
        for (const QString &section : theirs.keys())
            QCOMPARE(mine.value(section).toObject(), theirs.value(section).toObject());
        QCOMPARE(mine.keys(), theirs.keys());
    }
};

QTEST_GUILESS_MAIN(TestMsalTokenCache)
#include "tst_msaltokencache.moc"
