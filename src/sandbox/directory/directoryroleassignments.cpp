#include "sandbox/directory/directoryroleassignments.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/tenant.h"

#include <QUuid>

namespace {

const QString kUnitScopePrefix = QStringLiteral("/administrativeUnits/");
const QString kPrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");

// Built-in role templates the sandbox knows; the second member says whether it may be scoped to an
// administrative unit (Microsoft's "roles that can be assigned with administrative unit scope").
struct KnownRole
{
    const char *id;
    bool unitScopable;
};
const KnownRole kRoles[] = {
    {"62e90394-69f5-4237-9190-012177145e10", false}, // Global Administrator
    {"fe930be7-5e62-47db-91af-98c3a49a38b1", true},  // User Administrator
    {"729827e3-9c14-49f7-bb1b-9608f156bbb8", true},  // Helpdesk Administrator
    {"966707d0-3269-4727-9be2-8c3a10f19b9d", true},  // Password Administrator
    {"fdd7a751-b60b-444a-984c-02652fe8fa1c", true},  // Groups Administrator
    {"4d6ac14f-3453-41d0-bef9-a3e0c569773a", true},  // License Administrator
    {"c4e39bd9-1100-46d3-8c65-fb160da0071f", true},  // Authentication Administrator
    {"7698a772-787b-4ac8-901f-60d6b08affd2", true},  // Cloud Device Administrator
    {"69091246-20e8-4a56-aa4d-066075b2a7a8", true},  // Teams Administrator
    {"f28a1f50-f6e7-4571-818b-6a12f2af6b6c", true},  // SharePoint Administrator
    {"29232cdf-9323-42fd-ade2-1d097af3e4de", false}, // Exchange Administrator
    {"e8611ab8-c189-46e8-94e1-60213ab1f814", false}, // Privileged Role Administrator
    {"f2ef992c-3afb-46b9-b7cf-a126ee74c451", false}, // Global Reader
    {"88d8e3e3-8f55-4a1e-953a-9b9898b8876b", false}, // Directory Readers
    {"b0f54661-2d74-4c50-afa3-1ec803f12efe", false}, // Billing Administrator
    {"194ae4cb-b126-40b2-bd5b-6091b380977d", false}, // Security Administrator
};

const KnownRole *roleOf(const QString &id)
{
    for (const KnownRole &role : kRoles) {
        if (id.compare(QLatin1String(role.id), Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}

QString guidBytes64(const QString &guid)
{
    return QString::fromLatin1(QUuid::fromString(guid).toRfc4122().toBase64(QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals));
}

} // namespace

DirectoryRoleAssignments::DirectoryRoleAssignments(Tenant &tenant) : m_tenant(tenant)
{}

bool DirectoryRoleAssignments::isKnownRole(const QString &roleDefinitionId)
{
    return roleOf(roleDefinitionId) != nullptr;
}

bool DirectoryRoleAssignments::isScopableToUnit(const QString &roleDefinitionId)
{
    const KnownRole *role = roleOf(roleDefinitionId);
    return role && role->unitScopable;
}

bool DirectoryRoleAssignments::mayRead(const Tenant &tenant, const SandboxCaller &caller)
{
    Q_UNUSED(tenant);
    return caller.hasAny({"RoleManagement.Read.Directory", "RoleManagement.Read.All",
                          "RoleManagement.ReadWrite.Directory", "Directory.Read.All",
                          "Directory.ReadWrite.All"});
}

bool DirectoryRoleAssignments::mayWrite(const Tenant &tenant, const SandboxCaller &caller)
{
    if (!caller.hasAny({"RoleManagement.ReadWrite.Directory"}))
        return false;
    return caller.appOnly() || tenant.isGlobalAdministrator(caller.userId) ||
           tenant.rolesOf(caller.userId).contains(kPrivilegedRoleAdministrator);
}

const QJsonObject *DirectoryRoleAssignments::find(const QString &id) const
{
    for (const QJsonObject &a : m_tenant.roleAssignments) {
        if (a.value(QLatin1String("id")).toString() == id)
            return &a;
    }
    return nullptr;
}

QString DirectoryRoleAssignments::newId(const QString &roleDefinitionId, const QString &principalId) const
{
    // Entra's ids look like base64url(role) + base64url(principal) + "-1"; keep that shape, unique.
    const QString stem = guidBytes64(roleDefinitionId) + guidBytes64(principalId);
    for (int n = 1;; ++n) {
        const QString id = stem + QLatin1Char('-') + QString::number(n);
        if (!find(id))
            return id;
    }
}

bool DirectoryRoleAssignments::create(const SandboxRequest &request, const QString &roleDefinitionId,
                                      const QString &principalId, const QString &directoryScopeId,
                                      QJsonObject *assignment, SandboxResponse *failure)
{
    QString type;
    if (principalId.isEmpty() || !DirectoryLookup(m_tenant).directoryObject(principalId, &type)) {
        *failure = GraphErrorReplies::resourceNotFound(request, principalId);
        return false;
    }
    if (!isKnownRole(roleDefinitionId)) {
        *failure = GraphErrorReplies::resourceNotFound(request, roleDefinitionId);
        return false;
    }
    if (directoryScopeId != QLatin1String("/")) {
        if (!directoryScopeId.startsWith(kUnitScopePrefix)) {
            *failure = GraphErrorReplies::invalidValue(request, QStringLiteral("directoryScopeId"),
                                                       QStringLiteral("UnifiedRoleAssignment"));
            return false;
        }
        const QString unit = directoryScopeId.mid(kUnitScopePrefix.size());
        if (!m_tenant.administrativeUnits.has(unit)) {
            *failure = GraphErrorReplies::resourceNotFound(request, unit);
            return false;
        }
        if (!isScopableToUnit(roleDefinitionId)) {
            *failure = GraphErrorReplies::badRequest(
                request,
                QStringLiteral("The role '%1' is not supported for administrative unit scoped assignments.")
                    .arg(roleDefinitionId));
            return false;
        }
    }
    for (const QJsonObject &a : m_tenant.roleAssignments) {
        if (a.value(QLatin1String("principalId")).toString() == principalId &&
            a.value(QLatin1String("roleDefinitionId"))
                    .toString()
                    .compare(roleDefinitionId, Qt::CaseInsensitive) == 0 &&
            a.value(QLatin1String("directoryScopeId"))
                    .toString()
                    .compare(directoryScopeId, Qt::CaseInsensitive) == 0) {
            *failure = GraphErrorReplies::badRequest(
                request,
                QStringLiteral("A conflicting object with one or more of the specified property values is "
                               "present in the directory."));
            return false;
        }
    }
    *assignment = QJsonObject{{QStringLiteral("id"), newId(roleDefinitionId, principalId)},
                              {QStringLiteral("roleDefinitionId"), roleDefinitionId.toLower()},
                              {QStringLiteral("principalId"), principalId},
                              {QStringLiteral("directoryScopeId"), directoryScopeId}};
    m_tenant.roleAssignments.append(*assignment);
    m_tenant.nextSequence();
    return true;
}

bool DirectoryRoleAssignments::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_tenant.roleAssignments.size(); ++i) {
        if (m_tenant.roleAssignments.at(i).value(QLatin1String("id")).toString() == id) {
            m_tenant.roleAssignments.removeAt(i);
            m_tenant.nextSequence();
            return true;
        }
    }
    return false;
}

QJsonObject DirectoryRoleAssignments::unifiedView(const QJsonObject &assignment)
{
    QJsonObject view{
        {QStringLiteral("id"), assignment.value(QLatin1String("id"))},
        {QStringLiteral("principalId"), assignment.value(QLatin1String("principalId"))},
        {QStringLiteral("roleDefinitionId"), assignment.value(QLatin1String("roleDefinitionId"))},
        {QStringLiteral("directoryScopeId"), assignment.value(QLatin1String("directoryScopeId"))},
        {QStringLiteral("appScopeId"), QJsonValue::Null},
        {QStringLiteral("condition"), QJsonValue::Null}};
    return view;
}

QJsonObject DirectoryRoleAssignments::scopedView(const QJsonObject &assignment) const
{
    const QString principal = assignment.value(QLatin1String("principalId")).toString();
    QString type;
    const std::optional<QJsonObject> member = DirectoryLookup(m_tenant).directoryObject(principal, &type);
    QJsonObject info{{QStringLiteral("id"), principal}};
    if (member) {
        info.insert(QStringLiteral("displayName"), member->value(QLatin1String("displayName")));
        info.insert(QStringLiteral("userPrincipalName"), member->value(QLatin1String("userPrincipalName")));
    }
    return QJsonObject{
        {QStringLiteral("id"), assignment.value(QLatin1String("id"))},
        {QStringLiteral("administrativeUnitId"),
         assignment.value(QLatin1String("directoryScopeId")).toString().mid(kUnitScopePrefix.size())},
        {QStringLiteral("roleId"), assignment.value(QLatin1String("roleDefinitionId"))},
        {QStringLiteral("roleMemberInfo"), info},
    };
}
