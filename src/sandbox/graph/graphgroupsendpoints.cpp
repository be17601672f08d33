#include "sandbox/graph/graphgroupsendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorypermissions.h"
#include "sandbox/directory/groupmembership.h"
#include "sandbox/directory/grouprules.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/odataquery.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString entityContext(const SandboxRequest &request, const ODataQuery &query)
{
    return request.baseUrl + QStringLiteral("/v1.0/$metadata#") +
           query.contextFragment(QStringLiteral("groups")) + QStringLiteral("/$entity");
}
} // namespace

GraphGroupsEndpoints::GraphGroupsEndpoints(Tenant &tenant)
    : m_tenant(tenant), m_schema(DirectorySchema::group())
{}

bool GraphGroupsEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 2 || s.size() > 3 || s.at(0) != QLatin1String("v1.0") ||
        s.at(1) != QLatin1String("groups"))
        return false;
    return s.size() == 2 ||
           (s.at(2) != QLatin1String("delta") && !s.at(2).startsWith(QLatin1String("delta(")));
}

SandboxResponse GraphGroupsEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    const QByteArray &method = request.method;
    if (s.size() == 2) {
        if (method == "GET")
            return list(request);
        if (method == "POST")
            return create(request);
        return GraphErrorReplies::methodNotAllowed(request);
    }
    if (s.at(2) == QLatin1String("$count"))
        return method == "GET" ? count(request) : GraphErrorReplies::methodNotAllowed(request);
    if (method == "GET")
        return get(request, s.at(2));
    if (method == "PATCH")
        return update(request, s.at(2));
    if (method == "DELETE")
        return remove(request, s.at(2));
    return GraphErrorReplies::methodNotAllowed(request);
}

bool GraphGroupsEndpoints::mayChange(const SandboxCaller &caller, const QString &groupId) const
{
    return m_tenant.canManageObject(caller, groupId) ||
           m_tenant.groupOwners.value(groupId).contains(caller.userId);
}

SandboxResponse GraphGroupsEndpoints::list(const SandboxRequest &request)
{
    if (!DirectoryPermissions::canReadGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    return m_pager.list(request, m_tenant.groups, m_schema, false, QStringLiteral("groups"));
}

SandboxResponse GraphGroupsEndpoints::count(const SandboxRequest &request)
{
    if (!DirectoryPermissions::canReadGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    return m_pager.rawCount(request, m_tenant.groups, m_schema);
}

SandboxResponse GraphGroupsEndpoints::get(const SandboxRequest &request, const QString &id)
{
    if (!DirectoryPermissions::canReadGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    ODataQuery query(request);
    SandboxResponse failure;
    if (!query.validate(m_schema, false, &failure))
        return failure;
    const std::optional<QJsonObject> group = m_tenant.groups.find(id);
    if (!group)
        return GraphErrorReplies::resourceNotFound(request, id);
    QJsonObject body = query.project(*group, m_schema);
    body.insert(QStringLiteral("@odata.context"), entityContext(request, query));
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphGroupsEndpoints::create(const SandboxRequest &request)
{
    if (!DirectoryPermissions::canCreateGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    QJsonObject group;
    GroupRules::Binds binds;
    SandboxResponse failure;
    if (!GroupRules(m_tenant).create(request, body, &group, &binds, &failure))
        return failure;
    const QString id = group.value(QLatin1String("id")).toString();
    GroupMembership membership(m_tenant);
    // All or nothing: the group is not created when a reference is wrong.
    if (!membership.checkReferences(request, id, GroupMembership::Relation::Owners, binds.owners, &failure) ||
        !membership.checkReferences(request, id, GroupMembership::Relation::Members, binds.members, &failure))
        return failure;
    m_tenant.groups.insert(group, m_tenant.nextSequence());
    m_tenant.groupMembers.insert(id, QStringList());
    m_tenant.groupOwners.insert(id, QStringList());
    membership.add(request, id, GroupMembership::Relation::Owners, binds.owners, &failure);
    membership.add(request, id, GroupMembership::Relation::Members, binds.members, &failure);
    ODataQuery query(request);
    QJsonObject reply = ODataQuery::project(group, m_schema, QStringList());
    reply.insert(QStringLiteral("@odata.context"), entityContext(request, query));
    return SandboxResponse::json(201, reply);
}

SandboxResponse GraphGroupsEndpoints::update(const SandboxRequest &request, const QString &id)
{
    if (!DirectoryPermissions::canWriteGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    const std::optional<QJsonObject> group = m_tenant.groups.find(id);
    if (!group)
        return GraphErrorReplies::resourceNotFound(request, id);
    if (!mayChange(request.caller, id))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    QJsonObject changes;
    GroupRules::Binds binds;
    SandboxResponse failure;
    if (!GroupRules(m_tenant).update(request, *group, body, &changes, &binds, &failure))
        return failure;
    GroupMembership membership(m_tenant);
    // All or nothing: every reference is checked before anything changes.
    if (!membership.check(request, id, GroupMembership::Relation::Owners, binds.owners, &failure) ||
        !membership.check(request, id, GroupMembership::Relation::Members, binds.members, &failure))
        return failure;
    if (!changes.isEmpty())
        m_tenant.groups.update(id, changes, m_tenant.nextSequence());
    membership.add(request, id, GroupMembership::Relation::Owners, binds.owners, &failure);
    membership.add(request, id, GroupMembership::Relation::Members, binds.members, &failure);
    return SandboxResponse::noContent();
}

SandboxResponse GraphGroupsEndpoints::remove(const SandboxRequest &request, const QString &id)
{
    if (!DirectoryPermissions::canWriteGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    const std::optional<QJsonObject> group = m_tenant.groups.find(id);
    if (!group)
        return GraphErrorReplies::resourceNotFound(request, id);
    if (!mayChange(request.caller, id))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (GroupMembership::isReadOnly(*group))
        return GroupMembership::readOnlyReply(request);
    const bool unified =
        group->value(QLatin1String("groupTypes")).toArray().contains(QJsonValue(QStringLiteral("Unified")));
    if (unified) {
        m_tenant.groups.softDelete(id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                   m_tenant.nextSequence());
    } else {
        m_tenant.groups.hardDelete(id, m_tenant.nextSequence());
        GroupMembership(m_tenant).forget(id);
    }
    return SandboxResponse::noContent();
}
