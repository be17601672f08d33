// "Connect a tenant", pages 1 and 2, as a user meets them: Next stays disabled until the profile is usable,
// the problems are listed in plain language (an HTTP Graph URL, a duplicate name, a file that is not a
// certificate), the authority follows the tenant, labels' mnemonics reach their fields, and the secret and
// certificate fields appear only for the methods that need them; an unreachable tenant fails with the
// "offline" hint and Try again. Screenshots go to the test artifacts.
#include "core/profilestore.h"
#include "core/tenantprofile.h"
#include "gui/connecttenantwizard.h"
#include "gui/signinginpage.h"
#include "gui/signinmethodpage.h"
#include "gui/tenantdetailspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestConnectTenantWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    static QString problemsText(QWidget *page) { return child<QLabel>(page, "problemsLabel")->text(); }
    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    // On the indicator: a radio button reacts to clicks on its indicator and text, not its whole width.
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    static void saveShot(QWidget *widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral(TENANTDESK_TEST_ARTIFACTS));
        const QString file = QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/") + name;
        QVERIFY(widget->grab().save(file));
        QVERIFY(QFileInfo(file).size() > 1000);
    }
    void fillValidTenant(ConnectTenantWizard &wizard)
    {
        QWidget *page = wizard.tenantPage();
        QTest::keyClicks(child<QLineEdit>(page, "nameEdit"), QStringLiteral("Odense skoler"));
        QTest::keyClicks(child<QLineEdit>(page, "tenantEdit"), QStringLiteral("odense.onmicrosoft.com"));
        QTest::keyClicks(child<QLineEdit>(page, "clientIdEdit"),
                         QStringLiteral("3f1b2c4d-1111-2222-3333-444455556666"));
    }

private slots:
    void init()
    {
        QFile::remove(storePath());
        ProfileStore store(storePath());
        QString error;
        QVERIFY2(store.save(TenantProfile::forCommercialCloud(QStringLiteral("Aarhus"),
                                                              QStringLiteral("aarhus.onmicrosoft.com"),
                                                              QStringLiteral("client-a")),
                            &error),
                 qPrintable(error));
    }

    void nextNeedsAUsableTenant()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QWidget *page = wizard.tenantPage();
        QAbstractButton *next = wizard.button(QWizard::NextButton);

        // Empty: Next disabled, the problems are plain sentences, and the URLs carry Microsoft's defaults.
        QVERIFY(!next->isEnabled());
        QVERIFY(problemsText(page).contains(QStringLiteral("The profile needs a name.")));
        QVERIFY(problemsText(page).contains(QStringLiteral("Enter the tenant id or one of its domains.")));
        QCOMPARE(child<QLineEdit>(page, "graphEdit")->text(),
                 QStringLiteral("https://graph.microsoft.com/v1.0"));
        QCOMPARE(child<QLineEdit>(page, "exchangeEdit")->text(),
                 QStringLiteral("https://outlook.office365.com"));

        fillValidTenant(wizard);
        QVERIFY(next->isEnabled());
        QVERIFY(!child<QLabel>(page, "problemsLabel")->isVisible());
        // The authority follows the tenant while the user has not typed one.
        QCOMPARE(child<QLineEdit>(page, "authorityEdit")->text(),
                 QStringLiteral("https://login.microsoftonline.com/odense.onmicrosoft.com"));

        // Plain HTTP is refused for a host on the network, allowed to this computer.
        auto *graph = child<QLineEdit>(page, "graphEdit");
        replaceText(graph, QStringLiteral("http://graph.example.org/v1.0"));
        QVERIFY(!next->isEnabled());
        QVERIFY(problemsText(page).contains(
            QStringLiteral("The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).")));
        saveShot(&wizard, QStringLiteral("connect-wizard-1-tenant-problems.png"));
        replaceText(graph, QStringLiteral("http://127.0.0.1:8443/v1.0"));
        QVERIFY(next->isEnabled());
        replaceText(graph, QStringLiteral("https://graph.microsoft.com/v1.0"));

        // A typed authority is kept when the tenant changes.
        replaceText(child<QLineEdit>(page, "authorityEdit"),
                    QStringLiteral("https://login.microsoftonline.us/x"));
        QTest::keyClicks(child<QLineEdit>(page, "tenantEdit"), QStringLiteral("x"));
        QCOMPARE(child<QLineEdit>(page, "authorityEdit")->text(),
                 QStringLiteral("https://login.microsoftonline.us/x"));
        QVERIFY(next->isEnabled());

        const TenantProfile profile = wizard.profile();
        QCOMPARE(profile.name, QStringLiteral("Odense skoler"));
        QCOMPARE(profile.tenant, QStringLiteral("odense.onmicrosoft.comx"));
        QCOMPARE(profile.graphResource, QStringLiteral("https://graph.microsoft.com"));
        saveShot(&wizard, QStringLiteral("connect-wizard-1-tenant.png"));
    }

    void duplicateNameIsFlaggedUnlessEditingIt()
    {
        ProfileStore store(storePath());
        {
            ConnectTenantWizard wizard(store);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            fillValidTenant(wizard);
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            replaceText(child<QLineEdit>(wizard.tenantPage(), "nameEdit"), QStringLiteral("Aarhus"));
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
            QVERIFY(
                problemsText(wizard.tenantPage())
                    .contains(QStringLiteral("A profile named “Aarhus” already exists on this computer.")));
        }
        ConnectTenantWizard wizard(store);
        wizard.setProfile(store.profile(QStringLiteral("Aarhus")), true);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(child<QLineEdit>(wizard.tenantPage(), "tenantEdit")->text(),
                 QStringLiteral("aarhus.onmicrosoft.com"));
    }

    void trustedCertificateMustBePem()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillValidTenant(wizard);
        auto *ca = child<QLineEdit>(wizard.tenantPage(), "caEdit");

        QFile notPem(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("just some notes\n");
        notPem.close();
        QTest::keyClicks(ca, notPem.fileName());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(problemsText(wizard.tenantPage())
                    .contains(QStringLiteral("does not contain a certificate in PEM format")));

        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (system.isEmpty())
            QSKIP("This computer has no system CA certificates to use as a sample PEM file.");
        QFile pem(m_dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(system.first().toPem());
        pem.close();
        replaceText(ca, pem.fileName());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard.profile().trustedCertificatePem.toLatin1(), system.first().toPem());
    }

    void mnemonicsReachTheFields()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(&wizard, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY(child<QLineEdit>(wizard.tenantPage(), "tenantEdit")->hasFocus());
        QTest::keyClick(&wizard, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(child<QLineEdit>(wizard.tenantPage(), "graphEdit")->hasFocus());
        QTest::keyClick(&wizard, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(child<QLineEdit>(wizard.tenantPage(), "nameEdit")->hasFocus());
    }

    void methodPageShowsOnlyTheNeededCredential()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillValidTenant(wizard);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectTenantWizard::MethodPageId));
        QWidget *page = wizard.methodPage();
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        auto *secret = child<QLineEdit>(page, "secretEdit");
        auto *certificate = child<QLineEdit>(page, "certificateEdit");
        auto *browse = child<QPushButton>(page, "certificateBrowseButton");

        // Browser is the default and needs nothing more.
        QVERIFY(child<QRadioButton>(page, "browserRadio")->isChecked());
        QVERIFY(!secret->isVisible());
        QVERIFY(!certificate->isVisible());
        QVERIFY(next->isEnabled());
        // By keyboard: the radio buttons have mnemonics.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(&wizard, Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(wizard.methodPage()->method(),
                     TenantProfile::SignInMethod::DeviceCode); // animated click
        QVERIFY(!secret->isVisible());
        QVERIFY(next->isEnabled());

        // Client secret: the field appears, hides what is typed, and is required.
        clickRadio(child<QRadioButton>(page, "clientSecretRadio"));
        QVERIFY(secret->isVisible());
        QVERIFY(!certificate->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!next->isEnabled());
        QVERIFY(problemsText(page).contains(QStringLiteral("Enter the client secret")));
        QTest::keyClicks(secret, QStringLiteral("s3cr3t~value"));
        QVERIFY(next->isEnabled());
        QCOMPARE(wizard.methodPage()->secret(), QStringLiteral("s3cr3t~value"));
        QVERIFY(!wizard.profile().toJson().contains(QStringLiteral("s3cr3t~value"))); // not in the profile
        saveShot(&wizard, QStringLiteral("connect-wizard-2-method-secret.png"));

        // Certificate: the chooser appears instead, and the file must hold a certificate and its key.
        clickRadio(child<QRadioButton>(page, "clientCertificateRadio"));
        QVERIFY(!secret->isVisible());
        QVERIFY(certificate->isVisible());
        QVERIFY(browse->isVisible());
        QVERIFY(wizard.methodPage()->secret().isEmpty()); // a secret is only handed on for its method
        QVERIFY(!next->isEnabled());
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (!system.isEmpty()) {
            QFile pem(m_dir.filePath(QStringLiteral("certificate-only.pem")));
            QVERIFY(pem.open(QIODevice::WriteOnly));
            pem.write(system.first().toPem());
            pem.close();
            QTest::keyClicks(certificate, pem.fileName());
            QVERIFY(!next->isEnabled());
            QVERIFY(
                problemsText(page).contains(QStringLiteral("has the certificate but not its private key")));
        }
        saveShot(&wizard, QStringLiteral("connect-wizard-2-method-certificate.png"));

        // Back keeps what was typed on the first page.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectTenantWizard::TenantPageId));
        QCOMPARE(child<QLineEdit>(wizard.tenantPage(), "nameEdit")->text(), QStringLiteral("Odense skoler"));
    }

    // Page 3 without a server: the sign-in fails as "offline", with the message, a hint, the details and
    // Try again, and nothing is saved. (tst_connecttenantsignin covers sign-ins against the sandbox.)
    void unreachableTenantShowsOfflineHint()
    {
        QTcpServer closed; // a port on this computer that nobody listens on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(port);
        TenantProfile profile = TenantProfile::forCommercialCloud(
            QStringLiteral("Unreachable"), QStringLiteral("unreachable.example"), QStringLiteral("client-u"));
        profile.authority = QUrl(base + QStringLiteral("/unreachable.example"));
        profile.graphUrl = QUrl(base + QStringLiteral("/v1.0"));
        profile.exchangeUrl = QUrl(base);
        profile.signInMethod = TenantProfile::SignInMethod::ClientSecret;

        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        wizard.setProfile(profile, false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(wizard.methodPage(), "secretEdit"), QStringLiteral("whatever"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectTenantWizard::SigningInPageId));

        SigningInPage *page = wizard.signingInPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::Failed, 15000);
        const QString message = child<QLabel>(page, "errorLabel")->text();
        QVERIFY(!message.isEmpty());
        QVERIFY2(child<QLabel>(page, "hintLabel")->text().contains(QStringLiteral("could not reach")),
                 qPrintable(child<QLabel>(page, "hintLabel")->text()));
        QVERIFY(child<QLabel>(page, "detailsLabel")->text().startsWith(message.left(20)));
        QVERIFY(child<QPushButton>(page, "tryAgainButton")->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        saveShot(&wizard, QStringLiteral("connect-wizard-3-offline.png"));

        // Try again starts over and ends the same way: still nothing saved.
        QTest::mouseClick(child<QPushButton>(page, "tryAgainButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::Failed, 15000);
        QVERIFY(!store.contains(QStringLiteral("Unreachable")));
    }
};

QTEST_MAIN(TestConnectTenantWizard)
#include "tst_connecttenantwizard.moc"
