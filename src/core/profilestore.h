#pragma once

#include "core/tenantprofile.h"

#include <QSettings>
#include <QString>
#include <QStringList>

// The tenant profiles on this machine, kept in the user's settings (non-secret fields only), plus which
// one is current. Several profiles live side by side: an IT centre serves several tenants.
// The settings file is the user's alone: it is written with mode 0600 in a folder of mode 0700.
class ProfileStore
{
public:
    ProfileStore(); // <user config>/Tenantdesk/profiles.ini, shared by the console and the command line
    explicit ProfileStore(const QString &iniPath); // for tests and tools

    QStringList names() const; // sorted
    bool contains(const QString &name) const;
    TenantProfile profile(const QString &name) const; // empty name when missing
    // Adds or replaces the profile of the same name. Returns false (and *error, translated) when invalid.
    bool save(const TenantProfile &profile, QString *error);
    bool remove(const QString &name);

    QString currentName() const; // "" when none
    void setCurrentName(const QString &name);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

    // The name of the profile made automatically for the embedded sandbox.
    static QString embeddedSandboxName() { return QStringLiteral("sandbox"); }

private:
    static QString groupFor(const QString &name);
    // Before and after each write: the folder 0700 (made if missing), the file 0600 (made empty if missing,
    // so that QSettings' atomic save, which keeps the mode of the file it replaces, never makes it wider).
    void keepPrivate();
    bool m_ownsFolder =
        false; // the default location's folder is Tenantdesk's own; a chosen one only when made
    mutable QSettings m_settings;
};
