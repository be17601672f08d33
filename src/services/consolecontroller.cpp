#include "services/consolecontroller.h"

#include "core/profilestore.h"
#include "services/logging.h"
#include "services/snapshotservice.h"
#include "services/tenantsession.h"

#include <QJsonObject>
#include <QPointer>

ConsoleController::ConsoleController(ProfileStore &profiles, SnapshotService &snapshot, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_snapshot(snapshot),
      m_sandboxProfile(ProfileStore::embeddedSandboxName())
{
    connect(&m_sandbox, &SandboxProcess::started, this, &ConsoleController::onSandboxStarted);
    connect(&m_sandbox, &SandboxProcess::failed, this, &ConsoleController::sandboxFailed);
    connect(&m_sandbox, &SandboxProcess::exitedUnexpectedly, this, &ConsoleController::sandboxFailed);
}

ConsoleController::~ConsoleController()
{
    m_snapshot.close(); // no refresh may outlive the session it reads with
}

QString ConsoleController::account() const
{
    return m_session ? m_session->account() : QString();
}

QString ConsoleController::accountName() const
{
    return m_session ? m_session->accountName() : QString();
}

QStringList ConsoleController::profileNames() const
{
    return m_profiles.names();
}

QString ConsoleController::currentProfileName() const
{
    return m_profiles.currentName();
}

void ConsoleController::openSandbox()
{
    if (m_sandbox.isRunning()) {
        showSandbox();
        return;
    }
    m_sandbox.start(); // onSandboxStarted() or sandboxFailed() follows
}

void ConsoleController::onSandboxStarted(const QJsonObject &info)
{
    // A new sandbox has a new port, certificate and keys: its profile is rewritten at every start, keeping
    // only the account shown.
    QString error;
    TenantProfile profile = TenantProfile::fromSandboxInfo(m_sandboxProfile, info, &error);
    if (!profile.name.isEmpty()) {
        const TenantProfile previous = m_profiles.profile(profile.name);
        if (!previous.name.isEmpty())
            profile.account = previous.account;
        profile.signInMethod = TenantProfile::SignInMethod::ClientSecret; // see showSandbox()
    }
    if (profile.name.isEmpty() || !m_profiles.save(profile, &error))
        emit profileSaveFailed(error);
    // The old session holds the previous sandbox's keys and trust: never reuse it.
    if (m_session && m_session->profile().name == m_sandboxProfile)
        replaceSession(nullptr);
    m_sandboxNeedsSignIn = true;
    showSandbox();
}

void ConsoleController::showSandbox()
{
    const TenantProfile profile = m_profiles.profile(m_sandboxProfile);
    const QString domain = m_sandbox.info().value(QStringLiteral("domain")).toString();
    if (!profile.name.isEmpty())
        useProfile(profile);
    showSession(domain);
    emit workspaceReady();
    // Earlier tokens are void with a new sandbox; sign in with the secret it handed out (kept in the
    // keychain like any client secret). A trainee can still connect as a user through the wizard.
    if (!m_session || m_session->profile().name != m_sandboxProfile || m_session->isSigningIn())
        return;
    if (!m_sandboxNeedsSignIn && m_session->hasSavedSignIn())
        return; // signed in to this run of the sandbox already
    TenantSession *current = m_session.get();
    connect(
        current, &TenantSession::signedIn, this,
        [this, current, domain] {
            if (m_session.get() != current)
                return;
            m_sandboxNeedsSignIn = false;
            showSession(domain);
        },
        Qt::SingleShotConnection);
    current->signInWithClientSecret(
        m_sandbox.info().value(QStringLiteral("confidentialClientSecret")).toString());
}

bool ConsoleController::openProfile(const QString &name, bool offerSignIn)
{
    if (name == m_sandboxProfile) {
        openSandbox();
        return true;
    }
    const TenantProfile profile = m_profiles.profile(name);
    if (profile.name.isEmpty())
        return false;
    useProfile(profile);
    showSession(profile.name);
    emit workspaceReady();
    if (!offerSignIn)
        return true;
    TenantSession *current = m_session.get();
    const auto offer = [this, current, profile] {
        if (m_session.get() == current && !current->hasSavedSignIn())
            emit signInOffered(profile);
    };
    if (current->isSignInStateKnown())
        offer();
    else
        connect(current, &TenantSession::signInStateChanged, this, offer, Qt::SingleShotConnection);
    return true;
}

void ConsoleController::adoptSession(std::unique_ptr<TenantSession> session)
{
    if (!session)
        return;
    const QString name = session->profile().name;
    replaceSession(std::move(session));
    m_profiles.setCurrentName(name);
    showSession(name);
    emit workspaceReady();
}

void ConsoleController::signOut(bool deleteSnapshot)
{
    if (!m_session)
        return;
    TenantSession *current = m_session.get();
    if (deleteSnapshot) {
        connect(
            current, &TenantSession::signedOut, this,
            [this, current](const Error &error) {
                if (error || m_session.get() != current)
                    return; // a sign-in that was kept keeps its snapshot too
                if (const Error deleteError = m_snapshot.deleteSnapshot())
                    emit snapshotDeleteFailed(deleteError);
            },
            Qt::SingleShotConnection);
    }
    current->signOut(); // signedOut() follows; the snapshot goes offline with the sign-in state
}

void ConsoleController::removeProfile(const QString &name, DoneCallback done)
{
    if (m_session && m_session->profile().name == name) {
        replaceSession(nullptr);
        showSession(QString());
    }
    QPointer<ConsoleController> self(this);
    TenantSession::forgetSecrets(name, [self, name, done](const Error &forgetError) {
        Error error = forgetError;
        if (!error)
            error = SnapshotService::remove(name);
        if (!error && self) {
            self->m_profiles.remove(name);
            emit self->profilesChanged();
        }
        done(error);
    });
}

void ConsoleController::useProfile(const TenantProfile &profile)
{
    if (!m_session || m_session->profile() != profile)
        replaceSession(std::make_unique<TenantSession>(profile));
    m_profiles.setCurrentName(profile.name);
}

void ConsoleController::replaceSession(std::unique_ptr<TenantSession> next)
{
    m_snapshot.close(); // no refresh may outlive the session it reads with
    m_session = std::move(next);
    TenantSession *current = m_session.get();
    if (!current)
        return;
    // The saved sign-in is read in the background: the account shown follows it, and so do keychain
    // problems and the end of a sign-out.
    connect(current, &TenantSession::signInStateChanged, this, &ConsoleController::tenantChanged);
    connect(current, &TenantSession::accountNameChanged, this, &ConsoleController::tenantChanged);
    connect(current, &TenantSession::keychainFailed, this, &ConsoleController::keychainFailed);
    connect(current, &TenantSession::signedOut, this, [this](const Error &error) {
        if (error)
            emit signOutFailed(error);
        emit tenantChanged();
    });
}

void ConsoleController::showSession(const QString &tenantName)
{
    if (m_session)
        m_snapshot.open(SnapshotService::pathFor(m_session->profile().name), m_session.get());
    else
        m_snapshot.close();
    m_tenantName = tenantName;
    emit tenantChanged();
    emit profilesChanged();
}
