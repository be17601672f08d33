#include "gui/connecttenantwizard.h"

#include "core/profilestore.h"
#include "gui/signinginpage.h"
#include "gui/signinmethodpage.h"
#include "gui/tenantdetailspage.h"
#include "services/tenantsession.h"

#include <QEvent>

ConnectTenantWizard::ConnectTenantWizard(ProfileStore &store, QWidget *parent)
    : QWizard(parent), m_store(store), m_tenantPage(new TenantDetailsPage(store, this)),
      m_methodPage(new SignInMethodPage(this)), m_signingInPage(new SigningInPage(this))
{
    setObjectName(QStringLiteral("connectTenantWizard"));
    setMinimumSize(640, 640);
    setPage(TenantPageId, m_tenantPage);
    setPage(MethodPageId, m_methodPage);
    setPage(SigningInPageId, m_signingInPage);
    connect(m_signingInPage, &SigningInPage::signedIn, this, &ConnectTenantWizard::onSignedIn);
    connect(m_signingInPage, &SigningInPage::retryRequested, this, &ConnectTenantWizard::startSignIn);
    retranslate();
}

ConnectTenantWizard::~ConnectTenantWizard()
{
    m_signingInPage->cancel();
    m_signingInPage->detach();
}

void ConnectTenantWizard::setProfile(const TenantProfile &profile, bool editing)
{
    m_tenantPage->setProfile(profile, editing);
    m_methodPage->setProfile(profile);
}

TenantProfile ConnectTenantWizard::profile() const
{
    TenantProfile p = m_tenantPage->profile();
    m_methodPage->applyTo(p);
    return p;
}

std::unique_ptr<TenantSession> ConnectTenantWizard::takeSession()
{
    if (!m_accepted)
        return nullptr;
    m_signingInPage->detach();
    return std::move(m_session);
}

void ConnectTenantWizard::initializePage(int id)
{
    if (id == MethodPageId)
        m_methodPage->setPublicClientId(m_tenantPage->profile().clientId);
    QWizard::initializePage(id);
    if (id == SigningInPageId)
        startSignIn();
}

void ConnectTenantWizard::startSignIn()
{
    const TenantProfile wanted = profile();
    if (!m_session || m_session->profile() != wanted) {
        m_signingInPage->cancel();
        m_signingInPage->detach();
        m_session = std::make_unique<TenantSession>(wanted);
        connect(m_session.get(), &TenantSession::keychainFailed, this, &ConnectTenantWizard::keychainFailed);
    }
    m_signingInPage->start(m_session.get(), wanted.signInMethod, m_methodPage->secret());
}

void ConnectTenantWizard::onSignedIn(const QString &account)
{
    TenantProfile saved = profile();
    saved.account = account;
    QString problem;
    if (!m_store.save(saved, &problem)) {
        m_signingInPage->showFailure(
            Error(Error::Kind::Storage, m_store.fileName(), problem)
                .setMessage(tr("Signed in, but the profile could not be saved: %1").arg(problem)));
        return;
    }
    m_store.setCurrentName(saved.name);
    m_store.sync();
    m_methodPage->clearSecret();
    m_accepted = true;
    accept();
}

void ConnectTenantWizard::reject()
{
    m_signingInPage->cancel();
    QWizard::reject();
}

void ConnectTenantWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ConnectTenantWizard::retranslate()
{
    setWindowTitle(tr("Connect a Microsoft 365 tenant"));
}
