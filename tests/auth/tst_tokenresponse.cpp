// The token endpoint's answer: its id_token must be for this application and this profile's tenant, and
// not expired, before any of its tokens are kept.
#include "auth/pkce.h"
#include "auth/tokenresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

namespace {
const QString ClientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString Tenant = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
const QString OtherTenant = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
const qint64 Now = 1'800'000'000;

QString b64(const QJsonObject &json)
{
    return QString::fromLatin1(Pkce::base64Url(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

QJsonObject claims(const QString &aud = ClientId, const QString &tid = Tenant, qint64 exp = Now + 3600)
{
    return {{QStringLiteral("aud"), aud},
            {QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tid)},
            {QStringLiteral("exp"), exp},
            {QStringLiteral("iat"), exp - 3600},
            {QStringLiteral("tid"), tid},
            {QStringLiteral("oid"), QStringLiteral("00000000-0000-0000-0000-0000000000aa")},
            {QStringLiteral("preferred_username"), QStringLiteral("anna@contoso.onmicrosoft.com")}};
}

// A token endpoint answer as the identity platform writes it, parsed as the grants parse it.
TokenResponse parsed(const QJsonObject &idTokenClaims)
{
    const QString idToken = b64({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + QLatin1Char('.') +
                            b64(idTokenClaims) + QStringLiteral(".c2ln");
    const QJsonObject json{{QStringLiteral("access_token"), QStringLiteral("at-secret")},
                           {QStringLiteral("refresh_token"), QStringLiteral("rt-secret")},
                           {QStringLiteral("id_token"), idToken},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), 3600}};
    TokenResponse response;
    Error error;
    if (!TokenResponse::fromJson(json, Now, &response, &error))
        qFatal("the answer does not parse");
    return response;
}
} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT
private slots:
    void acceptsTheRightIdToken()
    {
        Error error;
        QVERIFY(parsed(claims()).checkIdToken(ClientId, Tenant, Now, &error));
        QVERIFY(!error);
        // Tenant ids compare without regard to case.
        QVERIFY(parsed(claims()).checkIdToken(ClientId, Tenant.toUpper(), Now, &error));
        // An answer without id_token (client credentials) has nothing to check.
        TokenResponse noIdToken = parsed(claims());
        noIdToken.idToken.clear();
        QVERIFY(noIdToken.checkIdToken(ClientId, Tenant, Now, &error));
    }

    void refusesAnotherTenant()
    {
        Error error;
        QVERIFY(!parsed(claims(ClientId, OtherTenant)).checkIdToken(ClientId, Tenant, Now, &error));
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("wrong_tenant"));
        QVERIFY2(error.message().contains(OtherTenant) && error.message().contains(Tenant),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QLatin1String("another tenant")));

        Error missing;
        QJsonObject noTid = claims();
        noTid.remove(QStringLiteral("tid"));
        QVERIFY(!parsed(noTid).checkIdToken(ClientId, Tenant, Now, &missing));
        QCOMPARE(missing.code(), QStringLiteral("wrong_tenant"));
    }

    void multiTenantProfilesAcceptAnyTenant_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::newRow("organizations") << QStringLiteral("organizations");
        QTest::newRow("common") << QStringLiteral("common");
        QTest::newRow("verified domain") << QStringLiteral("contoso.onmicrosoft.com");
    }

    void multiTenantProfilesAcceptAnyTenant()
    {
        QFETCH(QString, tenant);
        Error error;
        const TokenResponse response = parsed(claims(ClientId, OtherTenant));
        QVERIFY(response.checkIdToken(ClientId, tenant, Now, &error));
        QCOMPARE(response.idTokenClaims().value(QLatin1String("tid")).toString(), OtherTenant);
    }

    void refusesAnotherAudience()
    {
        Error error;
        const QString other = QStringLiteral("99999999-2222-3333-4444-555555555555");
        QVERIFY(!parsed(claims(other)).checkIdToken(ClientId, Tenant, Now, &error));
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("invalid_audience"));
        QVERIFY(error.message().contains(other));

        QJsonObject noAud = claims();
        noAud.remove(QStringLiteral("aud"));
        QVERIFY(!parsed(noAud).checkIdToken(ClientId, Tenant, Now, &error));
        QCOMPARE(error.kind(), Error::Kind::SignIn);
    }

    void refusesAnExpiredIdTokenWithFiveMinutesOfSkew()
    {
        Error error;
        QVERIFY(parsed(claims(ClientId, Tenant, Now - 299)).checkIdToken(ClientId, Tenant, Now, &error));
        QVERIFY(!parsed(claims(ClientId, Tenant, Now - 301)).checkIdToken(ClientId, Tenant, Now, &error));
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("expired_id_token"));

        QJsonObject noExp = claims();
        noExp.remove(QStringLiteral("exp"));
        QVERIFY(!parsed(noExp).checkIdToken(ClientId, Tenant, Now, &error));
    }

    void refusesAnUnreadableIdToken()
    {
        TokenResponse response = parsed(claims());
        response.idToken = QStringLiteral("not-a-jwt");
        Error error;
        QVERIFY(!response.checkIdToken(ClientId, Tenant, Now, &error));
        QCOMPARE(error.kind(), Error::Kind::SignIn);
    }
};

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
