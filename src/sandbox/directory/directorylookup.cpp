#include "sandbox/directory/directorylookup.h"

#include "sandbox/directory/tenant.h"

DirectoryLookup::DirectoryLookup(const Tenant &tenant) : m_tenant(tenant)
{}

const QJsonObject *DirectoryLookup::user(const QString &idOrUpn) const
{
    if (const QJsonObject *byId = m_tenant.users.find(idOrUpn))
        return byId;
    if (!idOrUpn.contains(QLatin1Char('@')))
        return nullptr;
    for (qsizetype i = 0; i < m_tenant.users.slotCount(); ++i) {
        if (!m_tenant.users.isAlive(i))
            continue;
        const QJsonObject &u = m_tenant.users.at(i);
        if (u.value(QLatin1String("userPrincipalName")).toString().compare(idOrUpn, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

const QJsonObject *DirectoryLookup::directoryObject(const QString &id, QString *odataType) const
{
    if (const QJsonObject *u = m_tenant.users.find(id)) {
        *odataType = QStringLiteral("#microsoft.graph.user");
        return u;
    }
    if (const QJsonObject *g = m_tenant.groups.find(id)) {
        *odataType = QStringLiteral("#microsoft.graph.group");
        return g;
    }
    return nullptr;
}
