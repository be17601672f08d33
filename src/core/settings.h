#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

// Every persisted preference is declared once here: its key, its default and its scope (all of these
// are per user). Secrets never go here; they belong in the OS keychain.
class Settings
{
public:
    // <user config>/Tenantdesk/tenantdesk.conf, the same file for the console and the command line (so a
    // language or a snapshot setting chosen in one holds in the other), whatever the program's name.
    Settings();
    // For tests and tools: a settings file at an explicit path.
    explicit Settings(const QString &iniPath);

    // "" = follow the system language; otherwise a code from Localization::supportedLanguages().
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);

    // The navigation location last shown, e.g. "school:<id>/users"; "" before the first run.
    QString lastLocation() const;
    void setLastLocation(const QString &location);

    // How many complete snapshot generations to keep for diffs (older ones are merged away after a sync).
    int snapshotGenerationsKept() const;
    void setSnapshotGenerationsKept(int generations);

    // True once the user has chosen a tenant on the first-run screen.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

    // The display name an application signed in app-only (by its client id) was last read with, so that it is
    // named while the tenant cannot be asked (offline); "" when never read. Setting "" forgets it.
    QString applicationName(const QString &appId) const;
    void setApplicationName(const QString &appId, const QString &displayName);

    void sync() { m_settings.sync(); }

private:
    struct Key
    {
        const char *name;
        QVariant defaultValue;
    };
    QVariant value(const Key &key) const;
    void setValue(const Key &key, const QVariant &value);

    static const Key kLanguage;
    static const Key kGeometry;
    static const Key kWindowState;
    static const Key kLastLocation;
    static const Key kFirstRunDone;
    static const Key kGenerationsKept;

    QSettings m_settings;
};
