#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class Tenant;

// What POST /users and PATCH /users/{id} accept, checked as Microsoft Entra ID checks it: the required
// properties, a userPrincipalName of allowed ASCII characters in one of the tenant's verified domains and
// not already taken, a password that meets the complexity rules, a two-letter usageLocation.
class UserRules
{
public:
    explicit UserRules(const Tenant &tenant);

    // The user to store for a create request body; false with Graph's answer in `failure`.
    bool create(const SandboxRequest &request, const QJsonObject &body, QJsonObject *user,
                SandboxResponse *failure) const;
    // The changes to merge into user `id` for a PATCH body; false with Graph's answer in `failure`.
    bool update(const SandboxRequest &request, const QString &id, const QJsonObject &body,
                QJsonObject *changes, SandboxResponse *failure) const;

    QStringList verifiedDomains() const;
    static bool isWellFormedUpn(const QString &upn);
    static bool isComplexPassword(const QString &password);
    // Entra ID prefixes a soft-deleted user's userPrincipalName with its object id (without dashes), so the
    // name is free for a new user; restoring takes the prefix off again.
    static QString deletedUserPrincipalName(const QString &id, const QString &upn);
    static QString restoredUserPrincipalName(const QString &id, const QString &upn);

private:
    // Checks the properties present in `body` (shared by create and update).
    bool check(const SandboxRequest &request, const QString &id, const QJsonObject &body,
               SandboxResponse *failure) const;

    const Tenant &m_tenant;
};
