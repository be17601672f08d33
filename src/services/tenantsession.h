#pragma once

#include "core/error.h"
#include "core/tenantprofile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class ApiClient;
class ExchangeClient;
class GraphClient;
class QNetworkAccessManager;
class TokenBroker;

// One open tenant: its profile, the network manager that trusts only what the profile allows, the sign-in
// (tokens in the OS keychain) and the Graph and Exchange clients on one request pipeline. The console and
// the command line both work through this class, so they sign in and call the tenant the same way.
class TenantSession : public QObject
{
    Q_OBJECT
public:
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

    // True when the keychain holds a sign-in for this profile (no network call).
    bool hasSavedSignIn() const;
    // The signed-in user (UPN) or the application id; empty when not signed in.
    QString account() const;
    // Removes every secret of this profile from the keychain and memory. False (with *error) on failure.
    bool signOut(Error *error);
    // Removes every keychain secret of the named profile without opening a session (profile removal).
    static bool forgetSecrets(const QString &profileName);
    // What `whoami` shows: account, tenant id, kind (user or application), the resources with a cached
    // access token and when each expires. Never a token.
    QJsonObject signInSummary() const;

    // MSAL's JSON token-cache form, for interoperability with MSAL-based tools. The file is created with
    // mode 0600 (it holds refresh tokens).
    bool exportMsalCache(const QString &path, Error *error) const;
    bool importMsalCache(const QString &path, Error *error);

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

private:
    struct Parts;
    TenantProfile m_profile;
    std::unique_ptr<Parts> m_parts;
};
