#include "sandbox/graph/graphroleassignmentendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directoryroleassignments.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/graphequalityfilter.h"
#include "sandbox/odata/graphpagequery.h"

namespace {

QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

const QString kContext = QStringLiteral("roleManagement/directory/roleAssignments");

} // namespace

GraphRoleAssignmentEndpoints::GraphRoleAssignmentEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphRoleAssignmentEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    return (s.size() == 4 || s.size() == 5) && s.at(0) == QLatin1String("v1.0") &&
           s.at(1) == QLatin1String("roleManagement") && s.at(2) == QLatin1String("directory") &&
           s.at(3) == QLatin1String("roleAssignments");
}

SandboxResponse GraphRoleAssignmentEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    if (s.size() == 5) {
        if (request.method != "GET" && request.method != "DELETE")
            return GraphErrorReplies::methodNotAllowed(request);
        return one(request, s.at(4));
    }
    if (request.method == "GET")
        return list(request);
    if (request.method == "POST")
        return create(request);
    return GraphErrorReplies::methodNotAllowed(request);
}

SandboxResponse GraphRoleAssignmentEndpoints::list(const SandboxRequest &request)
{
    if (!DirectoryRoleAssignments::mayRead(m_tenant, request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    GraphPageQuery query(request);
    SandboxResponse failure;
    if (!query.isValid(&failure))
        return failure;
    GraphEqualityFilter filter;
    QString error;
    QString unsupported;
    if (!filter.parse(request.queryValue(QStringLiteral("$filter")),
                      {QStringLiteral("id"), QStringLiteral("principalId"),
                       QStringLiteral("roleDefinitionId"), QStringLiteral("directoryScopeId"),
                       QStringLiteral("appScopeId")},
                      &error, &unsupported)) {
        if (!unsupported.isEmpty())
            error = QStringLiteral("Filter on property '%1' is not supported.").arg(unsupported);
        return GraphErrorReplies::badRequest(request, error);
    }
    QVector<QJsonObject> assignments;
    for (const QJsonObject &a : m_tenant.roleAssignments) {
        const QJsonObject view = DirectoryRoleAssignments::unifiedView(a);
        if (filter.matches(view))
            assignments.append(view);
    }
    return SandboxResponse::json(200, query.page(assignments, kContext));
}

SandboxResponse GraphRoleAssignmentEndpoints::create(const SandboxRequest &request)
{
    if (!DirectoryRoleAssignments::mayWrite(m_tenant, request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QString resource = QStringLiteral("UnifiedRoleAssignment");
    for (const char *required : {"roleDefinitionId", "principalId", "directoryScopeId"}) {
        if (!body.value(QLatin1String(required)).isString() ||
            body.value(QLatin1String(required)).toString().isEmpty())
            return GraphErrorReplies::invalidValue(request, QLatin1String(required), resource);
    }
    const QJsonValue type = body.value(QLatin1String("@odata.type"));
    if (!type.isUndefined() && type.toString() != QLatin1String("#microsoft.graph.unifiedRoleAssignment"))
        return GraphErrorReplies::invalidValue(request, QStringLiteral("@odata.type"), resource);
    QJsonObject assignment;
    SandboxResponse failure;
    DirectoryRoleAssignments assignments(m_tenant);
    if (!assignments.create(request, body.value(QLatin1String("roleDefinitionId")).toString(),
                            body.value(QLatin1String("principalId")).toString(),
                            body.value(QLatin1String("directoryScopeId")).toString(), &assignment, &failure))
        return failure;
    QJsonObject reply = DirectoryRoleAssignments::unifiedView(assignment);
    reply.insert(QStringLiteral("@odata.context"),
                 GraphPageQuery::contextUrl(request, kContext + QStringLiteral("/$entity")));
    return SandboxResponse::json(201, reply);
}

SandboxResponse GraphRoleAssignmentEndpoints::one(const SandboxRequest &request, const QString &id)
{
    const bool write = request.method == "DELETE";
    if (write ? !DirectoryRoleAssignments::mayWrite(m_tenant, request.caller)
              : !DirectoryRoleAssignments::mayRead(m_tenant, request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    DirectoryRoleAssignments assignments(m_tenant);
    const QJsonObject *found = assignments.find(id);
    if (!found)
        return GraphErrorReplies::resourceNotFound(request, id);
    if (write) {
        assignments.remove(id);
        return SandboxResponse::noContent();
    }
    QJsonObject reply = GraphPageQuery(request).project(DirectoryRoleAssignments::unifiedView(*found));
    reply.insert(QStringLiteral("@odata.context"),
                 GraphPageQuery::contextUrl(request, kContext + QStringLiteral("/$entity")));
    return SandboxResponse::json(200, reply);
}
