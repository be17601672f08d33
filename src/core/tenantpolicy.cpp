#include "core/tenantpolicy.h"

namespace {
const QLatin1String kRolePermissions("defaultUserRolePermissions");
}

TenantPolicy TenantPolicy::fromRecord(const DirectoryRecord &record)
{
    TenantPolicy policy;
    policy.allowEmailVerifiedUsersToJoinOrganization =
        record.flag("allowEmailVerifiedUsersToJoinOrganization");
    policy.allowedToSignUpEmailBasedSubscriptions = record.flag("allowedToSignUpEmailBasedSubscriptions");
    policy.allowedToUseSSPR = record.flag("allowedToUseSSPR");
    const QJsonObject roles = record.properties.value(kRolePermissions).toObject();
    policy.allowedToCreateApps = roles.value(QLatin1String("allowedToCreateApps")).toBool();
    policy.allowedToCreateSecurityGroups =
        roles.value(QLatin1String("allowedToCreateSecurityGroups")).toBool();
    policy.allowedToCreateTenants = roles.value(QLatin1String("allowedToCreateTenants")).toBool();
    return policy;
}

DirectoryRecord TenantPolicy::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::AuthorizationPolicy;
    if (record.id.isEmpty())
        record.id = QStringLiteral("authorizationPolicy");
    QJsonObject &p = record.properties;
    p.insert(QStringLiteral("id"), record.id);
    p.insert(QStringLiteral("allowEmailVerifiedUsersToJoinOrganization"),
             allowEmailVerifiedUsersToJoinOrganization);
    p.insert(QStringLiteral("allowedToSignUpEmailBasedSubscriptions"),
             allowedToSignUpEmailBasedSubscriptions);
    p.insert(QStringLiteral("allowedToUseSSPR"), allowedToUseSSPR);
    QJsonObject roles = p.value(kRolePermissions).toObject();
    roles.insert(QStringLiteral("allowedToCreateApps"), allowedToCreateApps);
    roles.insert(QStringLiteral("allowedToCreateSecurityGroups"), allowedToCreateSecurityGroups);
    roles.insert(QStringLiteral("allowedToCreateTenants"), allowedToCreateTenants);
    p.insert(kRolePermissions, roles);
    return record;
}
