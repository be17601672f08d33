// Application sign-in (client credentials) against the sandbox: with the client secret, with a
// certificate-signed client assertion, and the identity platform's refusal of a wrong secret.
#include "authsandbox.h"

#include "auth/clientassertion.h"
#include "auth/clientcredentialssignin.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestClientCredentialsSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_env = std::make_unique<AuthSandbox>();
        QVERIFY(m_env->isRunning());
        m_secret = m_env->info.value(QLatin1String("confidentialClientSecret")).toString();
        QVERIFY(!m_secret.isEmpty());
    }

    void withClientSecret()
    {
        ClientCredentialsSignIn flow(m_env->profile, m_env->profile.graphScope(), m_secret,
                                     m_env->network.get());
        const TokenResponse response = run(flow);
        QVERIFY(!response.accessToken.isEmpty());
        QVERIFY(response.refreshToken.isEmpty());
        QVERIFY(response.expiresIn > 0);
    }

    void withCertificateAssertion()
    {
        Error error;
        const QByteArray jwt =
            ClientAssertion::create(m_env->profile.certificatePath, m_env->profile.effectiveAppClientId(),
                                    m_env->profile.tokenEndpoint().toString(), &error);
        QVERIFY2(!jwt.isEmpty(), qPrintable(error.fullText()));
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(QByteArray::fromBase64(header.value(QLatin1String("x5t")).toString().toLatin1(),
                                        QByteArray::Base64UrlEncoding)
                     .size(),
                 20);
        QVERIFY(header.contains(QLatin1String("x5t#S256")));
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), m_env->profile.tokenEndpoint().toString());
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_env->profile.effectiveAppClientId());
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), m_env->profile.effectiveAppClientId());
        QVERIFY(!claims.value(QLatin1String("jti")).toString().isEmpty());

        ClientCredentialsSignIn flow(m_env->profile, m_env->profile.exchangeScope(), m_env->network.get());
        const TokenResponse response = run(flow);
        QVERIFY(!response.accessToken.isEmpty());
    }

    void wrongSecretIsRefusedWithItsCode()
    {
        ClientCredentialsSignIn flow(m_env->profile, m_env->profile.graphScope(),
                                     QStringLiteral("not-the-secret"), m_env->network.get());
        Error error;
        run(flow, &error);
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("AADSTS7000215"));
        QCOMPARE(error.httpStatus(), 401);
        QVERIFY(!error.message().isEmpty());
    }

    void missingCertificateIsAConfigurationError()
    {
        TenantProfile profile = m_env->profile;
        profile.certificatePath = QStringLiteral("/nonexistent/cert.pem");
        ClientCredentialsSignIn flow(profile, profile.graphScope(), m_env->network.get());
        Error error;
        run(flow, &error);
        QCOMPARE(error.kind(), Error::Kind::Configuration);
    }

private:
    TokenResponse run(ClientCredentialsSignIn &flow, Error *error = nullptr)
    {
        QSignalSpy finished(&flow, &ClientCredentialsSignIn::finished);
        QSignalSpy failed(&flow, &ClientCredentialsSignIn::failed);
        flow.start();
        [&] {
            QTRY_COMPARE(finished.size() + failed.size(), 1);
        }();
        if (error) {
            [&] {
                QCOMPARE(failed.size(), 1);
            }();
            *error = failed.isEmpty() ? Error() : failed.first().first().value<Error>();
            return TokenResponse();
        }
        [&] {
            QVERIFY2(failed.isEmpty(),
                     failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().fullText()));
        }();
        return finished.isEmpty() ? TokenResponse() : finished.first().first().value<TokenResponse>();
    }

    std::unique_ptr<AuthSandbox> m_env;
    QString m_secret;
};

QTEST_GUILESS_MAIN(TestClientCredentialsSignIn)
#include "tst_clientcredentialssignin.moc"
