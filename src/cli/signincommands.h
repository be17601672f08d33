#pragma once

#include "core/tenantprofile.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

class BlockingSession;
class TenantSession;
class CliConsole;
class ProfileStore;

// `login`, `logout`, `whoami` and `auth export-msal-cache|import-msal-cache` for one profile.
class SignInCommands
{
    Q_DECLARE_TR_FUNCTIONS(SignInCommands)
public:
    SignInCommands(const TenantProfile &profile, ProfileStore &profiles, CliConsole &console);
    ~SignInCommands();

    static QString loginDescription();
    static QString logoutDescription();
    static QString whoamiDescription();
    static QString authDescription();
    // What `COMMAND --help` prints.
    static QString loginHelp();
    static QString logoutHelp();
    static QString whoamiHelp();
    static QString authHelp();

    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int whoami(const QStringList &arguments);
    int auth(const QStringList &arguments);

private:
    struct LoginOptions
    {
        QCommandLineOption deviceCode, browser, secretEnv, certificate;
        QList<QCommandLineOption> all() const { return {deviceCode, browser, secretEnv, certificate}; }
    };
    static LoginOptions loginOptions();
    static QString authUsage();
    int signIn(const std::function<void(TenantSession &session)> &start);
    BlockingSession &session();

    TenantProfile m_profile;
    std::unique_ptr<BlockingSession> m_session;
    ProfileStore &m_profiles;
    CliConsole &m_console;
};
