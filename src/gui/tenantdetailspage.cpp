#include "gui/tenantdetailspage.h"

#include "ui_tenantdetailspage.h"

#include "core/profilestore.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QSslCertificate>

namespace {
// The token audience follows a URL whose host the user changed (a national cloud); otherwise the loaded
// profile's audience stays (the sandbox serves Graph on 127.0.0.1 but issues tokens for graph.microsoft.com).
QString resourceFor(const QUrl &url, const QUrl &baseUrl, const QString &baseResource)
{
    if (url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0 && url.port() == baseUrl.port())
        return baseResource;
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

QUrl urlFrom(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

QUrl defaultAuthority(const QString &tenant)
{
    return TenantProfile::forCommercialCloud(QString(), tenant.trimmed(), QString()).authority;
}
} // namespace

TenantDetailsPage::TenantDetailsPage(const ProfileStore &store, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::TenantDetailsPage>()), m_store(store)
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->tenantEdit, m_ui->clientIdEdit, m_ui->authorityEdit,
                            m_ui->graphEdit, m_ui->exchangeEdit, m_ui->caEdit})
        connect(edit, &QLineEdit::textChanged, this, &TenantDetailsPage::updateProblems);
    connect(m_ui->tenantEdit, &QLineEdit::textEdited, this, &TenantDetailsPage::onTenantEdited);
    connect(m_ui->authorityEdit, &QLineEdit::textEdited, this, [this] { m_authorityFollowsTenant = false; });
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this,
            &TenantDetailsPage::browseCertificateAuthority);
    setProfile(TenantProfile::forCommercialCloud(QString(), QString(), QString()), false);
    retranslate();
}

TenantDetailsPage::~TenantDetailsPage() = default;

void TenantDetailsPage::setProfile(const TenantProfile &profile, bool editing)
{
    m_base = profile;
    m_editedName = editing ? profile.name : QString();
    m_authorityFollowsTenant = profile.authority == defaultAuthority(profile.tenant);
    m_ui->nameEdit->setText(profile.name);
    m_ui->tenantEdit->setText(profile.tenant);
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->authorityEdit->setText(profile.authority.toString());
    m_ui->graphEdit->setText(profile.graphUrl.toString());
    m_ui->exchangeEdit->setText(profile.exchangeUrl.toString());
    m_ui->caEdit->clear();
    retranslate();
    updateProblems();
}

TenantProfile TenantDetailsPage::profile() const
{
    TenantProfile p = m_base;
    p.name = m_ui->nameEdit->text().trimmed();
    p.tenant = m_ui->tenantEdit->text().trimmed();
    p.clientId = m_ui->clientIdEdit->text().trimmed();
    p.authority = urlFrom(m_ui->authorityEdit->text());
    p.graphUrl = urlFrom(m_ui->graphEdit->text());
    p.exchangeUrl = urlFrom(m_ui->exchangeEdit->text());
    p.graphResource = resourceFor(p.graphUrl, m_base.graphUrl, m_base.graphResource);
    p.exchangeResource = resourceFor(p.exchangeUrl, m_base.exchangeUrl, m_base.exchangeResource);
    p.trustedCertificatePem = certificateAuthorityPem(nullptr);
    return p;
}

QString TenantDetailsPage::certificateAuthorityPem(QString *problem) const
{
    const QString path = m_ui->caEdit->text().trimmed();
    if (path.isEmpty())
        return m_base.trustedCertificatePem;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = tr("The certificate authority file %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    const QByteArray pem = file.read(1024 * 1024);
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()) {
        if (problem)
            *problem = tr("The file %1 does not contain a certificate in PEM format.")
                           .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    return QString::fromLatin1(pem);
}

QStringList TenantDetailsPage::problems() const
{
    TenantProfile p = profile();
    p.signInMethod = TenantProfile::SignInMethod::Browser; // the method is chosen on the next page
    QStringList result = p.validate();
    if (!p.name.isEmpty() && p.name != m_editedName && m_store.contains(p.name))
        result
            << tr("A profile named “%1” already exists on this computer. Choose another name.").arg(p.name);
    QString caProblem;
    certificateAuthorityPem(&caProblem);
    if (!caProblem.isEmpty())
        result << caProblem;
    return result;
}

bool TenantDetailsPage::isComplete() const
{
    return problems().isEmpty();
}

void TenantDetailsPage::onTenantEdited()
{
    if (m_authorityFollowsTenant)
        m_ui->authorityEdit->setText(defaultAuthority(m_ui->tenantEdit->text()).toString());
}

void TenantDetailsPage::browseCertificateAuthority()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the certificate authority"), m_ui->caEdit->text(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caEdit->setText(file);
}

void TenantDetailsPage::updateProblems()
{
    const QStringList list = problems();
    QStringList lines;
    for (const QString &problem : list)
        lines << QStringLiteral("• ") + problem;
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!list.isEmpty());
    emit completeChanged();
}

void TenantDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateProblems();
    }
    QWizardPage::changeEvent(event);
}

void TenantDetailsPage::retranslate()
{
    setTitle(tr("Tenant"));
    setSubTitle(
        tr("Which Microsoft 365 tenant to connect, and the application registered in it for Tenantdesk."));
    m_ui->caEdit->setPlaceholderText(m_base.trustedCertificatePem.isEmpty()
                                         ? tr("None: trust the system's certificate authorities")
                                         : tr("Keep the certificate authority saved in this profile"));
}
