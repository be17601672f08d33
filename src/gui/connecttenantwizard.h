#pragma once

#include "core/error.h"
#include "core/tenantprofile.h"

#include <QWizard>

#include <memory>

class ProfileStore;
class SignInMethodPage;
class SigningInPage;
class TenantDetailsPage;
class TenantSession;

// "Connect a Microsoft 365 tenant": the tenant and its application, the sign-in method, then the sign-in
// itself on a TenantSession. On success the profile (with its account) is saved to the ProfileStore, made
// current, and the wizard accepts; takeSession() then hands over the signed-in session.
class ConnectTenantWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        TenantPageId,
        MethodPageId,
        SigningInPageId
    };

    explicit ConnectTenantWizard(ProfileStore &store, QWidget *parent = nullptr);
    ~ConnectTenantWizard() override;

    // Fills the pages from a profile. With `editing`, its own name is not flagged as a duplicate.
    void setProfile(const TenantProfile &profile, bool editing);
    // The profile as the pages describe it now.
    TenantProfile profile() const;
    // The signed-in session, after the wizard accepted; null before.
    std::unique_ptr<TenantSession> takeSession();

    TenantDetailsPage *tenantPage() const { return m_tenantPage; }
    SignInMethodPage *methodPage() const { return m_methodPage; }
    SigningInPage *signingInPage() const { return m_signingInPage; }

signals:
    // The session's keychain could not be read or written (e.g. a sign-in that worked was not saved).
    void keychainFailed(const Error &error);

public slots:
    void reject() override;

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent *event) override;

private:
    void startSignIn();
    void onSignedIn(const QString &account);
    void retranslate();

    ProfileStore &m_store;
    TenantDetailsPage *m_tenantPage;
    SignInMethodPage *m_methodPage;
    SigningInPage *m_signingInPage;
    std::unique_ptr<TenantSession> m_session;
    bool m_accepted = false;
};
