#include "sandbox/graph/graphusersendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/directorypermissions.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/directory/userrules.h"
#include "sandbox/odata/odataquery.h"

#include <QDateTime>

namespace {
QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString entityContext(const SandboxRequest &request, const ODataQuery &query)
{
    return request.baseUrl + QStringLiteral("/v1.0/$metadata#") +
           query.contextFragment(QStringLiteral("users")) + QStringLiteral("/$entity");
}
} // namespace

GraphUsersEndpoints::GraphUsersEndpoints(Tenant &tenant) : m_tenant(tenant), m_schema(DirectorySchema::user())
{}

bool GraphUsersEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 2 || s.at(0) != QLatin1String("v1.0"))
        return false;
    if (s.at(1) == QLatin1String("me"))
        return s.size() == 2;
    if (s.at(1) != QLatin1String("users"))
        return false;
    return s.size() == 2 || (s.size() == 3 && s.at(2) != QLatin1String("delta") &&
                             !s.at(2).startsWith(QLatin1String("delta(")));
}

SandboxResponse GraphUsersEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    const QByteArray &method = request.method;
    if (s.at(1) == QLatin1String("me")) {
        if (request.caller.appOnly())
            return GraphErrorReplies::badRequest(
                request, QStringLiteral("/me request is only valid with delegated authentication flow."));
        if (method != "GET")
            return GraphErrorReplies::methodNotAllowed(request);
        return get(request, request.caller.userId);
    }
    if (s.size() == 2) {
        if (method == "GET")
            return list(request);
        if (method == "POST")
            return create(request);
        return GraphErrorReplies::methodNotAllowed(request);
    }
    if (s.at(2) == QLatin1String("$count")) {
        if (method != "GET")
            return GraphErrorReplies::methodNotAllowed(request);
        return count(request);
    }
    if (method == "GET")
        return get(request, s.at(2));
    if (method == "PATCH")
        return update(request, s.at(2));
    if (method == "DELETE")
        return remove(request, s.at(2));
    return GraphErrorReplies::methodNotAllowed(request);
}

SandboxResponse GraphUsersEndpoints::list(const SandboxRequest &request)
{
    if (!DirectoryPermissions::canReadUsers(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    return m_pager.list(request, m_tenant.users, m_schema, false, QStringLiteral("users"));
}

SandboxResponse GraphUsersEndpoints::count(const SandboxRequest &request)
{
    if (!DirectoryPermissions::canReadUsers(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    return m_pager.rawCount(request, m_tenant.users, m_schema);
}

SandboxResponse GraphUsersEndpoints::get(const SandboxRequest &request, const QString &idOrUpn)
{
    const bool self = !request.caller.appOnly() && idOrUpn == request.caller.userId;
    if (!DirectoryPermissions::canReadUsers(request.caller) &&
        !(self && request.caller.hasAny({"User.Read", "User.ReadWrite", "User.ReadBasic.All"})))
        return GraphErrorReplies::insufficientPrivileges(request);
    ODataQuery query(request);
    SandboxResponse failure;
    if (!query.validate(m_schema, false, &failure))
        return failure;
    const std::optional<QJsonObject> user = DirectoryLookup(m_tenant).user(idOrUpn);
    if (!user)
        return GraphErrorReplies::resourceNotFound(request, idOrUpn);
    QJsonObject body = query.project(*user, m_schema);
    body.insert(QStringLiteral("@odata.context"), entityContext(request, query));
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphUsersEndpoints::create(const SandboxRequest &request)
{
    const SandboxCaller &caller = request.caller;
    if (!DirectoryPermissions::canWriteUsers(caller) || !m_tenant.canManageObject(caller, QString()))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    QJsonObject user;
    SandboxResponse failure;
    if (!UserRules(m_tenant).create(request, body, &user, &failure))
        return failure;
    m_tenant.users.insert(user, m_tenant.nextSequence());
    ODataQuery query(request);
    QJsonObject reply = ODataQuery::project(user, m_schema, QStringList());
    reply.insert(QStringLiteral("@odata.context"), entityContext(request, query));
    SandboxResponse response = SandboxResponse::json(201, reply);
    response.setHeader("Location",
                       (request.baseUrl + QStringLiteral("/v2/") + m_tenant.tenantId +
                        QStringLiteral("/directoryObjects/") + user.value(QLatin1String("id")).toString() +
                        QStringLiteral("/Microsoft.DirectoryServices.User"))
                           .toUtf8());
    return response;
}

SandboxResponse GraphUsersEndpoints::update(const SandboxRequest &request, const QString &idOrUpn)
{
    if (!DirectoryPermissions::canWriteUsers(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    const std::optional<QJsonObject> user = DirectoryLookup(m_tenant).user(idOrUpn);
    if (!user)
        return GraphErrorReplies::resourceNotFound(request, idOrUpn);
    const QString id = user->value(QLatin1String("id")).toString();
    if (!m_tenant.canManageObject(request.caller, id))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    QJsonObject changes;
    SandboxResponse failure;
    if (!UserRules(m_tenant).update(request, id, body, &changes, &failure))
        return failure;
    if (!changes.isEmpty())
        m_tenant.users.update(id, changes, m_tenant.nextSequence());
    return SandboxResponse::noContent();
}

SandboxResponse GraphUsersEndpoints::remove(const SandboxRequest &request, const QString &idOrUpn)
{
    if (!DirectoryPermissions::canWriteUsers(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);
    const std::optional<QJsonObject> user = DirectoryLookup(m_tenant).user(idOrUpn);
    if (!user)
        return GraphErrorReplies::resourceNotFound(request, idOrUpn);
    const QString id = user->value(QLatin1String("id")).toString();
    if (!m_tenant.canManageObject(request.caller, id) ||
        (!request.caller.appOnly() && id == request.caller.userId))
        return GraphErrorReplies::insufficientPrivileges(request);
    const quint64 sequence = m_tenant.nextSequence();
    const QString upn = user->value(QLatin1String("userPrincipalName")).toString();
    m_tenant.users.update(
        id, {{QStringLiteral("userPrincipalName"), UserRules::deletedUserPrincipalName(id, upn)}}, sequence);
    m_tenant.users.softDelete(id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), sequence);
    return SandboxResponse::noContent();
}
