#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonObject>
#include <QString>

class Tenant;

// The rules for directory role assignments (tenant.roleAssignments), shared by the unified RBAC endpoint
// (/roleManagement/directory/roleAssignments) and the classic administrative-unit one
// (/directory/administrativeUnits/{id}/scopedRoleMembers), which are two views of the same assignments.
// In the sandbox a directory role's object id equals its template id, so scopedRoleMembership.roleId and
// unifiedRoleAssignment.roleDefinitionId carry the same value.
class DirectoryRoleAssignments
{
public:
    explicit DirectoryRoleAssignments(Tenant &tenant);

    // True if the caller may read / change role assignments (application permission, or a signed-in
    // Global or Privileged Role Administrator).
    static bool mayRead(const Tenant &tenant, const SandboxCaller &caller);
    static bool mayWrite(const Tenant &tenant, const SandboxCaller &caller);

    // Validates and stores a new assignment; on failure returns false with Graph's answer in `failure`.
    bool create(const SandboxRequest &request, const QString &roleDefinitionId, const QString &principalId,
                const QString &directoryScopeId, QJsonObject *assignment, SandboxResponse *failure);
    // Removes the assignment with `id`; false when there is none.
    bool remove(const QString &id);
    const QJsonObject *find(const QString &id) const;

    // The unifiedRoleAssignment as Graph returns it.
    static QJsonObject unifiedView(const QJsonObject &assignment);
    // The scopedRoleMembership view of an administrative-unit-scoped assignment.
    QJsonObject scopedView(const QJsonObject &assignment) const;

    static bool isKnownRole(const QString &roleDefinitionId);
    static bool isScopableToUnit(const QString &roleDefinitionId);

private:
    QString newId(const QString &roleDefinitionId, const QString &principalId) const;

    Tenant &m_tenant;
};
