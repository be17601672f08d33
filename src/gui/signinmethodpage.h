#pragma once

#include "core/tenantprofile.h"

#include <QStringList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SignInMethodPage;
}

// "Connect a tenant", page 2: how Tenantdesk signs in. The interactive methods need nothing more; the
// application methods ask for a client secret (never stored here, only handed to the sign-in) or for a
// PEM file with the certificate and its private key.
class SignInMethodPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SignInMethodPage(QWidget *parent = nullptr);
    ~SignInMethodPage() override;

    // Selects the profile's method and fills its application id and certificate path.
    void setProfile(const TenantProfile &profile);
    // The first page's application id, used when the application id field is left empty.
    void setPublicClientId(const QString &clientId);
    // Copies the chosen method, application id and certificate path into `profile`.
    void applyTo(TenantProfile &profile) const;

    TenantProfile::SignInMethod method() const;
    void setMethod(TenantProfile::SignInMethod method);
    QString secret() const;
    void clearSecret();
    // Translated problems with the chosen method's credentials; empty when Next is allowed.
    QStringList problems() const;

    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void browseCertificate();
    void updateFields();
    void retranslate();

    std::unique_ptr<Ui::SignInMethodPage> m_ui;
    QString m_defaultAppClientId;
};
