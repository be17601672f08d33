#include "gui/signinmethodpage.h"

#include "ui_signinmethodpage.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QSslCertificate>
#include <QSslKey>

namespace {
bool hasPrivateKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        if (!QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey).isNull())
            return true;
    }
    return false;
}
} // namespace

SignInMethodPage::SignInMethodPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SignInMethodPage>())
{
    m_ui->setupUi(this);
    for (QRadioButton *radio :
         {m_ui->browserRadio, m_ui->deviceCodeRadio, m_ui->clientSecretRadio, m_ui->clientCertificateRadio})
        connect(radio, &QRadioButton::toggled, this, &SignInMethodPage::updateFields);
    for (QLineEdit *edit : {m_ui->appClientIdEdit, m_ui->secretEdit, m_ui->certificateEdit})
        connect(edit, &QLineEdit::textChanged, this, &SignInMethodPage::updateFields);
    connect(m_ui->certificateBrowseButton, &QPushButton::clicked, this, &SignInMethodPage::browseCertificate);
    retranslate();
    updateFields();
}

SignInMethodPage::~SignInMethodPage() = default;

void SignInMethodPage::setProfile(const TenantProfile &profile)
{
    m_defaultAppClientId = profile.clientId;
    m_ui->appClientIdEdit->setText(profile.appClientId);
    m_ui->certificateEdit->setText(profile.certificatePath);
    setMethod(profile.signInMethod);
    retranslate();
}

void SignInMethodPage::setPublicClientId(const QString &clientId)
{
    m_defaultAppClientId = clientId;
    retranslate();
}

void SignInMethodPage::applyTo(TenantProfile &profile) const
{
    profile.signInMethod = method();
    const bool application = profile.signInMethod == TenantProfile::SignInMethod::ClientSecret ||
                             profile.signInMethod == TenantProfile::SignInMethod::ClientCertificate;
    if (application)
        profile.appClientId = m_ui->appClientIdEdit->text().trimmed();
    if (profile.signInMethod == TenantProfile::SignInMethod::ClientCertificate)
        profile.certificatePath = m_ui->certificateEdit->text().trimmed();
}

TenantProfile::SignInMethod SignInMethodPage::method() const
{
    if (m_ui->deviceCodeRadio->isChecked())
        return TenantProfile::SignInMethod::DeviceCode;
    if (m_ui->clientSecretRadio->isChecked())
        return TenantProfile::SignInMethod::ClientSecret;
    if (m_ui->clientCertificateRadio->isChecked())
        return TenantProfile::SignInMethod::ClientCertificate;
    return TenantProfile::SignInMethod::Browser;
}

void SignInMethodPage::setMethod(TenantProfile::SignInMethod method)
{
    switch (method) {
    case TenantProfile::SignInMethod::Browser:
        m_ui->browserRadio->setChecked(true);
        break;
    case TenantProfile::SignInMethod::DeviceCode:
        m_ui->deviceCodeRadio->setChecked(true);
        break;
    case TenantProfile::SignInMethod::ClientSecret:
        m_ui->clientSecretRadio->setChecked(true);
        break;
    case TenantProfile::SignInMethod::ClientCertificate:
        m_ui->clientCertificateRadio->setChecked(true);
        break;
    }
    updateFields();
}

QString SignInMethodPage::secret() const
{
    return method() == TenantProfile::SignInMethod::ClientSecret ? m_ui->secretEdit->text() : QString();
}

void SignInMethodPage::clearSecret()
{
    m_ui->secretEdit->clear();
}

QStringList SignInMethodPage::problems() const
{
    QStringList result;
    switch (method()) {
    case TenantProfile::SignInMethod::Browser:
    case TenantProfile::SignInMethod::DeviceCode:
        break;
    case TenantProfile::SignInMethod::ClientSecret:
        if (m_ui->secretEdit->text().isEmpty())
            result << tr("Enter the client secret from the application's registration.");
        break;
    case TenantProfile::SignInMethod::ClientCertificate: {
        const QString path = m_ui->certificateEdit->text().trimmed();
        if (path.isEmpty()) {
            result << tr("Choose the PEM file with the application's certificate and its private key.");
            break;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result << tr("The certificate file %1 cannot be read: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
            break;
        }
        const QByteArray pem = file.read(1024 * 1024);
        if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            result << tr("The file %1 does not contain a certificate in PEM format.")
                          .arg(QDir::toNativeSeparators(path));
        else if (!hasPrivateKey(pem))
            result
                << tr("The file %1 has the certificate but not its private key. Choose a PEM file with both.")
                       .arg(QDir::toNativeSeparators(path));
        break;
    }
    }
    return result;
}

bool SignInMethodPage::isComplete() const
{
    return problems().isEmpty();
}

void SignInMethodPage::browseCertificate()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the certificate and key"),
                                     m_ui->certificateEdit->text(), tr("PEM files (*.pem);;All files (*)"));
    if (!file.isEmpty())
        m_ui->certificateEdit->setText(file);
}

void SignInMethodPage::updateFields()
{
    const TenantProfile::SignInMethod chosen = method();
    const bool secret = chosen == TenantProfile::SignInMethod::ClientSecret;
    const bool certificate = chosen == TenantProfile::SignInMethod::ClientCertificate;
    m_ui->applicationGroup->setVisible(secret || certificate);
    m_ui->applicationLayout->setRowVisible(m_ui->secretEdit, secret);
    m_ui->applicationLayout->setRowVisible(m_ui->certificateLayout, certificate);
    retranslate();

    const QStringList list = problems();
    QStringList lines;
    for (const QString &problem : list)
        lines << QStringLiteral("• ") + problem;
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!list.isEmpty());
    emit completeChanged();
}

void SignInMethodPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateFields();
    }
    QWizardPage::changeEvent(event);
}

void SignInMethodPage::retranslate()
{
    setTitle(tr("Sign-in method"));
    setSubTitle(tr("How Tenantdesk signs in to the tenant."));
    m_ui->appClientIdEdit->setPlaceholderText(
        m_defaultAppClientId.isEmpty() ? tr("The same as on the first page")
                                       : tr("The same as on the first page (%1)").arg(m_defaultAppClientId));
    m_ui->credentialHintLabel->setText(
        method() == TenantProfile::SignInMethod::ClientSecret
            ? tr("The secret goes to this computer's keychain, never into Tenantdesk's settings.")
            : tr("Tenantdesk remembers where the file is; keep it where only you can read it."));
}
