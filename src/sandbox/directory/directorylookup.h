#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class Tenant;

// Resolving directory objects the way Graph resolves a URL segment: an object id, or for users also a
// userPrincipalName. (SMTP addresses are Exchange's business: RecipientResolver.)
class DirectoryLookup
{
public:
    explicit DirectoryLookup(const Tenant &tenant);

    // An alive user by object id or userPrincipalName (case-insensitive); nothing when there is none.
    std::optional<QJsonObject> user(const QString &idOrUpn) const;
    // An alive user or group by object id, with its "#microsoft.graph.user|group" type.
    std::optional<QJsonObject> directoryObject(const QString &id, QString *odataType) const;

private:
    const Tenant &m_tenant;
};
