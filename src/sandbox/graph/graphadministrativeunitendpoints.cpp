#include "sandbox/graph/graphadministrativeunitendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/directoryroleassignments.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/directoryschema.h"
#include "sandbox/odata/graphequalityfilter.h"
#include "sandbox/odata/graphpagequery.h"
#include "sandbox/odata/odataquery.h"

#include <QJsonArray>
#include <QUrl>

namespace {

QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

const QString kPrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
const QString kUnitResource = QStringLiteral("AdministrativeUnit");

const QStringList &unitProperties()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("deletedDateTime"),
                                   QStringLiteral("displayName"),
                                   QStringLiteral("description"),
                                   QStringLiteral("isMemberManagementRestricted"),
                                   QStringLiteral("membershipRule"),
                                   QStringLiteral("membershipType"),
                                   QStringLiteral("membershipRuleProcessingState"),
                                   QStringLiteral("visibility")};
    return names;
}

bool isExtensionProperty(const QString &name)
{
    return name.startsWith(QLatin1String("extension_"));
}

} // namespace

GraphAdministrativeUnitEndpoints::GraphAdministrativeUnitEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphAdministrativeUnitEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 3 || s.at(0) != QLatin1String("v1.0") || s.at(1) != QLatin1String("directory") ||
        s.at(2) != QLatin1String("administrativeUnits"))
        return false;
    // delta belongs to the delta family.
    return !(s.size() >= 4 &&
             (s.at(3) == QLatin1String("delta") || s.at(3).startsWith(QLatin1String("delta("))));
}

bool GraphAdministrativeUnitEndpoints::mayRead(const SandboxCaller &caller) const
{
    return caller.hasAny({"AdministrativeUnit.Read.All", "AdministrativeUnit.ReadWrite.All",
                          "Directory.Read.All", "Directory.ReadWrite.All"});
}

bool GraphAdministrativeUnitEndpoints::mayWrite(const SandboxCaller &caller) const
{
    if (!caller.hasAny({"AdministrativeUnit.ReadWrite.All", "Directory.AccessAsUser.All"}))
        return false;
    // A signed-in caller needs a tenant-wide Global or Privileged Role Administrator role: a technician
    // scoped to a school may manage the school's users but not the unit itself.
    return caller.appOnly() || m_tenant.isGlobalAdministrator(caller.userId) ||
           m_tenant.rolesOf(caller.userId).contains(kPrivilegedRoleAdministrator);
}

QJsonObject GraphAdministrativeUnitEndpoints::unitView(const QJsonObject &unit)
{
    QJsonObject view = unit;
    for (const QString &name : unitProperties()) {
        if (!view.contains(name))
            view.insert(name, QJsonValue::Null);
    }
    return view;
}

SandboxResponse GraphAdministrativeUnitEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    const QByteArray &method = request.method;
    if (s.size() == 3) {
        if (method == "GET")
            return list(request);
        if (method == "POST")
            return create(request);
        return GraphErrorReplies::methodNotAllowed(request);
    }
    const QString unitId = s.at(3);
    if (s.size() == 4)
        return method == "GET" ? get(request, unitId) : GraphErrorReplies::methodNotAllowed(request);
    const QString relation = s.at(4);
    if (relation == QLatin1String("members")) {
        if (s.size() == 5 && method == "GET")
            return listMembers(request, unitId);
        if (s.size() == 6 && s.at(5) == QLatin1String("$ref") && method == "POST")
            return addMember(request, unitId);
        if (s.size() == 7 && s.at(6) == QLatin1String("$ref") && method == "DELETE")
            return removeMember(request, unitId, s.at(5));
        return GraphErrorReplies::methodNotAllowed(request);
    }
    if (relation == QLatin1String("scopedRoleMembers") && s.size() <= 6)
        return scopedRoleMembers(request, unitId, s.size() == 6 ? s.at(5) : QString());
    return GraphErrorReplies::unknownSegment(request, relation);
}

SandboxResponse GraphAdministrativeUnitEndpoints::list(const SandboxRequest &request)
{
    if (!mayRead(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    GraphPageQuery query(request);
    SandboxResponse failure;
    if (!query.isValid(&failure))
        return failure;
    for (const QString &name : query.select()) {
        if (!unitProperties().contains(name, Qt::CaseInsensitive) && !isExtensionProperty(name))
            return GraphErrorReplies::unsupportedQuery(
                request,
                QStringLiteral("Property '%1' does not exist as a declared property or extension property.")
                    .arg(name));
    }
    GraphEqualityFilter filter;
    QString error;
    QString unsupported;
    if (!filter.parse(request.queryValue(QStringLiteral("$filter")),
                      {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("visibility")},
                      &error, &unsupported)) {
        if (!unsupported.isEmpty())
            error =
                QStringLiteral("Property '%1' does not exist as a declared property or extension property.")
                    .arg(unsupported);
        return GraphErrorReplies::unsupportedQuery(request, error);
    }

    QVector<QJsonObject> units;
    const ObjectCollection &all = m_tenant.administrativeUnits;
    for (qsizetype i = 0; i < all.slotCount(); ++i) {
        if (all.isAlive(i) && filter.matches(all.at(i)))
            units.append(unitView(all.at(i)));
    }
    return SandboxResponse::json(200, query.page(units, QStringLiteral("directory/administrativeUnits")));
}

SandboxResponse GraphAdministrativeUnitEndpoints::get(const SandboxRequest &request, const QString &unitId)
{
    if (!mayRead(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    const std::optional<QJsonObject> unit = m_tenant.administrativeUnits.find(unitId);
    if (!unit)
        return GraphErrorReplies::resourceNotFound(request, unitId);
    GraphPageQuery query(request);
    QJsonObject body = query.project(unitView(*unit));
    body.insert(QStringLiteral("@odata.context"),
                GraphPageQuery::contextUrl(request, QStringLiteral("directory/administrativeUnits/$entity")));
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphAdministrativeUnitEndpoints::create(const SandboxRequest &request)
{
    if (!mayWrite(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    QJsonObject unit;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("@odata.type")) {
            if (it.value().toString() != QLatin1String("#microsoft.graph.administrativeUnit"))
                return GraphErrorReplies::invalidValue(request, name, kUnitResource);
            continue;
        }
        if (name.startsWith(QLatin1Char('@')))
            continue;
        if (name == QLatin1String("id") || name == QLatin1String("deletedDateTime"))
            return GraphErrorReplies::invalidValue(request, name, kUnitResource);
        if (name == QLatin1String("isMemberManagementRestricted")) {
            if (!it.value().isBool() && !it.value().isNull())
                return GraphErrorReplies::invalidValue(request, name, kUnitResource);
        } else if (name == QLatin1String("visibility")) {
            const QString v = it.value().toString();
            if (!it.value().isNull() && v != QLatin1String("Public") &&
                v != QLatin1String("HiddenMembership"))
                return GraphErrorReplies::invalidValue(request, name, kUnitResource);
        } else if (unitProperties().contains(name) || isExtensionProperty(name)) {
            if (!it.value().isString() && !it.value().isNull())
                return GraphErrorReplies::invalidValue(request, name, kUnitResource);
        } else {
            return GraphErrorReplies::unknownProperty(request, name,
                                                      QStringLiteral("microsoft.graph.administrativeUnit"));
        }
        unit.insert(name, it.value());
    }
    if (unit.value(QLatin1String("displayName")).toString().trimmed().isEmpty())
        return GraphErrorReplies::invalidValue(request, QStringLiteral("displayName"), kUnitResource);
    unit.insert(QStringLiteral("id"), Tenant::newGuid());
    unit = unitView(unit);
    m_tenant.administrativeUnits.insert(unit, m_tenant.nextSequence());
    unit.insert(QStringLiteral("@odata.context"),
                GraphPageQuery::contextUrl(request, QStringLiteral("directory/administrativeUnits/$entity")));
    return SandboxResponse::json(201, unit);
}

SandboxResponse GraphAdministrativeUnitEndpoints::listMembers(const SandboxRequest &request,
                                                              const QString &unitId)
{
    if (!mayRead(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.administrativeUnits.has(unitId))
        return GraphErrorReplies::resourceNotFound(request, unitId);
    GraphPageQuery query(request);
    SandboxResponse failure;
    if (!query.isValid(&failure))
        return failure;
    const DirectoryLookup lookup(m_tenant);
    const DirectorySchema userSchema = DirectorySchema::user();
    QVector<QJsonObject> members;
    for (const QString &id : m_tenant.unitMembers.value(unitId)) {
        QString type;
        const std::optional<QJsonObject> object = lookup.directoryObject(id, &type);
        if (!object)
            continue;
        QJsonObject member = type == QLatin1String("#microsoft.graph.user") && query.select().isEmpty()
                                 ? ODataQuery::project(*object, userSchema, QStringList())
                                 : *object;
        member.remove(QStringLiteral("passwordProfile"));
        member.insert(QStringLiteral("@odata.type"), type);
        members.append(member);
    }
    return SandboxResponse::json(200, query.page(members, QStringLiteral("directoryObjects")));
}

SandboxResponse GraphAdministrativeUnitEndpoints::addMember(const SandboxRequest &request,
                                                            const QString &unitId)
{
    if (!mayWrite(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.administrativeUnits.has(unitId))
        return GraphErrorReplies::resourceNotFound(request, unitId);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QString reference = body.value(QLatin1String("@odata.id")).toString();
    const QStringList path = QUrl(reference).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (reference.isEmpty() || path.size() < 2 ||
        !QStringList{QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("directoryObjects")}
             .contains(path.at(path.size() - 2)))
        return GraphErrorReplies::badRequest(
            request, QStringLiteral("Invalid object identifier '%1'.").arg(reference));
    const QString memberId = path.last();
    QString type;
    if (!DirectoryLookup(m_tenant).directoryObject(memberId, &type))
        return GraphErrorReplies::resourceNotFound(request, memberId);
    QStringList &members = m_tenant.unitMembers[unitId];
    if (members.contains(memberId))
        return GraphErrorReplies::badRequest(
            request,
            QStringLiteral("One or more added object references already exist for the following modified "
                           "properties: 'members'."));
    members.append(memberId);
    m_tenant.administrativeUnits.update(unitId, QJsonObject(), m_tenant.nextSequence());
    return SandboxResponse::noContent();
}

SandboxResponse GraphAdministrativeUnitEndpoints::removeMember(const SandboxRequest &request,
                                                               const QString &unitId, const QString &memberId)
{
    if (!mayWrite(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.administrativeUnits.has(unitId))
        return GraphErrorReplies::resourceNotFound(request, unitId);
    QStringList &members = m_tenant.unitMembers[unitId];
    if (!members.removeOne(memberId))
        return GraphErrorReplies::resourceNotFound(request, memberId);
    m_tenant.administrativeUnits.update(unitId, QJsonObject(), m_tenant.nextSequence());
    return SandboxResponse::noContent();
}

SandboxResponse GraphAdministrativeUnitEndpoints::scopedRoleMembers(const SandboxRequest &request,
                                                                    const QString &unitId,
                                                                    const QString &membershipId)
{
    const SandboxCaller &caller = request.caller;
    const bool write = request.method != "GET";
    if (request.method != "GET" && !(request.method == "POST" && membershipId.isEmpty()) &&
        !(request.method == "DELETE" && !membershipId.isEmpty()))
        return GraphErrorReplies::methodNotAllowed(request);
    if (write ? !DirectoryRoleAssignments::mayWrite(m_tenant, caller)
              : !(DirectoryRoleAssignments::mayRead(m_tenant, caller) || mayRead(caller)))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!m_tenant.administrativeUnits.has(unitId))
        return GraphErrorReplies::resourceNotFound(request, unitId);

    DirectoryRoleAssignments assignments(m_tenant);
    const QString scope = QStringLiteral("/administrativeUnits/") + unitId;
    const QString context =
        QStringLiteral("directory/administrativeUnits('%1')/scopedRoleMembers").arg(unitId);
    if (!membershipId.isEmpty()) {
        const QJsonObject *found = assignments.find(membershipId);
        if (!found || found->value(QLatin1String("directoryScopeId")).toString() != scope)
            return GraphErrorReplies::resourceNotFound(request, membershipId);
        if (request.method == "DELETE") {
            assignments.remove(membershipId);
            return SandboxResponse::noContent();
        }
        QJsonObject body = assignments.scopedView(*found);
        body.insert(QStringLiteral("@odata.context"),
                    GraphPageQuery::contextUrl(request, context + QStringLiteral("/$entity")));
        return SandboxResponse::json(200, body);
    }
    if (request.method == "GET") {
        GraphPageQuery query(request);
        SandboxResponse failure;
        if (!query.isValid(&failure))
            return failure;
        QVector<QJsonObject> memberships;
        for (const QJsonObject &a : m_tenant.roleAssignments) {
            if (a.value(QLatin1String("directoryScopeId")).toString() == scope)
                memberships.append(assignments.scopedView(a));
        }
        return SandboxResponse::json(200, query.page(memberships, context));
    }
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QString roleId = body.value(QLatin1String("roleId")).toString();
    const QString principal =
        body.value(QLatin1String("roleMemberInfo")).toObject().value(QLatin1String("id")).toString();
    if (roleId.isEmpty())
        return GraphErrorReplies::invalidValue(request, QStringLiteral("roleId"),
                                               QStringLiteral("ScopedRoleMembership"));
    if (principal.isEmpty())
        return GraphErrorReplies::invalidValue(request, QStringLiteral("roleMemberInfo"),
                                               QStringLiteral("ScopedRoleMembership"));
    QJsonObject assignment;
    SandboxResponse failure;
    if (!assignments.create(request, roleId, principal, scope, &assignment, &failure))
        return failure;
    QJsonObject reply = assignments.scopedView(assignment);
    reply.insert(QStringLiteral("@odata.context"),
                 GraphPageQuery::contextUrl(request, context + QStringLiteral("/$entity")));
    return SandboxResponse::json(201, reply);
}
