#pragma once

#include "core/tenantprofile.h"

#include <QCommandLineOption>
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
    // What `COMMAND --help` prints.
    static QString syncHelp();
    static QString usersHelp();
    static QString snapshotHelp();

    int sync(const QStringList &arguments);
    int users(const QStringList &arguments);
    int snapshot(const QStringList &arguments);

private:
    struct SyncOptions
    {
        QCommandLineOption full, json, parallel;
        QList<QCommandLineOption> all() const { return {full, json, parallel}; }
    };
    struct UsersOptions
    {
        QCommandLineOption filter, school, json, csv;
        QList<QCommandLineOption> all() const { return {filter, school, json, csv}; }
    };
    struct DiffOptions
    {
        QCommandLineOption json, school;
        QList<QCommandLineOption> all() const { return {json, school}; }
    };
    static SyncOptions syncOptions();
    static UsersOptions usersOptions();
    static DiffOptions diffOptions();
    static QString usersUsage();
    static QString snapshotUsage();

    int listGenerations(const QStringList &arguments);
    int diff(const QStringList &arguments);

    TenantProfile m_profile;
    CliConsole &m_console;
};
