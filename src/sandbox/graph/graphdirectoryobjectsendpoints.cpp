#include "sandbox/graph/graphdirectoryobjectsendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/directoryobjectlist.h"
#include "sandbox/directory/directorypermissions.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/odataquery.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {
QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool mayRead(const SandboxCaller &caller)
{
    return DirectoryPermissions::canReadUsers(caller) || DirectoryPermissions::canReadGroups(caller);
}
} // namespace

GraphDirectoryObjectsEndpoints::GraphDirectoryObjectsEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphDirectoryObjectsEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 3 || s.at(0) != QLatin1String("v1.0"))
        return false;
    if (s.at(1) == QLatin1String("directoryObjects"))
        return s.size() == 3 && s.at(2) != QLatin1String("delta") &&
               !s.at(2).startsWith(QLatin1String("delta("));
    const bool me = s.at(1) == QLatin1String("me");
    if (!me && s.at(1) != QLatin1String("users") && s.at(1) != QLatin1String("groups"))
        return false;
    const int relation = me ? 2 : 3;
    if (s.size() <= relation || s.size() > relation + 2)
        return false;
    const QString name = s.at(relation);
    if (name == QLatin1String("manager") || name == QLatin1String("directReports"))
        return s.at(1) != QLatin1String("groups") && s.size() == relation + 1;
    if (name != QLatin1String("memberOf") && name != QLatin1String("transitiveMemberOf"))
        return false;
    return s.size() == relation + 1 || s.at(relation + 1) == QLatin1String("$count");
}

SandboxResponse GraphDirectoryObjectsEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    if (s.at(1) == QLatin1String("directoryObjects")) {
        if (s.at(2) == QLatin1String("getByIds") || s.at(2) == QLatin1String("microsoft.graph.getByIds"))
            return request.method == "POST" ? getByIds(request)
                                            : GraphErrorReplies::methodNotAllowed(request);
        return request.method == "GET" ? get(request, s.at(2)) : GraphErrorReplies::methodNotAllowed(request);
    }
    if (request.method != "GET")
        return GraphErrorReplies::methodNotAllowed(request);
    const bool me = s.at(1) == QLatin1String("me");
    if (me && request.caller.appOnly())
        return GraphErrorReplies::badRequest(
            request, QStringLiteral("/me request is only valid with delegated authentication flow."));
    const int relation = me ? 2 : 3;
    QString id = me ? request.caller.userId : s.at(2);
    if (s.at(1) == QLatin1String("users") || me) {
        const std::optional<QJsonObject> user = DirectoryLookup(m_tenant).user(id);
        if (!user)
            return GraphErrorReplies::resourceNotFound(request, id);
        id = user->value(QLatin1String("id")).toString();
    } else if (!m_tenant.groups.has(id)) {
        return GraphErrorReplies::resourceNotFound(request, id);
    }
    if (s.at(relation) == QLatin1String("manager") || s.at(relation) == QLatin1String("directReports")) {
        if (!mayRead(request.caller))
            return GraphErrorReplies::insufficientPrivileges(request);
        // The sandbox tenant keeps no manager relationships: nobody has a manager or direct reports.
        if (s.at(relation) == QLatin1String("manager"))
            return GraphErrorReplies::resourceNotFound(request, QStringLiteral("manager"));
        return DirectoryObjectList(m_tenant).page(request, QStringList(), false);
    }
    return memberOf(request, id, s.at(relation) == QLatin1String("transitiveMemberOf"),
                    s.size() == relation + 2);
}

QStringList GraphDirectoryObjectsEndpoints::containersOf(const QString &objectId) const
{
    QStringList groups;
    for (auto it = m_tenant.groupMembers.begin(); it != m_tenant.groupMembers.end(); ++it) {
        if (it.value().contains(objectId) && m_tenant.groups.find(it.key()))
            groups.append(it.key());
    }
    // QHash order is arbitrary: list groups in directory order so pages are stable.
    std::sort(groups.begin(), groups.end(), [this](const QString &a, const QString &b) {
        return m_tenant.groups.positionOf(a) < m_tenant.groups.positionOf(b);
    });
    QStringList units;
    for (qsizetype p = 0; p < m_tenant.administrativeUnits.slotCount(); ++p) {
        if (!m_tenant.administrativeUnits.isAlive(p))
            continue;
        const QString unit = m_tenant.administrativeUnits.idAt(p);
        if (m_tenant.unitMembers.value(unit).contains(objectId))
            units.append(unit);
    }
    return groups + units;
}

SandboxResponse GraphDirectoryObjectsEndpoints::memberOf(const SandboxRequest &request,
                                                         const QString &objectId, bool transitive,
                                                         bool countOnly)
{
    if (!mayRead(request.caller) &&
        !(objectId == request.caller.userId && request.caller.hasAny({"User.Read", "User.ReadWrite"})))
        return GraphErrorReplies::insufficientPrivileges(request);
    QStringList ids = containersOf(objectId);
    if (transitive) {
        QSet<QString> seen(ids.begin(), ids.end());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!m_tenant.groups.find(ids.at(i)))
                continue; // administrative units do not nest
            for (const QString &outer : containersOf(ids.at(i))) {
                if (!seen.contains(outer)) {
                    seen.insert(outer);
                    ids.append(outer);
                }
            }
        }
    }
    return DirectoryObjectList(m_tenant).page(request, ids, countOnly);
}

SandboxResponse GraphDirectoryObjectsEndpoints::get(const SandboxRequest &request, const QString &id)
{
    if (!mayRead(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    ODataQuery query(request);
    SandboxResponse failure;
    if (!query.validate(DirectorySchema::directoryObject(), false, &failure))
        return failure;
    QJsonObject object = DirectoryObjectList(m_tenant).view(id, query.select());
    if (object.isEmpty())
        return GraphErrorReplies::resourceNotFound(request, id);
    object.insert(QStringLiteral("@odata.context"),
                  request.baseUrl + QStringLiteral("/v1.0/$metadata#directoryObjects/$entity"));
    return SandboxResponse::json(200, object);
}

SandboxResponse GraphDirectoryObjectsEndpoints::getByIds(const SandboxRequest &request)
{
    if (!mayRead(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QJsonArray ids = body.value(QLatin1String("ids")).toArray();
    if (ids.isEmpty() || ids.size() > 1000)
        return GraphErrorReplies::invalidValue(request, QStringLiteral("ids"),
                                               QStringLiteral("DirectoryObject"));
    QStringList types;
    for (const QJsonValue &t : body.value(QLatin1String("types")).toArray())
        types.append(QStringLiteral("#microsoft.graph.") +
                     t.toString().section(QLatin1Char('.'), -1).toLower());
    const DirectoryObjectList list(m_tenant);
    QJsonArray value;
    for (const QJsonValue &id : ids) {
        const QJsonObject object = list.view(id.toString(), QStringList());
        if (!object.isEmpty() &&
            (types.isEmpty() ||
             types.contains(object.value(QLatin1String("@odata.type")).toString().toLower())))
            value.append(object);
    }
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("@odata.context"),
                          request.baseUrl + QStringLiteral("/v1.0/$metadata#directoryObjects")},
                         {QStringLiteral("value"), value}});
}
