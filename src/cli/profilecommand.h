#pragma once

#include "core/error.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class CliConsole;
class ProfileStore;

// `tenantdesk-cli profile add|list|show|remove|use`: the tenant profiles on this machine.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
public:
    // `removeProfile` removes a profile with its keychain entries and its snapshot (the console's use case,
    // ConsoleController::removeProfile); no error: all gone.
    ProfileCommand(ProfileStore &store, CliConsole &console,
                   std::function<Error(const QString &)> removeProfile);

    static QString description();
    // What `profile --help` prints.
    static QString help();
    int run(const QStringList &arguments);

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int remove(const QStringList &arguments);
    int use(const QStringList &arguments);
    static QString usage();
    struct AddOptions
    {
        QCommandLineOption tenant, clientId, appClientId, method, authority, graphUrl, exchangeUrl,
            certificate, trusted, fromSandbox;
        QList<QCommandLineOption> all() const
        {
            return {tenant,   clientId,    appClientId, method,  authority,
                    graphUrl, exchangeUrl, certificate, trusted, fromSandbox};
        }
    };
    static AddOptions addOptions();

    ProfileStore &m_store;
    CliConsole &m_console;
    std::function<Error(const QString &)> m_removeProfile;
};
