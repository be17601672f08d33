#pragma once

#include "core/error.h"
#include "core/tenantprofile.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SigningInPage;
}
class TenantSession;

// "Connect a tenant", page 3: runs the sign-in on a TenantSession and shows its progress: the browser's
// address, or the device code with a countdown, then either success or the error with a hint, the details
// for the service desk and "Try again". Talks to the session only through its sign-in slots and signals.
class SigningInPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Waiting,
        Browser,
        DeviceCode,
        Failed,
        SignedIn
    };

    explicit SigningInPage(QWidget *parent = nullptr);
    ~SigningInPage() override;

    // Starts signing in on `session` (not owned; it must outlive the sign-in or be detached first).
    // `secret` is handed to the session for client-secret sign-in and not kept.
    void start(TenantSession *session, TenantProfile::SignInMethod method, const QString &secret);
    // Cancels a running sign-in; the page then shows it as cancelled.
    void cancel();
    // Stops listening to the session (before it is deleted).
    void detach();
    bool isSigningIn() const;

    void showFailure(const Error &error);
    State state() const { return m_state; }
    QString userCode() const { return m_userCode; }

    bool isComplete() const override;
    void cleanupPage() override;

signals:
    void signedIn(const QString &account);
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onBrowserSignInStarted(const QUrl &url);
    void onDeviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds);
    void onSignedIn(const QString &account);
    void setState(State state);
    void updateCountdown();
    void retranslate();

    std::unique_ptr<Ui::SigningInPage> m_ui;
    QPointer<TenantSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    State m_state = State::Idle;
    QUrl m_browserUrl;
    QString m_userCode;
    QUrl m_verificationUri;
    QDateTime m_codeExpires;
    QTimer m_countdown;
    Error m_error;
    QString m_account;
};
