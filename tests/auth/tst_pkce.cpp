// PKCE (RFC 7636): the S256 challenge of the RFC's own example, and fresh verifiers that servers accept.
#include "auth/pkce.h"

#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT
private slots:
    void rfc7636AppendixB()
    {
        const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QVERIFY(Pkce::isValidVerifier(verifier));
        QCOMPARE(Pkce::challenge(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void freshVerifiersAreValidAndDifferent()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray verifier = Pkce::newVerifier();
            QVERIFY2(Pkce::isValidVerifier(verifier), verifier.constData());
            QVERIFY(!seen.contains(verifier));
            seen.insert(verifier);
            const QByteArray challenge = Pkce::challenge(verifier);
            QCOMPARE(challenge.size(), 43); // 32 bytes, base64url without padding
            QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
        }
    }

    void invalidVerifiersAreRecognised()
    {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(128, '~')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(43, 'a') + '+'));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
