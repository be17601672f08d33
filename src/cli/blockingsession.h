#pragma once

#include "core/error.h"
#include "core/tenantprofile.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class CliConsole;
class TenantSession;

// The command line's one way to wait: the TenantSession (and everything on it) answers asynchronously, and
// a command waits here, in a local event loop, until the signal or callback it needs arrives. Keychain
// failures are printed to standard error as they happen and turn the command's exit code into 1.
class BlockingSession
{
    Q_DECLARE_TR_FUNCTIONS(BlockingSession)
public:
    using DoneCallback = std::function<void(const Error &error)>;

    BlockingSession(const TenantProfile &profile, CliConsole &console);
    ~BlockingSession();

    TenantSession &session() { return *m_session; }

    // Waits until the saved sign-in was read from the keychain; false (the reason printed) when it could
    // not be.
    bool waitForSignInState();
    // Runs the sign-in `start` begins until it ends, printing the browser's address or the device code.
    Error signIn(const std::function<void(TenantSession &session)> &start);
    Error signOut();
    Error exportMsalCache(const QString &path);
    Error importMsalCache(const QString &path);

    // Calls `start` with a callback and waits until that callback has run (not at all if it already has).
    static Error wait(const std::function<void(DoneCallback done)> &start);

    // Prints the error to standard error, unless the same was printed just now (a keychain failure is
    // reported both as such and by the operation it broke).
    void printError(const Error &error);
    bool keychainFailed() const { return m_keychainFailed; }
    // The exit code of a command that would end with `code`: 1 instead of 0 after a keychain failure.
    int exitCode(int code) const { return code == 0 && m_keychainFailed ? 1 : code; }

private:
    CliConsole &m_console;
    std::unique_ptr<TenantSession> m_session;
    bool m_keychainFailed = false;
    QStringList m_printed;
};
