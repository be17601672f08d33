#include "gui/signinginpage.h"

#include "ui_signinginpage.h"

#include "gui/signinhint.h"
#include "services/tenantsession.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>

namespace {
QString linkHtml(const QUrl &url)
{
    const QString text = url.toString().toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%1</a>").arg(text);
}
} // namespace

SigningInPage::SigningInPage(QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SigningInPage>())
{
    m_ui->setupUi(this);
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setPointSizeF(font().pointSizeF() * 2.2);
    code.setBold(true);
    m_ui->codeLabel->setFont(code);
    QFont error = m_ui->errorLabel->font();
    error.setPointSizeF(error.pointSizeF() * 1.25);
    error.setBold(true);
    m_ui->errorLabel->setFont(error);
    QFont details = m_ui->detailsLabel->font();
    details.setPointSizeF(details.pointSizeF() * 0.9);
    m_ui->detailsLabel->setFont(details);

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &SigningInPage::updateCountdown);
    connect(m_ui->copyCodeButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_userCode); });
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, &SigningInPage::retryRequested);
    setState(State::Idle);
}

SigningInPage::~SigningInPage()
{
    detach();
}

void SigningInPage::start(TenantSession *session, TenantProfile::SignInMethod method, const QString &secret)
{
    detach();
    m_session = session;
    m_error = Error();
    m_account.clear();
    m_userCode.clear();
    m_browserUrl.clear();
    setState(State::Waiting);
    m_connections << connect(session, &TenantSession::browserSignInStarted, this,
                             &SigningInPage::onBrowserSignInStarted);
    m_connections << connect(session, &TenantSession::deviceCodeReady, this,
                             &SigningInPage::onDeviceCodeReady);
    m_connections << connect(session, &TenantSession::signedIn, this, &SigningInPage::onSignedIn);
    m_connections << connect(session, &TenantSession::signInFailed, this, &SigningInPage::showFailure);
    switch (method) {
    case TenantProfile::SignInMethod::Browser:
    case TenantProfile::SignInMethod::DeviceCode:
        session->signIn(method);
        break;
    case TenantProfile::SignInMethod::ClientSecret:
        session->signInWithClientSecret(secret);
        break;
    case TenantProfile::SignInMethod::ClientCertificate:
        session->signInWithCertificate(session->profile().certificatePath);
        break;
    }
}

void SigningInPage::cancel()
{
    if (m_session && isSigningIn())
        m_session->cancelSignIn();
}

void SigningInPage::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session.clear();
    m_countdown.stop();
}

bool SigningInPage::isSigningIn() const
{
    return m_state == State::Waiting || m_state == State::Browser || m_state == State::DeviceCode;
}

void SigningInPage::onBrowserSignInStarted(const QUrl &url)
{
    m_browserUrl = url;
    setState(State::Browser);
    QDesktopServices::openUrl(url);
}

void SigningInPage::onDeviceCodeReady(const QString &userCode, const QUrl &verificationUri,
                                      int expiresInSeconds)
{
    m_userCode = userCode;
    m_verificationUri = verificationUri;
    m_codeExpires = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    setState(State::DeviceCode);
    m_countdown.start();
    m_ui->codeLabel->setFocus();
}

void SigningInPage::onSignedIn(const QString &account)
{
    m_account = account;
    setState(State::SignedIn);
    emit signedIn(account);
}

void SigningInPage::showFailure(const Error &error)
{
    m_error = error;
    setState(State::Failed);
    m_ui->tryAgainButton->setFocus();
}

void SigningInPage::setState(State state)
{
    const bool wasComplete = isComplete();
    m_state = state;
    if (state != State::DeviceCode)
        m_countdown.stop();
    QWidget *page = m_ui->waitingPage;
    switch (state) {
    case State::Idle:
    case State::Waiting:
        page = m_ui->waitingPage;
        break;
    case State::Browser:
        page = m_ui->browserPage;
        break;
    case State::DeviceCode:
        page = m_ui->deviceCodePage;
        break;
    case State::Failed:
        page = m_ui->failedPage;
        break;
    case State::SignedIn:
        page = m_ui->donePage;
        break;
    }
    m_ui->stateStack->setCurrentWidget(page);
    retranslate();
    if (wasComplete != isComplete())
        emit completeChanged();
}

void SigningInPage::updateCountdown()
{
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_codeExpires);
    if (seconds <= 0) {
        m_countdown.stop();
        m_ui->countdownLabel->setText(tr("The code has expired. Choose Back and then Next for a new code."));
        return;
    }
    const int minutes = int((seconds + 59) / 60);
    m_ui->countdownLabel->setText(tr("The code expires in %n minute(s).", nullptr, minutes));
}

bool SigningInPage::isComplete() const
{
    return m_state == State::SignedIn;
}

void SigningInPage::cleanupPage()
{
    cancel();
    detach();
    setState(State::Idle);
}

void SigningInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizardPage::changeEvent(event);
}

void SigningInPage::retranslate()
{
    setTitle(tr("Signing in"));
    switch (m_state) {
    case State::Idle:
    case State::Waiting:
    case State::Browser:
    case State::DeviceCode:
        setSubTitle(tr("Sign in with an account of the tenant. Back or Cancel stops the sign-in."));
        break;
    case State::Failed:
        setSubTitle(tr("The sign-in did not succeed."));
        break;
    case State::SignedIn:
        setSubTitle(tr("The sign-in succeeded."));
        break;
    }
    m_ui->browserLinkLabel->setText(linkHtml(m_browserUrl));
    m_ui->codeLabel->setText(m_userCode);
    m_ui->verificationLinkLabel->setText(linkHtml(m_verificationUri));
    m_ui->errorLabel->setText(m_error.message());
    m_ui->hintLabel->setText(SignInHint::forError(m_error));
    m_ui->detailsLabel->setText(m_error.fullText());
    m_ui->doneLabel->setText(tr("Signed in as %1.").arg(m_account));
    if (m_state == State::DeviceCode)
        updateCountdown();
}
