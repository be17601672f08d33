#include "sandbox/graph/graphgroupmembersendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directoryobjectlist.h"
#include "sandbox/directory/directorypermissions.h"
#include "sandbox/directory/groupmembership.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/odataquery.h"

#include <QSet>

namespace {
QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

GroupMembership::Relation relationOf(const QString &name)
{
    return name == QLatin1String("owners") ? GroupMembership::Relation::Owners
                                           : GroupMembership::Relation::Members;
}
} // namespace

GraphGroupMembersEndpoints::GraphGroupMembersEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphGroupMembersEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 4 || s.size() > 6 || s.at(0) != QLatin1String("v1.0") ||
        s.at(1) != QLatin1String("groups") ||
        (s.at(3) != QLatin1String("members") && s.at(3) != QLatin1String("owners") &&
         s.at(3) != QLatin1String("transitiveMembers")))
        return false;
    if (s.at(3) == QLatin1String("transitiveMembers"))
        return s.size() == 4 || (s.size() == 5 && s.at(4) == QLatin1String("$count"));
    return s.size() <= 5 || s.at(5) == QLatin1String("$ref");
}

bool GraphGroupMembersEndpoints::mayChange(const SandboxCaller &caller, const QString &groupId) const
{
    return m_tenant.canManageObject(caller, groupId) ||
           m_tenant.groupOwners.value(groupId).contains(caller.userId);
}

SandboxResponse GraphGroupMembersEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    const QString groupId = s.at(2);
    const QString relation = s.at(3);
    const QByteArray &method = request.method;
    if (s.size() == 4)
        return method == "GET" ? list(request, groupId, relation, false)
                               : GraphErrorReplies::methodNotAllowed(request);
    if (s.size() == 5 && s.at(4) == QLatin1String("$count"))
        return method == "GET" ? list(request, groupId, relation, true)
                               : GraphErrorReplies::methodNotAllowed(request);
    if (s.size() == 5 && s.at(4) == QLatin1String("$ref"))
        return method == "POST" ? addReference(request, groupId, relation)
                                : GraphErrorReplies::methodNotAllowed(request);
    if (s.size() == 6)
        return method == "DELETE" ? removeReference(request, groupId, relation, s.at(4))
                                  : GraphErrorReplies::methodNotAllowed(request);
    return GraphErrorReplies::unknownSegment(request, s.at(4));
}

SandboxResponse GraphGroupMembersEndpoints::list(const SandboxRequest &request, const QString &groupId,
                                                 const QString &relation, bool countOnly)
{
    if (!DirectoryPermissions::canReadGroups(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.groups.has(groupId))
        return GraphErrorReplies::resourceNotFound(request, groupId);
    QStringList ids;
    if (relation == QLatin1String("owners")) {
        ids = m_tenant.groupOwners.value(groupId);
    } else if (relation == QLatin1String("members")) {
        ids = m_tenant.groupMembers.value(groupId);
    } else { // transitiveMembers: members of nested groups too, each once
        QStringList queue{groupId};
        QSet<QString> seen{groupId};
        while (!queue.isEmpty()) {
            for (const QString &member : m_tenant.groupMembers.value(queue.takeFirst())) {
                if (seen.contains(member))
                    continue;
                seen.insert(member);
                ids.append(member);
                if (m_tenant.groups.has(member))
                    queue.append(member);
            }
        }
    }
    return DirectoryObjectList(m_tenant).page(request, ids, countOnly);
}

SandboxResponse GraphGroupMembersEndpoints::addReference(const SandboxRequest &request,
                                                         const QString &groupId, const QString &relation)
{
    const GroupMembership::Relation r = relationOf(relation);
    const bool allowed = r == GroupMembership::Relation::Members
                             ? DirectoryPermissions::canWriteMembers(request.caller)
                             : DirectoryPermissions::canWriteGroups(request.caller);
    if (!allowed)
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.groups.has(groupId))
        return GraphErrorReplies::resourceNotFound(request, groupId);
    if (!mayChange(request.caller, groupId))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QString id = GroupMembership::referencedId(body.value(QLatin1String("@odata.id")).toString());
    if (id.isEmpty())
        return GraphErrorReplies::badRequest(
            request, QStringLiteral("Invalid URL format specified in @odata.id for %1.").arg(relation));
    SandboxResponse failure;
    if (!GroupMembership(m_tenant).add(request, groupId, r, {id}, &failure))
        return failure;
    return SandboxResponse::noContent();
}

SandboxResponse GraphGroupMembersEndpoints::removeReference(const SandboxRequest &request,
                                                            const QString &groupId, const QString &relation,
                                                            const QString &memberId)
{
    const GroupMembership::Relation r = relationOf(relation);
    const bool allowed = r == GroupMembership::Relation::Members
                             ? DirectoryPermissions::canWriteMembers(request.caller)
                             : DirectoryPermissions::canWriteGroups(request.caller);
    if (!allowed)
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.groups.has(groupId))
        return GraphErrorReplies::resourceNotFound(request, groupId);
    if (!mayChange(request.caller, groupId))
        return GraphErrorReplies::insufficientPrivileges(request);
    SandboxResponse failure;
    if (!GroupMembership(m_tenant).remove(request, groupId, r, memberId, &failure))
        return failure;
    return SandboxResponse::noContent();
}
