#pragma once

#include "sandboxclient.h"

#include "cache/snapshotdatabase.h"
#include "core/error.h"
#include "core/tenantprofile.h"
#include "services/tenantsession.h"

#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Test helper for suites that use a TenantSession against the in-process sandbox (they link
// tenantdesk_services): start the sandbox and sign in with its confidential client secret, sign out again.
namespace SandboxSignIn {

// Starts an in-process sandbox with `options`, makes a profile `profileName` from its start-up info and a
// session signed in with the confidential client's secret. Empty on success, else what went wrong.
inline QString start(const SandboxOptions &options, const QString &profileName,
                     std::unique_ptr<SandboxClient> *client, TenantProfile *profile,
                     std::unique_ptr<TenantSession> *session)
{
    *client = std::make_unique<SandboxClient>(options);
    if (!(*client)->isRunning())
        return (*client)->startError();
    QString error;
    *profile = TenantProfile::fromSandboxInfo(profileName, (*client)->sandbox().info(), &error);
    if (!error.isEmpty())
        return error;
    *session = std::make_unique<TenantSession>(*profile);
    QSignalSpy signedIn(session->get(), &TenantSession::signedIn);
    QSignalSpy failed(session->get(), &TenantSession::signInFailed);
    (*session)->signInWithClientSecret(
        (*client)->sandbox().info().value(QLatin1String("confidentialClientSecret")).toString());
    if (!QTest::qWaitFor([&] { return signedIn.size() + failed.size() > 0; }, 30000))
        return QStringLiteral("no answer to the sign-in within 30 s");
    return failed.isEmpty() ? QString() : failed.first().first().value<Error>().fullText();
}

// An empty snapshot database in `dir`; empty on success, else what went wrong.
inline QString openSnapshot(const QTemporaryDir &dir, std::unique_ptr<SnapshotDatabase> *database)
{
    if (!dir.isValid())
        return dir.errorString();
    *database = std::make_unique<SnapshotDatabase>(dir.filePath(QStringLiteral("snapshot.sqlite")));
    const Error opened = (*database)->open();
    return opened ? opened.fullText() : QString();
}

// Signs out and waits until the session says so; false on timeout.
inline bool signOut(TenantSession &session)
{
    QSignalSpy signedOut(&session, &TenantSession::signedOut);
    session.signOut();
    return QTest::qWaitFor([&] { return !signedOut.isEmpty(); }, 5000);
}

} // namespace SandboxSignIn
