#pragma once

#include "core/error.h"
#include "core/tenantprofile.h"
#include "services/sandboxprocess.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class ProfileStore;
class SnapshotService;
class TenantSession;

// What the console does with tenants, apart from any window: which profile is open and its session, opening
// a saved profile, taking over the session the connect wizard signed in, signing out, and the embedded
// training tenant (started as the `tenantdesk-sandbox` process, kept in its own profile and signed in to
// with the client secret it hands out, the way an unattended job signs in to any tenant). The window asks
// for these through its signals and shows what the signals here announce; tests drive it directly.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    // `profiles` and `snapshot` must outlive the controller.
    ConsoleController(ProfileStore &profiles, SnapshotService &snapshot, QObject *parent = nullptr);
    ~ConsoleController() override;

    // The process behind openSandbox() (its program can be pointed elsewhere).
    SandboxProcess &sandbox() { return m_sandbox; }
    // The profile the embedded tenant is kept in (ProfileStore::embeddedSandboxName() unless changed).
    void setSandboxProfileName(const QString &name) { m_sandboxProfile = name; }
    QString sandboxProfileName() const { return m_sandboxProfile; }

    TenantSession *session() const { return m_session.get(); }
    // What the window calls the open tenant: the sandbox's domain, else the profile's name; empty if none.
    QString tenantName() const { return m_tenantName; }
    // The signed-in account of the open session; empty when none or not signed in.
    QString account() const;
    // What the window calls that account (TenantSession::accountName): an application by its display name.
    QString accountName() const;
    QStringList profileNames() const;
    QString currentProfileName() const;

    // Starts the embedded tenant unless it runs, saves its profile, opens it and signs in.
    void openSandbox();
    // Opens a saved profile (the embedded tenant's starts it). False when there is no such profile. With
    // `offerSignIn`, a profile without a saved sign-in is announced by signInOffered() once the keychain has
    // said so (a keychain that cannot be read offers nothing: keychainFailed() says why).
    bool openProfile(const QString &name, bool offerSignIn);
    // Makes a session signed in elsewhere (the connect wizard) the open one.
    void adoptSession(std::unique_ptr<TenantSession> session);
    using DoneCallback = std::function<void(const Error &error)>;
    // Removes a saved profile with everything it left on this computer: its keychain secrets, its local
    // snapshot (the tenant's people) and its settings. Nothing is removed from the settings when the
    // secrets or the snapshot could not be; `done` gets why.
    void removeProfile(const QString &name, DoneCallback done);
    // Forgets the open profile's sign-in; its snapshot stays readable offline unless `deleteSnapshot`, when
    // it is deleted from this computer once the sign-in is gone (SnapshotService::deleteSnapshot). Ends in
    // tenantChanged(), or signOutFailed(); a snapshot that could not be deleted in snapshotDeleteFailed().
    void signOut(bool deleteSnapshot = false);

signals:
    // The profile list or the current profile changed.
    void profilesChanged();
    // The open tenant, its session or its signed-in account changed.
    void tenantChanged();
    // A tenant is open: the window shows its workspace.
    void workspaceReady();
    // The profile opened has no saved sign-in: the window may offer to sign in to it.
    void signInOffered(const TenantProfile &profile);
    void sandboxFailed(const Error &error);
    void signOutFailed(const Error &error);
    // Signed out, but the snapshot asked to go with the sign-in could not be deleted (a refresh writes it).
    void snapshotDeleteFailed(const Error &error);
    // The keychain could not be read or written (the sign-in state stays unknown, or a sign-in was not kept).
    void keychainFailed(const Error &error);
    // Saving a profile failed; `message` is translated.
    void profileSaveFailed(const QString &message);

private:
    void onSandboxStarted(const QJsonObject &info);
    void showSandbox();
    void useProfile(const TenantProfile &profile);
    void replaceSession(std::unique_ptr<TenantSession> next);
    void showSession(const QString &tenantName);

    ProfileStore &m_profiles;
    SnapshotService &m_snapshot;
    SandboxProcess m_sandbox;
    QString m_sandboxProfile;
    std::unique_ptr<TenantSession> m_session;
    QString m_tenantName;
    bool m_sandboxNeedsSignIn = true; // a new run of the sandbox voids earlier tokens
};
