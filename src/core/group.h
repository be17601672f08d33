#pragma once

#include "core/directoryrecord.h"

#include <QString>
#include <QStringList>

// A group in the tenant: a Microsoft 365 group, a security group, a distribution list or a mail-enabled
// security group. Which one it is follows from three properties (see kindOf()).
struct Group
{
    enum class Kind
    {
        Microsoft365,        // groupTypes contains "Unified"
        Security,            // security-enabled, not mail-enabled
        Distribution,        // mail-enabled, not security-enabled: a distribution list
        MailEnabledSecurity, // both
        Other                // neither (not creatable today; seen in old tenants)
    };

    QString id;
    QString displayName;
    QString description;
    QString mail;
    QString mailNickname;
    bool mailEnabled = false;
    bool securityEnabled = false;
    QStringList groupTypes;
    QString visibility; // "Public", "Private", "HiddenMembership" (Microsoft 365 groups)
    bool deleted = false;

    Kind kind() const { return kindOf(groupTypes, mailEnabled, securityEnabled); }
    // Membership follows a rule ("DynamicMembership") rather than being edited.
    bool isDynamic() const;

    static Kind kindOf(const QStringList &groupTypes, bool mailEnabled, bool securityEnabled);
    // Stable identifiers ("microsoft365", "security", "distribution", "mailEnabledSecurity", "other").
    static QString kindId(Kind kind);

    static Group fromRecord(const DirectoryRecord &record);
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
