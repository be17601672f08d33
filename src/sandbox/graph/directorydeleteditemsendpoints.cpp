#include "sandbox/graph/directorydeleteditemsendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directoryconflicts.h"
#include "sandbox/directory/directorypermissions.h"
#include "sandbox/directory/groupmembership.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/directory/userrules.h"
#include "sandbox/odata/odataquery.h"

#include <QJsonArray>

namespace {
QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

const QString kUserCast = QStringLiteral("microsoft.graph.user");
const QString kGroupCast = QStringLiteral("microsoft.graph.group");
} // namespace

DirectoryDeletedItemsEndpoints::DirectoryDeletedItemsEndpoints(Tenant &tenant)
    : m_tenant(tenant), m_users(DirectorySchema::user()), m_groups(DirectorySchema::group())
{}

bool DirectoryDeletedItemsEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    return s.size() >= 3 && s.size() <= 5 && s.at(0) == QLatin1String("v1.0") &&
           s.at(1) == QLatin1String("directory") && s.at(2) == QLatin1String("deletedItems");
}

SandboxResponse DirectoryDeletedItemsEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    const QByteArray &method = request.method;
    if (s.size() == 3)
        return GraphErrorReplies::badRequest(request, QStringLiteral("Unsupported Query."));
    const QString item = s.at(3);
    if (item == kUserCast || item == kGroupCast) {
        if (s.size() == 5) // …/microsoft.graph.user/{id}
            return method == "GET" ? get(request, s.at(4)) : GraphErrorReplies::methodNotAllowed(request);
        return method == "GET" ? list(request, item == kUserCast)
                               : GraphErrorReplies::methodNotAllowed(request);
    }
    if (item.startsWith(QLatin1String("microsoft.graph.")))
        return GraphErrorReplies::badRequest(request, QStringLiteral("Unsupported Query."));
    if (s.size() == 5) {
        if (s.at(4) != QLatin1String("restore") && s.at(4) != QLatin1String("microsoft.graph.restore"))
            return GraphErrorReplies::unknownSegment(request, s.at(4));
        return method == "POST" ? restore(request, item) : GraphErrorReplies::methodNotAllowed(request);
    }
    if (method == "GET")
        return get(request, item);
    if (method == "DELETE")
        return purge(request, item);
    return GraphErrorReplies::methodNotAllowed(request);
}

ObjectCollection *DirectoryDeletedItemsEndpoints::holderOf(const QString &id) const
{
    for (ObjectCollection *c : {&m_tenant.users, &m_tenant.groups, &m_tenant.administrativeUnits}) {
        if (c->findDeleted(id))
            return c;
    }
    return nullptr;
}

bool DirectoryDeletedItemsEndpoints::mayRead(const SandboxCaller &caller,
                                             const ObjectCollection *collection) const
{
    if (collection == &m_tenant.users)
        return DirectoryPermissions::canReadUsers(caller);
    if (collection == &m_tenant.groups)
        return DirectoryPermissions::canReadGroups(caller);
    return caller.hasAny({"AdministrativeUnit.Read.All", "AdministrativeUnit.ReadWrite.All",
                          "Directory.Read.All", "Directory.ReadWrite.All"});
}

bool DirectoryDeletedItemsEndpoints::mayWrite(const SandboxCaller &caller, const ObjectCollection *collection,
                                              const QString &id) const
{
    bool allowed = false;
    if (collection == &m_tenant.users)
        allowed = DirectoryPermissions::canWriteUsers(caller);
    else if (collection == &m_tenant.groups)
        allowed = DirectoryPermissions::canWriteGroups(caller);
    else
        allowed = caller.hasAny({"AdministrativeUnit.ReadWrite.All", "Directory.ReadWrite.All"});
    return allowed && m_tenant.canManageObject(caller, id);
}

QJsonObject DirectoryDeletedItemsEndpoints::entity(const SandboxRequest &request,
                                                   const ObjectCollection *collection,
                                                   const QJsonObject &object) const
{
    QJsonObject out;
    QString type;
    if (collection == &m_tenant.users || collection == &m_tenant.groups) {
        const DirectorySchema &schema = collection == &m_tenant.users ? m_users : m_groups;
        ODataQuery query(request);
        out = query.project(object, schema);
        type = schema.odataType();
    } else {
        out = object;
        type = QStringLiteral("#microsoft.graph.administrativeUnit");
    }
    out.insert(QStringLiteral("@odata.type"), type);
    out.insert(QStringLiteral("@odata.context"),
               request.baseUrl + QStringLiteral("/v1.0/$metadata#directoryObjects/$entity"));
    if (object.contains(QLatin1String("deletedDateTime")))
        out.insert(QStringLiteral("deletedDateTime"), object.value(QLatin1String("deletedDateTime")));
    else
        out.insert(QStringLiteral("deletedDateTime"), QJsonValue::Null);
    return out;
}

SandboxResponse DirectoryDeletedItemsEndpoints::list(const SandboxRequest &request, bool users)
{
    const ObjectCollection &collection = users ? m_tenant.users : m_tenant.groups;
    if (!mayRead(request.caller, &collection))
        return GraphErrorReplies::insufficientPrivileges(request);
    const QString entitySet = QStringLiteral("directory/deletedItems/") + (users ? kUserCast : kGroupCast);
    return m_pager.list(request, collection, users ? m_users : m_groups, true, entitySet);
}

SandboxResponse DirectoryDeletedItemsEndpoints::get(const SandboxRequest &request, const QString &id)
{
    ObjectCollection *collection = holderOf(id);
    if (!collection)
        return GraphErrorReplies::resourceNotFound(request, id);
    if (!mayRead(request.caller, collection))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (collection != &m_tenant.administrativeUnits) {
        ODataQuery query(request);
        SandboxResponse failure;
        if (!query.validate(collection == &m_tenant.users ? m_users : m_groups, false, &failure))
            return failure;
    }
    return SandboxResponse::json(200, entity(request, collection, *collection->findDeleted(id)));
}

SandboxResponse DirectoryDeletedItemsEndpoints::restore(const SandboxRequest &request, const QString &id)
{
    ObjectCollection *collection = holderOf(id);
    if (!collection)
        return GraphErrorReplies::resourceNotFound(request, id);
    if (!mayWrite(request.caller, collection, id))
        return GraphErrorReplies::insufficientPrivileges(request);
    const QJsonObject deleted = *collection->findDeleted(id);
    DirectoryConflicts conflicts(m_tenant);
    const quint64 sequence = m_tenant.nextSequence();
    if (collection == &m_tenant.users) {
        const QString upn = UserRules::restoredUserPrincipalName(
            id, deleted.value(QLatin1String("userPrincipalName")).toString());
        if (conflicts.userPrincipalNameTaken(upn, id))
            return DirectoryConflicts::reply(request, QStringLiteral("userPrincipalName"));
        collection->restore(id, sequence);
        collection->update(id, {{QStringLiteral("userPrincipalName"), upn}}, sequence);
    } else {
        const QString mail = deleted.value(QLatin1String("mail")).toString();
        if (!mail.isEmpty() && conflicts.addressTaken(mail, id))
            return DirectoryConflicts::reply(request, QStringLiteral("proxyAddresses"));
        collection->restore(id, sequence);
    }
    QJsonObject body = entity(request, collection, *collection->find(id));
    body.insert(QStringLiteral("deletedDateTime"), QJsonValue::Null);
    return SandboxResponse::json(200, body);
}

SandboxResponse DirectoryDeletedItemsEndpoints::purge(const SandboxRequest &request, const QString &id)
{
    ObjectCollection *collection = holderOf(id);
    if (!collection)
        return GraphErrorReplies::resourceNotFound(request, id);
    if (!mayWrite(request.caller, collection, id))
        return GraphErrorReplies::insufficientPrivileges(request);
    collection->hardDelete(id, m_tenant.nextSequence());
    GroupMembership(m_tenant).forget(id);
    return SandboxResponse::noContent();
}
