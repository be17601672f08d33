#pragma once

#include "sandbox/common/sandboxhttp.h"
#include "sandbox/odata/directoryschema.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class ODataQuery;
class Tenant;

// A directoryObject collection assembled from object ids (group members and owners, memberOf, getByIds):
// users, groups and administrative units, each with its "@odata.type" and its type's default (or
// $select-ed) properties, paged with $top/$skiptoken and filtered with $filter/$search like the big
// collections. Ids of objects that no longer exist are skipped.
class DirectoryObjectList
{
public:
    explicit DirectoryObjectList(const Tenant &tenant);

    // One page of `ids` in Graph's envelope ("@odata.context": …#directoryObjects); with `countOnly`, the
    // text/plain count (/$count, which needs ConsistencyLevel: eventual).
    SandboxResponse page(const SandboxRequest &request, const QStringList &ids, bool countOnly) const;

    // The object with its @odata.type, projected to `select` (empty = its type's defaults); empty when
    // no alive user, group or administrative unit has this id.
    QJsonObject view(const QString &id, const QStringList &select) const;
    // The stored object and its schema; nothing when there is none.
    std::optional<QJsonObject> find(const QString &id, const DirectorySchema **schema) const;

private:
    const Tenant &m_tenant;
    DirectorySchema m_objects;
    DirectorySchema m_users;
    DirectorySchema m_groups;
    DirectorySchema m_units;
};
