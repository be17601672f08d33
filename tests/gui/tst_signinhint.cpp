// What the sign-in page suggests after a failure: one plain-language hint per kind of problem (wrong tenant
// or application, consent missing, rejected secret, cancelled, declined, offline), never an empty one.
#include "core/error.h"
#include "gui/signinhint.h"

#include <QTest>

class TestSignInHint : public QObject
{
    Q_OBJECT

private:
    static Error signIn(const QString &code)
    {
        Error error(Error::Kind::SignIn, QStringLiteral("POST /token"));
        error.setCode(code);
        return error;
    }

private slots:
    void hintPerKind_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("hint");
        const QString offline = QStringLiteral("could not reach the sign-in service");
        QTest::newRow("network") << Error(Error::Kind::Network, QString()) << offline;
        QTest::newRow("timeout") << Error(Error::Kind::Timeout, QString()) << offline;
        QTest::newRow("tls") << Error(Error::Kind::Tls, QString())
                             << QStringLiteral("certificate authority under Advanced");
        QTest::newRow("cancelled") << Error(Error::Kind::Cancelled, QString())
                                   << QStringLiteral("was cancelled");
        QTest::newRow("unknown tenant")
            << signIn(QStringLiteral("AADSTS90002")) << QStringLiteral("does not know this tenant");
        QTest::newRow("unknown application")
            << signIn(QStringLiteral("AADSTS700016")) << QStringLiteral("is not registered in this tenant");
        QTest::newRow("consent") << signIn(QStringLiteral("AADSTS65001"))
                                 << QStringLiteral("grant admin consent");
        QTest::newRow("consent oauth")
            << signIn(QStringLiteral("consent_required")) << QStringLiteral("grant admin consent");
        QTest::newRow("secret") << signIn(QStringLiteral("AADSTS7000215"))
                                << QStringLiteral("secret or certificate");
        QTest::newRow("declined") << signIn(QStringLiteral("authorization_declined"))
                                  << QStringLiteral("was declined");
        QTest::newRow("expired code")
            << signIn(QStringLiteral("expired_token")) << QStringLiteral("code expired");
        QTest::newRow("other") << signIn(QStringLiteral("AADSTS999999"))
                               << QStringLiteral("give the details below to your service desk");
        QTest::newRow("http") << Error::http(500, QStringLiteral("x"), QString(), QStringLiteral("r"),
                                             QString())
                              << QStringLiteral("give the details below to your service desk");
    }

    void hintPerKind()
    {
        QFETCH(Error, error);
        QFETCH(QString, hint);
        const QString text = SignInHint::forError(error);
        QVERIFY2(text.contains(hint), qPrintable(text));
    }

    void noHintWithoutError() { QVERIFY(SignInHint::forError(Error()).isEmpty()); }
};

QTEST_APPLESS_MAIN(TestSignInHint)
#include "tst_signinhint.moc"
