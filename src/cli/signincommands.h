#pragma once

#include "core/tenantprofile.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class CliConsole;
class ProfileStore;
class TenantSession;

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

    int login(const QStringList &arguments);
    int logout(const QStringList &arguments);
    int whoami(const QStringList &arguments);
    int auth(const QStringList &arguments);

private:
    int waitForSignIn();
    TenantSession &session();

    TenantProfile m_profile;
    std::unique_ptr<TenantSession> m_session;
    ProfileStore &m_profiles;
    CliConsole &m_console;
};
