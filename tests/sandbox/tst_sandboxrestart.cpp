// A sandbox restarted on its --state file keeps what the client holds from before: the saved refresh token
// still redeems, an access token still verifies until it expires, the browser's sign-in session still
// signs in silently, and a delta link still returns what changed since it was issued (before and after the
// restart), not 410 syncStateNotFound.
#include "identityfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/authorizeendpoint.h"
#include "sandbox/server/sandbox.h"
#include "sandbox/state/tenantstatefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

namespace {
const QString kPassword = QStringLiteral("Pw-Restart-42");
const QString kScope = QStringLiteral("https://graph.microsoft.com/.default offline_access openid profile");

// The same path and query on another run's address (a restarted sandbox listens on a new port).
QString onServer(const QString &link, const QString &baseUrl)
{
    const QUrl url(link);
    return baseUrl + url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded);
}

QStringList idsOf(const QJsonArray &value)
{
    QStringList ids;
    for (const QJsonValue &item : value)
        ids.append(item.toObject().value(QLatin1String("id")).toString());
    return ids;
}
} // namespace

class TestSandboxRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInsAndDeltaLinksSurviveARestart();
    void stateFileHoldsNoUsableSecretOfASignIn();
    void changesAreSavedOffTheServingThread();

private:
    SandboxOptions options() const;
    // Follows nextLinks from `url` to the deltaLink; fills the ids seen.
    static QString deltaLink(SandboxClient &client, const QString &url, const QByteArray &token,
                             QStringList *ids);

    QTemporaryDir m_dir;
    QString m_refreshToken; // the first run's, kept for the file check
};

SandboxOptions TestSandboxRestart::options() const
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 30;
    options.schools = 1;
    options.seed = 5;
    options.stateFile = m_dir.filePath(QStringLiteral("restart.state"));
    return options;
}

void TestSandboxRestart::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestSandboxRestart::deltaLink(SandboxClient &client, const QString &url, const QByteArray &token,
                                      QStringList *ids)
{
    QString next = url;
    for (int page = 0; page < 100; ++page) {
        const SandboxClient::Reply reply = client.get(next, token);
        if (reply.status != 200)
            return QStringLiteral("HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
        const QJsonObject body = reply.json();
        ids->append(idsOf(body.value(QLatin1String("value")).toArray()));
        if (body.contains(QLatin1String("@odata.deltaLink")))
            return body.value(QLatin1String("@odata.deltaLink")).toString();
        next = onServer(body.value(QLatin1String("@odata.nextLink")).toString(), client.baseUrl());
    }
    return QString();
}

void TestSandboxRestart::signInsAndDeltaLinksSurviveARestart()
{
    QString refreshToken, accessToken, publicClientId, userId, cookie, link, changedBefore;
    QByteArray appToken;
    {
        SandboxClient first(options());
        QVERIFY2(first.isRunning(), qPrintable(first.startError()));
        IdentityFixture id(first);
        userId = id.addAccount(QStringLiteral("tdx.restarter"), kPassword);
        publicClientId = id.publicClientId;

        // A browser sign-in: the session cookie, then the tokens.
        const SandboxClient::Reply interactive =
            id.authorize({{QStringLiteral("client_id"), publicClientId},
                          {QStringLiteral("response_type"), QStringLiteral("code")},
                          {QStringLiteral("redirect_uri"), id.redirectUri},
                          {QStringLiteral("scope"), kScope},
                          {QStringLiteral("code_challenge"), IdentityFixture::challengeOf(id.newVerifier())},
                          {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                          {QStringLiteral("login_hint"), id.username(QStringLiteral("tdx.restarter"))},
                          {QStringLiteral("sandbox_password"), kPassword}});
        QCOMPARE(interactive.status, 302);
        cookie = QString::fromLatin1(interactive.header("Set-Cookie")).section(QLatin1Char(';'), 0, 0);
        QVERIFY2(cookie.startsWith(AuthorizeEndpoint::cookieName() + QLatin1Char('=')), qPrintable(cookie));
        const SandboxClient::Reply tokens =
            id.signInTokens(QStringLiteral("tdx.restarter"), kPassword, kScope);
        QCOMPARE(tokens.status, 200);
        refreshToken = tokens.json().value(QLatin1String("refresh_token")).toString();
        accessToken = tokens.json().value(QLatin1String("access_token")).toString();
        QVERIFY(!refreshToken.isEmpty() && !accessToken.isEmpty());

        // A full delta round, then a change the link must report after the restart.
        appToken = first.adminAppToken();
        QStringList initial;
        link = deltaLink(first,
                         first.baseUrl() + QStringLiteral("/v1.0/users/delta?$select=displayName,jobTitle"),
                         appToken, &initial);
        QVERIFY2(link.contains(QLatin1String("deltatoken")), qPrintable(link));
        QVERIFY(initial.contains(userId));
        Tenant &t = first.tenant();
        changedBefore = t.users.at(3).value(QLatin1String("id")).toString();
        QVERIFY(t.users.update(changedBefore,
                               QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Vikar")}},
                               t.nextSequence()));
    } // the sandbox writes its state on the way out

    SandboxClient second(options());
    QVERIFY2(second.isRunning(), qPrintable(second.startError()));
    const QString tokenUrl =
        second.baseUrl() + QLatin1Char('/') + second.tenant().tenantId + QStringLiteral("/oauth2/v2.0/token");

    // The access token signed before the restart still verifies.
    const SandboxClient::Reply me = second.get(QStringLiteral("/v1.0/me"), accessToken.toLatin1());
    QVERIFY2(me.status == 200, me.body.constData());
    QCOMPARE(me.json().value(QLatin1String("id")).toString(), userId);

    // The saved refresh token still redeems, for a new pair.
    const SandboxClient::Reply refreshed =
        second.postForm(tokenUrl, {{QStringLiteral("client_id"), publicClientId},
                                   {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), refreshToken},
                                   {QStringLiteral("scope"), kScope}});
    QVERIFY2(refreshed.status == 200, refreshed.body.constData());
    const QString rotated = refreshed.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!rotated.isEmpty() && rotated != refreshToken);
    QCOMPARE(second
                 .get(QStringLiteral("/v1.0/me"),
                      refreshed.json().value(QLatin1String("access_token")).toString().toLatin1())
                 .status,
             200);

    // The browser's session signs in again without a prompt.
    const QString authorizeUrl =
        second.baseUrl() + QLatin1Char('/') + second.tenant().tenantId +
        QStringLiteral("/oauth2/v2.0/authorize?client_id=%1&response_type=code&prompt=none&redirect_uri=%2"
                       "&scope=openid&code_challenge=%3&code_challenge_method=S256")
            .arg(publicClientId,
                 QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:53117/"))),
                 IdentityFixture::challengeOf(IdentityFixture::newVerifier()));
    const SandboxClient::Reply silent =
        second.request("GET", authorizeUrl, QByteArray(), QByteArray(), {{"Cookie", cookie.toLatin1()}});
    QCOMPARE(silent.status, 302);
    QVERIFY2(!IdentityFixture::redirectQuery(silent).queryItemValue(QStringLiteral("code")).isEmpty(),
             silent.header("Location").constData());

    // The delta link from before the restart returns the change made before it and one made after it.
    Tenant &t = second.tenant();
    const QString changedAfter = t.users.at(4).value(QLatin1String("id")).toString();
    QVERIFY(t.users.update(changedAfter, QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Kursist")}},
                           t.nextSequence()));
    QStringList changed;
    const QString nextLink = deltaLink(second, onServer(link, second.baseUrl()), appToken, &changed);
    QVERIFY2(nextLink.contains(QLatin1String("deltatoken")), qPrintable(nextLink));
    QCOMPARE(changed, (QStringList{changedBefore, changedAfter}));

    m_refreshToken = rotated;
}

void TestSandboxRestart::stateFileHoldsNoUsableSecretOfASignIn()
{
    QVERIFY(!m_refreshToken.isEmpty());
    QFile file(options().stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("TDSTATE1"));
    const QByteArray json = qUncompress(data.mid(8));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 2);
    const QJsonObject identity = root.value(QLatin1String("identity")).toObject();
    QVERIFY(!identity.value(QLatin1String("refreshTokens")).toArray().isEmpty());
    QVERIFY(!identity.value(QLatin1String("sessions")).toArray().isEmpty());
    // Refresh tokens are kept as digests only.
    QVERIFY(!json.contains(m_refreshToken.toLatin1()));
    QVERIFY(!json.contains(m_refreshToken.left(40).toLatin1()));
}

// Shortly after a change the state is written by a worker thread while requests are still answered; a
// change made while that save runs is written on the way out; both load back.
void TestSandboxRestart::changesAreSavedOffTheServingThread()
{
    SandboxOptions saving = options();
    saving.users = 2000; // a save that takes a moment
    saving.stateFile = m_dir.filePath(QStringLiteral("background.state"));
    const auto jobTitleInFile = [&](const QString &id) {
        Tenant saved;
        QString error;
        if (!TenantStateFile::load(saving.stateFile, &saved, &error))
            return QStringLiteral("unreadable: ") + error;
        const std::optional<QJsonObject> user = saved.users.find(id);
        return user ? user->value(QLatin1String("jobTitle")).toString() : QStringLiteral("absent");
    };
    QString first, second;
    {
        SandboxClient client(saving);
        QVERIFY2(client.isRunning(), qPrintable(client.startError()));
        QVERIFY(QFileInfo::exists(saving.stateFile)); // written on first start
        const QByteArray token = client.adminAppToken();
        Tenant &t = client.tenant();
        first = t.users.at(5).value(QLatin1String("id")).toString();
        second = t.users.at(6).value(QLatin1String("id")).toString();
        QVERIFY(t.users.update(first, QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Rektor")}},
                               t.nextSequence()));

        // Requests keep being answered until the timer's save is under way, and while it runs.
        bool sawSave = false;
        QElapsedTimer waited;
        waited.start();
        while (!sawSave && waited.elapsed() < 15000) {
            QCOMPARE(client.get(QStringLiteral("/v1.0/users?$top=5&$select=id"), token).status, 200);
            sawSave = client.sandbox().isSavingInBackground();
        }
        QVERIFY2(sawSave, "no save started on the worker thread");
        // A change while the save runs: the save in flight has it or not, the one on exit must.
        QVERIFY(t.users.update(second, QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Pedel")}},
                               t.nextSequence()));
        QCOMPARE(client.get(QStringLiteral("/v1.0/users?$top=5&$select=id"), token).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!client.sandbox().isSavingInBackground(), 15000);
        QCOMPARE(jobTitleInFile(first), QStringLiteral("Rektor")); // by the worker, before any exit
    } // the last change is written on the way out
    QCOMPARE(jobTitleInFile(first), QStringLiteral("Rektor"));
    QCOMPARE(jobTitleInFile(second), QStringLiteral("Pedel"));

    // The file loads back into a running sandbox.
    SandboxClient restarted(saving);
    QVERIFY2(restarted.isRunning(), qPrintable(restarted.startError()));
    QCOMPARE(restarted.tenant().users.find(second)->value(QLatin1String("jobTitle")).toString(),
             QStringLiteral("Pedel"));
}

QTEST_GUILESS_MAIN(TestSandboxRestart)
#include "tst_sandboxrestart.moc"
