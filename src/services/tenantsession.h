#pragma once

#include "core/error.h"
#include "core/tenantprofile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class ApiClient;
class ExchangeClient;
class GraphClient;
class QNetworkAccessManager;
class TokenBroker;

// One open tenant: its profile, the network manager that trusts only what the profile allows, the sign-in
// (tokens in the OS keychain) and the Graph and Exchange clients on one request pipeline. The console and
// the command line both work through this class, so they sign in and call the tenant the same way.
//
// Nothing here waits: the saved sign-in is read from the keychain in the background once the session is
// made, and signInStateChanged() announces it (and every later change: sign-in, sign-out, import). A
// keychain that cannot be read or written is reported through keychainFailed(), never passed over.
class TenantSession : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const Error &error)>;

    explicit TenantSession(const TenantProfile &profile, QObject *parent = nullptr);
    ~TenantSession() override;

    const TenantProfile &profile() const { return m_profile; }

    // Interactive sign-in with the profile's method (or the one given): browser or device code.
    // Progress arrives as browserSignInStarted / deviceCodeReady, the outcome as signedIn / signInFailed.
    void signIn(TenantProfile::SignInMethod method);
    // Unattended sign-in as the application: the secret is kept in the keychain for silent renewal.
    void signInWithClientSecret(const QString &secret);
    // Unattended sign-in with the certificate and key in the PEM file (kept as a path in the profile).
    void signInWithCertificate(const QString &pemPath);
    void cancelSignIn();
    bool isSigningIn() const;

    // Whether the saved sign-in has been read from the keychain yet (it stays unknown when the keychain
    // could not be read; keychainFailed() said why).
    bool isSignInStateKnown() const { return m_stateKnown; }
    // True when the keychain holds a sign-in for this profile; false while that is not known yet.
    bool hasSavedSignIn() const { return m_hasSignIn; }
    // The signed-in user (UPN) or the application id; empty when not signed in or not known yet.
    QString account() const { return m_account; }
    // What to call the signed-in account: the user's UPN, or for an application signed in as itself the
    // display name its service principal has in the tenant, read once signed in (accountNameChanged());
    // the application id until then, and when the tenant does not say.
    QString accountName() const { return m_accountName.isEmpty() ? m_account : m_accountName; }
    // Removes every secret of this profile from the keychain and memory; signedOut() follows.
    void signOut();
    // Removes every keychain secret of the named profile without opening a session (profile removal).
    // `done` runs once, with no error when the secrets are gone.
    static void forgetSecrets(const QString &profileName, DoneCallback done);
    // What `whoami` shows: account, tenant id, kind (user or application). Never a token. From the known
    // sign-in state (not signed in while it is unknown).
    QJsonObject signInSummary() const;

    // MSAL's JSON token-cache form, for interoperability with MSAL-based tools. The file is created with
    // mode 0600 (it holds refresh tokens). `done` runs once, with no error when the file was written.
    void exportMsalCache(const QString &path, DoneCallback done);
    // Replaces the sign-in with the file's; `done` runs once the keychain holds it (or could not store it).
    void importMsalCache(const QString &path, DoneCallback done);

    QNetworkAccessManager *network() const;
    TokenBroker *tokens() const;
    ApiClient *api() const;
    GraphClient *graph() const;
    ExchangeClient *exchange() const;

signals:
    // Open this URL in the system browser; the sign-in finishes when the browser returns to Tenantdesk.
    void browserSignInStarted(const QUrl &url);
    // Show this code and address; the user signs in on any device.
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds);
    void signedIn(const QString &account);
    void signInFailed(const Error &error);
    // The sign-in state became known, or changed (isSignInStateKnown, hasSavedSignIn, account).
    void signInStateChanged();
    // The application's display name was read from the tenant, or could not be (accountName()).
    void accountNameChanged();
    // The end of signOut(): no error when every secret was removed from the keychain.
    void signedOut(const Error &error);
    // The keychain could not be read or written (e.g. a sign-in that worked could not be saved); the
    // error's message says which and what to do.
    void keychainFailed(const Error &error);

private:
    struct Parts;
    void loadSignInState();
    void updateSignInState();
    void onStorageFailed(const Error &error);
    void readApplicationName();

    TenantProfile m_profile;
    std::unique_ptr<Parts> m_parts;
    bool m_signingIn = false;
    bool m_stateKnown = false;
    bool m_hasSignIn = false;
    QString m_account;
    QString m_accountName; // the application's display name; empty when unknown or a user
};
