// Interactive sign-in against the sandbox over real HTTPS: authorization code + PKCE with the loopback
// reply handler, the browser played by a scripted GET that signs in on the authorize page.
#include "authsandbox.h"

#include "auth/browsersignin.h"
#include "auth/msaltokencache.h"

#include <QSignalSpy>
#include <QTest>

class TestBrowserSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_env = std::make_unique<AuthSandbox>();
        QVERIFY(m_env->isRunning());
    }

    void signsInEndToEnd()
    {
        BrowserSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy urls(&flow, &BrowserSignIn::authorizationUrl);
        QSignalSpy finished(&flow, &BrowserSignIn::finished);
        QSignalSpy failed(&flow, &BrowserSignIn::failed);
        flow.start();
        QCOMPARE(urls.size(), 1);
        const QUrl url = urls.first().first().toUrl();
        const QUrlQuery query(url);
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_info")), QStringLiteral("1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("select_account"));
        QCOMPARE(query.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), m_env->username);
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 16);
        QVERIFY(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("offline_access")));
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect, flow.redirectUri());

        const QUrl loopback = m_env->authorizeRedirect(url, m_env->password);
        QCOMPARE(loopback.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_env->deliver(loopback), 200);
        QTRY_COMPARE(finished.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().fullText()));
        const TokenResponse response = finished.first().first().value<TokenResponse>();
        QVERIFY(!response.accessToken.isEmpty());
        QVERIFY(!response.refreshToken.isEmpty());
        QVERIFY(!response.clientInfo.isEmpty());
        QCOMPARE(response.idTokenClaims().value(QLatin1String("preferred_username")).toString().toLower(),
                 m_env->username.toLower());
        QVERIFY(response.homeAccountId().endsWith(QLatin1Char('.') + m_env->profile.tenant));
        QTest::qWait(20);
        QCOMPARE(finished.size() + failed.size(), 1);
    }

    void strayRequestsAreIgnored()
    {
        BrowserSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy urls(&flow, &BrowserSignIn::authorizationUrl);
        QSignalSpy finished(&flow, &BrowserSignIn::finished);
        QSignalSpy failed(&flow, &BrowserSignIn::failed);
        flow.start();
        const QUrl loopback = m_env->authorizeRedirect(urls.first().first().toUrl(), m_env->password);
        QVERIFY(QUrlQuery(loopback).hasQueryItem(QStringLiteral("code")));

        // The browser's favicon, a redirect with a forged state and one with none come first: each is
        // answered, none ends the sign-in.
        QUrl forged = loopback;
        QUrlQuery query(loopback);
        query.removeAllQueryItems(QStringLiteral("state"));
        forged.setQuery(query);
        const QUrl withoutState = forged;
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
        forged.setQuery(query);
        for (const QUrl &stray :
             {flow.redirectUri().resolved(QUrl(QStringLiteral("/favicon.ico"))), forged, withoutState}) {
            QNetworkReply *reply = AuthSandbox::get(m_env->network.get(), stray);
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            const QByteArray page = reply->readAll();
            QVERIFY2(!page.contains("sign-in is complete"), page.constData());
            QVERIFY2(page.contains("ignored"), page.constData());
        }
        QTest::qWait(50);
        QCOMPARE(finished.size() + failed.size(), 0);

        // The real redirect still signs in.
        QNetworkReply *reply = AuthSandbox::get(m_env->network.get(), loopback);
        QVERIFY(reply->readAll().contains("sign-in is complete"));
        QTRY_COMPARE(finished.size() + failed.size(), 1);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().fullText()));
        QVERIFY(!finished.first().first().value<TokenResponse>().accessToken.isEmpty());
    }

    void anotherTenantsAccountIsRefused()
    {
        // The profile names another tenant than the one the account belongs to: no tokens are kept.
        TenantProfile profile = m_env->profile;
        const QString realTenant = profile.tenant;
        profile.tenant = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        BrowserSignIn flow(profile, m_env->network.get());
        QSignalSpy urls(&flow, &BrowserSignIn::authorizationUrl);
        QSignalSpy finished(&flow, &BrowserSignIn::finished);
        QSignalSpy failed(&flow, &BrowserSignIn::failed);
        flow.start();
        m_env->deliver(m_env->authorizeRedirect(urls.first().first().toUrl(), m_env->password));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 0);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("wrong_tenant"));
        QVERIFY2(error.message().contains(profile.tenant) &&
                     error.message().contains(realTenant, Qt::CaseInsensitive),
                 qPrintable(error.message()));
    }

    void accessDeniedIsASignInError()
    {
        BrowserSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy urls(&flow, &BrowserSignIn::authorizationUrl);
        QSignalSpy failed(&flow, &BrowserSignIn::failed);
        flow.start();
        // The user cancels on the sign-in page (sandbox_cancel): error=access_denied with AADSTS65004.
        QUrl url = urls.first().first().toUrl();
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("sandbox_cancel"), QStringLiteral("1"));
        url.setQuery(query);
        QNetworkReply *reply = AuthSandbox::get(m_env->network.get(), url);
        const QUrl loopback(QString::fromUtf8(reply->rawHeader("Location")));
        QVERIFY(QUrlQuery(loopback).hasQueryItem(QStringLiteral("error")));
        m_env->deliver(loopback);
        QTRY_COMPARE(failed.size(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("AADSTS65004"));
        QVERIFY(error.detail().contains(QStringLiteral("declined")));
    }

    void wrongPasswordEndsAsSignInError()
    {
        BrowserSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy urls(&flow, &BrowserSignIn::authorizationUrl);
        QSignalSpy failed(&flow, &BrowserSignIn::failed);
        flow.start();
        const QUrl loopback = m_env->authorizeRedirect(urls.first().first().toUrl(), QStringLiteral("wrong"));
        m_env->deliver(loopback);
        QTRY_COMPARE(failed.size(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("AADSTS50126"));
    }

    void cancelEndsOnceAndStopsListening()
    {
        BrowserSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy failed(&flow, &BrowserSignIn::failed);
        flow.start();
        const QUrl redirect = flow.redirectUri();
        flow.cancel();
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::Cancelled);
        QNetworkReply *reply = AuthSandbox::get(m_env->network.get(), redirect);
        QVERIFY(reply->error() != QNetworkReply::NoError);
    }

private:
    std::unique_ptr<AuthSandbox> m_env;
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
