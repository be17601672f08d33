#pragma once

#include "core/tenantprofile.h"

#include <QCoreApplication>
#include <QStringList>

class CliConsole;

// `sync`, `users list` and `snapshot list|diff` for one profile's local snapshot.
class SnapshotCommands
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommands)
public:
    SnapshotCommands(const TenantProfile &profile, CliConsole &console);

    static QString syncDescription();
    static QString usersDescription();
    static QString snapshotDescription();

    int sync(const QStringList &arguments);
    int users(const QStringList &arguments);
    int snapshot(const QStringList &arguments);

private:
    int listGenerations(const QStringList &arguments);
    int diff(const QStringList &arguments);

    TenantProfile m_profile;
    CliConsole &m_console;
};
