#include "sandbox/directory/tenant.h"

#include <QUuid>

QString Tenant::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const Tenant::App *Tenant::findApp(const QString &clientId) const
{
    for (const App &app : apps) {
        if (app.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &app;
    }
    return nullptr;
}

const Tenant::Account *Tenant::findAccount(const QString &username) const
{
    for (const Account &account : accounts) {
        if (account.username.compare(username, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

QStringList Tenant::rolesOf(const QString &userId, const QString &directoryScopeId) const
{
    QStringList roles;
    for (const QJsonObject &a : roleAssignments) {
        if (a.value(QLatin1String("principalId")).toString() == userId &&
            a.value(QLatin1String("directoryScopeId")).toString() == directoryScopeId)
            roles.append(a.value(QLatin1String("roleDefinitionId")).toString());
    }
    return roles;
}

bool Tenant::isGlobalAdministrator(const QString &userId) const
{
    return rolesOf(userId).contains(DirectoryRoles::GlobalAdministrator);
}

QStringList Tenant::scopedUnitsOf(const QString &userId) const
{
    QStringList units;
    const QString prefix = QStringLiteral("/administrativeUnits/");
    for (const QJsonObject &a : roleAssignments) {
        const QString scope = a.value(QLatin1String("directoryScopeId")).toString();
        if (a.value(QLatin1String("principalId")).toString() == userId && scope.startsWith(prefix))
            units.append(scope.mid(prefix.size()));
    }
    return units;
}

QStringList Tenant::unitsOf(const QString &objectId) const
{
    QStringList units;
    for (auto it = unitMembers.begin(); it != unitMembers.end(); ++it) {
        if (it.value().contains(objectId))
            units.append(it.key());
    }
    return units;
}

bool Tenant::canManageObject(const SandboxCaller &caller, const QString &objectId) const
{
    if (caller.appOnly())
        return true;
    if (!rolesOf(caller.userId).isEmpty())
        return true; // a tenant-wide directory role
    const QStringList scoped = scopedUnitsOf(caller.userId);
    for (const QString &unit : scoped) {
        if (unitMembers.value(unit).contains(objectId))
            return true;
    }
    return false;
}

QString Tenant::servicePrincipalId(const QString &tenantId, const QString &clientId)
{
    return QUuid::createUuidV5(QUuid(tenantId), clientId.toLower()).toString(QUuid::WithoutBraces);
}
