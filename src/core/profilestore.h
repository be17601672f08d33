#pragma once

#include "core/tenantprofile.h"

#include <QSettings>
#include <QString>
#include <QStringList>

// The tenant profiles on this machine, kept in the user's settings (non-secret fields only), plus which
// one is current. Several profiles live side by side: an IT centre serves several tenants.
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
    mutable QSettings m_settings;
};
