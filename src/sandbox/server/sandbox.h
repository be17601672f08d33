#pragma once

#include "sandbox/common/sandboxcertificate.h"
#include "sandbox/common/sandboxoptions.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/identity/tokenissuer.h"

#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

class IdentityEndpoints;
class SandboxServer;
class QThread;

// A complete sandbox tenant: seeded (or loaded) data, a TLS certificate, the token issuer and the HTTPS
// server with every endpoint family. Usable in-process (the console's embedded tenant, tests) or from
// tenantdesk-sandbox.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Seeds or loads the tenant, makes the certificate and starts serving. False with `error` on failure.
    bool start(QString *error);

    // The start-up line's object: authority, graph, exchange, oneroster, tenantId, domain, caCertificate (the
    // PEM file's path), caCertificatePem (its text), publicClientId, confidentialClientId,
    // confidentialClientSecret, users.
    QJsonObject info() const;

    QString baseUrl() const;
    QByteArray caCertificatePem() const { return m_certificate.certificatePem(); }
    Tenant &tenant() { return m_tenant; }
    SandboxServer &server() { return *m_server; }
    const TokenIssuer &tokens() const { return m_tokens; }
    // The identity platform, whose lifetimes tests may shorten. Valid once started.
    IdentityEndpoints &identity() { return *m_identity; }

    // Writes the tenant and its sign-ins to the --state file now, on the calling thread, after any save in
    // flight has finished. Shortly after every change a save also runs on a worker thread (on a copy of
    // the tenant taken here, so requests are answered meanwhile), and on exit the last change is saved.
    bool saveState(QString *error);
    // Whether a save is running on the worker thread right now.
    bool isSavingInBackground() const { return m_saver != nullptr; }

private:
    void registerFamilies();
    // The identity platform's part of the state file: its sign-ins and the token signing key.
    QJsonObject identityState() const;
    bool restoreIdentity(const QJsonObject &identity, QString *error);
    bool stateChanged() const;
    // Starts a save of the tenant as it is now on a worker thread (unless one is running).
    void saveInBackground();
    // Waits for the save in flight, if any, and takes its outcome.
    void finishBackgroundSave();
    struct BackgroundSave;

    SandboxOptions m_options;
    Tenant m_tenant;
    TokenIssuer m_tokens;
    SandboxCertificate m_certificate;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    IdentityEndpoints *m_identity = nullptr; // owned by m_server
    QTimer m_saveTimer;
    QThread *m_saver = nullptr; // the save in flight
    std::shared_ptr<BackgroundSave> m_pendingSave;
    quint64 m_savedSequence = 0;
    QJsonObject m_savedIdentity;
};
