#include "sandbox/directory/directorylookup.h"

#include "sandbox/directory/tenant.h"

DirectoryLookup::DirectoryLookup(const Tenant &tenant) : m_tenant(tenant)
{}

std::optional<QJsonObject> DirectoryLookup::user(const QString &idOrUpn) const
{
    if (const std::optional<QJsonObject> byId = m_tenant.users.find(idOrUpn))
        return byId;
    if (!idOrUpn.contains(QLatin1Char('@')))
        return std::nullopt;
    for (qsizetype i = 0; i < m_tenant.users.slotCount(); ++i) {
        if (!m_tenant.users.isAlive(i))
            continue;
        if (m_tenant.users.stringAt(i, QLatin1StringView("userPrincipalName"))
                .compare(idOrUpn, Qt::CaseInsensitive) == 0)
            return m_tenant.users.at(i);
    }
    return std::nullopt;
}

std::optional<QJsonObject> DirectoryLookup::directoryObject(const QString &id, QString *odataType) const
{
    if (const std::optional<QJsonObject> u = m_tenant.users.find(id)) {
        *odataType = QStringLiteral("#microsoft.graph.user");
        return u;
    }
    if (const std::optional<QJsonObject> g = m_tenant.groups.find(id)) {
        *odataType = QStringLiteral("#microsoft.graph.group");
        return g;
    }
    return std::nullopt;
}
