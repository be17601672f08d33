// "Connect a tenant", page 3, against the in-process sandbox over real HTTPS with a real TenantSession and
// the real (headless) keychain: the device code is shown with its address, countdown and Copy button and the
// sign-in finishes once the user approves on "another device"; a wrong client secret shows the message, a
// hint and the details, and after Back the right one signs in and saves the profile with its account (and
// never the secret); a certificate file with its key signs in; "Try again" starts over after a decline.
#include "sandboxclient.h"

#include "core/profilestore.h"
#include "core/tenantprofile.h"
#include "gui/connecttenantwizard.h"
#include "gui/signinginpage.h"
#include "gui/signinmethodpage.h"
#include "services/tenantsession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestConnectTenantSignIn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxClient> m_sandbox;
    TenantProfile m_profile;

    QString storePath() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }
    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    static QString text(QWidget *parent, const char *name) { return child<QLabel>(parent, name)->text(); }
    static void saveShot(QWidget *widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral(TENANTDESK_TEST_ARTIFACTS));
        const QString file = QStringLiteral(TENANTDESK_TEST_ARTIFACTS "/") + name;
        QVERIFY(widget->grab().save(file));
        QVERIFY(QFileInfo(file).size() > 1000);
    }
    static void clickRadio(QRadioButton *radio)
    {
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    static void next(ConnectTenantWizard &wizard)
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QJsonObject info() { return m_sandbox->sandbox().info(); }
    QString infoText(const char *key) { return info().value(QLatin1String(key)).toString(); }
    QJsonObject user() { return info().value(QLatin1String("users")).toArray().first().toObject(); }
    SandboxClient::Reply answerDeviceCode(const QString &userCode, const QString &action)
    {
        return m_sandbox->postForm(
            QStringLiteral("/devicelogin"),
            {{QStringLiteral("otc"), userCode},
             {QStringLiteral("login"), user().value(QLatin1String("username")).toString()},
             {QStringLiteral("passwd"), user().value(QLatin1String("password")).toString()},
             {QStringLiteral("action"), action}});
    }
    // A wizard on a fresh profile store, filled from the sandbox's start-up line, on the method page.
    void openOnMethodPage(ConnectTenantWizard &wizard, const QString &name)
    {
        TenantProfile profile = m_profile;
        profile.name = name;
        wizard.setProfile(profile, false);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        next(wizard);
        QCOMPARE(wizard.currentId(), int(ConnectTenantWizard::MethodPageId));
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxClient>();
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->startError()));
        QString error;
        m_profile = TenantProfile::fromSandboxInfo(QStringLiteral("sandbox"), info(), &error);
        QVERIFY2(!m_profile.name.isEmpty(), qPrintable(error));
    }

    void init() { QFile::remove(storePath()); }

    void deviceCodeIsShownAndSignInFinishes()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        openOnMethodPage(wizard, QStringLiteral("Sandbox by device code"));
        clickRadio(child<QRadioButton>(wizard.methodPage(), "deviceCodeRadio"));
        next(wizard);
        SigningInPage *page = wizard.signingInPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::DeviceCode, 15000);

        const QString code = page->userCode();
        QCOMPARE(code.size(), 9);
        QVERIFY(child<QLabel>(page, "codeLabel")->isVisible());
        QCOMPARE(text(page, "codeLabel"), code);
        QVERIFY(child<QLabel>(page, "codeLabel")->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(text(page, "verificationLinkLabel")
                    .contains(m_sandbox->baseUrl() + QStringLiteral("/devicelogin")));
        // "minutes" once tenantdesk_en.ts has the plural forms; the source text says "minute(s)".
        QVERIFY2(text(page, "countdownLabel").startsWith(QStringLiteral("The code expires in 15 minute")),
                 qPrintable(text(page, "countdownLabel")));
        QTest::mouseClick(child<QPushButton>(page, "copyCodeButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), code);
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        saveShot(&wizard, QStringLiteral("connect-wizard-3-device-code.png"));

        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QCOMPARE(answerDeviceCode(code, QStringLiteral("approve")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);

        const QString username = user().value(QLatin1String("username")).toString();
        ProfileStore reread(storePath());
        QCOMPARE(reread.currentName(), QStringLiteral("Sandbox by device code"));
        const TenantProfile saved = reread.profile(QStringLiteral("Sandbox by device code"));
        QCOMPARE(saved.account, username);
        QCOMPARE(saved.signInMethod, TenantProfile::SignInMethod::DeviceCode);
        std::unique_ptr<TenantSession> session = wizard.takeSession();
        QVERIFY(session);
        QCOMPARE(session->account(), username);
    }

    void wrongSecretExplainsThenRightSecretSaves()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        openOnMethodPage(wizard, QStringLiteral("Sandbox app"));
        clickRadio(child<QRadioButton>(wizard.methodPage(), "clientSecretRadio"));
        auto *secret = child<QLineEdit>(wizard.methodPage(), "secretEdit");
        QTest::keyClicks(secret, QStringLiteral("not-the-secret"));
        next(wizard);
        SigningInPage *page = wizard.signingInPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::Failed, 15000);

        QVERIFY(child<QLabel>(page, "errorLabel")->isVisible());
        QCOMPARE(text(page, "errorLabel").isEmpty(), false);
        QVERIFY2(!text(page, "errorLabel").startsWith(QLatin1String("AADSTS")),
                 qPrintable(text(page, "errorLabel")));
        QVERIFY2(text(page, "hintLabel").contains(QStringLiteral("secret or certificate")),
                 qPrintable(text(page, "hintLabel")));
        QVERIFY2(text(page, "detailsLabel").contains(QStringLiteral("AADSTS7000215")),
                 qPrintable(text(page, "detailsLabel")));
        QVERIFY(child<QPushButton>(page, "tryAgainButton")->isVisible());
        saveShot(&wizard, QStringLiteral("connect-wizard-3-failed.png"));

        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectTenantWizard::MethodPageId));
        secret->clear();
        const QString rightSecret = infoText("confidentialClientSecret");
        QVERIFY(!rightSecret.isEmpty());
        QTest::keyClicks(secret, rightSecret);
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        next(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);

        ProfileStore reread(storePath());
        QCOMPARE(reread.currentName(), QStringLiteral("Sandbox app"));
        const TenantProfile saved = reread.profile(QStringLiteral("Sandbox app"));
        QVERIFY(!saved.account.isEmpty());
        QCOMPARE(saved.signInMethod, TenantProfile::SignInMethod::ClientSecret);
        QVERIFY(secret->text().isEmpty());
        QFile ini(storePath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(rightSecret.toUtf8())); // the secret is in the keychain only
    }

    void certificateWithKeySignsIn()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        openOnMethodPage(wizard, QStringLiteral("Sandbox certificate"));
        clickRadio(child<QRadioButton>(wizard.methodPage(), "clientCertificateRadio"));
        auto *certificate = child<QLineEdit>(wizard.methodPage(), "certificateEdit");
        QVERIFY(certificate->isVisible());
        certificate->clear();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(certificate, infoText("confidentialClientCertificate"));
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        next(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
        const TenantProfile saved = ProfileStore(storePath()).profile(QStringLiteral("Sandbox certificate"));
        QCOMPARE(saved.certificatePath, infoText("confidentialClientCertificate"));
        QVERIFY(!saved.account.isEmpty());
    }

    void tryAgainStartsOverAfterADecline()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        openOnMethodPage(wizard, QStringLiteral("Sandbox retry"));
        clickRadio(child<QRadioButton>(wizard.methodPage(), "deviceCodeRadio"));
        next(wizard);
        SigningInPage *page = wizard.signingInPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::DeviceCode, 15000);
        const QString firstCode = page->userCode();
        QCOMPARE(answerDeviceCode(firstCode, QStringLiteral("decline")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::Failed, 15000);
        QVERIFY2(!text(page, "hintLabel").isEmpty(), "a failure always comes with a hint");

        QTest::mouseClick(child<QPushButton>(page, "tryAgainButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::DeviceCode, 15000);
        QVERIFY(page->userCode() != firstCode);
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        QCOMPARE(answerDeviceCode(page->userCode(), QStringLiteral("approve")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
    }

    void cancelStopsTheSignIn()
    {
        ProfileStore store(storePath());
        ConnectTenantWizard wizard(store);
        openOnMethodPage(wizard, QStringLiteral("Sandbox cancelled"));
        clickRadio(child<QRadioButton>(wizard.methodPage(), "deviceCodeRadio"));
        next(wizard);
        SigningInPage *page = wizard.signingInPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), SigningInPage::State::DeviceCode, 15000);
        const QString code = page->userCode();
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!page->isSigningIn());
        // Approving afterwards changes nothing: no profile was saved.
        answerDeviceCode(code, QStringLiteral("approve"));
        QTest::qWait(1500);
        QVERIFY(!ProfileStore(storePath()).contains(QStringLiteral("Sandbox cancelled")));
    }
};

QTEST_MAIN(TestConnectTenantSignIn)
#include "tst_connecttenantsignin.moc"
