#pragma once

#include "core/tenantprofile.h"

#include <QStringList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class TenantDetailsPage;
}
class ProfileStore;

// "Connect a tenant", page 1: the profile's name, the tenant, the application id and (under Advanced) the
// cloud's URLs and an extra trusted certificate authority. Next stays disabled while the profile has
// problems; they are listed in plain language under the fields.
class TenantDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TenantDetailsPage(const ProfileStore &store, QWidget *parent = nullptr);
    ~TenantDetailsPage() override;

    // Fills the fields from an existing profile. With `editing`, the profile's own name is not a duplicate.
    void setProfile(const TenantProfile &profile, bool editing);
    // The profile described by the fields (the sign-in method and account come from the loaded profile).
    TenantProfile profile() const;
    // Translated problems shown under the fields; empty when Next is allowed.
    QStringList problems() const;

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTenantEdited();
    void browseCertificateAuthority();
    void updateProblems();
    void retranslate();
    QString certificateAuthorityPem(QString *problem) const;

    std::unique_ptr<Ui::TenantDetailsPage> m_ui;
    const ProfileStore &m_store;
    TenantProfile m_base; // the loaded profile: defaults for what the page does not show
    QString m_editedName; // the name being edited; empty for a new profile
    bool m_authorityFollowsTenant = true;
};
