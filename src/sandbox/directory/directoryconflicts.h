#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QString>

class Tenant;

// Values that must be unique across the directory (a userPrincipalName; an SMTP address, whether a
// user's or a group's mail, UPN or proxy address), and Graph's answer when a write would break that:
// 400 Request_BadRequest "Another object with the same value for property X already exists." with an
// ObjectConflict detail.
class DirectoryConflicts
{
public:
    explicit DirectoryConflicts(const Tenant &tenant);

    // True if an alive user other than `exceptId` has this userPrincipalName.
    bool userPrincipalNameTaken(const QString &upn, const QString &exceptId = QString()) const;
    // True if an alive user or group other than `exceptId` receives mail at `address`.
    bool addressTaken(const QString &address, const QString &exceptId = QString()) const;

    static SandboxResponse reply(const SandboxRequest &request, const QString &property);

private:
    const Tenant &m_tenant;
};
