#include "sandbox/graph/graphserviceprincipalendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/graphpagequery.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

// "servicePrincipals(appId='…')": the app id, or a null string when the segment is not that key.
QString appIdKey(const QString &segment)
{
    static const QRegularExpression key(QStringLiteral("^servicePrincipals\\(appId='([^']*)'\\)$"));
    const QRegularExpressionMatch match = key.match(segment);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

GraphServicePrincipalEndpoints::GraphServicePrincipalEndpoints(const Tenant &tenant) : m_tenant(tenant)
{}

bool GraphServicePrincipalEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 2 || s.at(0) != QLatin1String("v1.0"))
        return false;
    if (s.size() == 2)
        return !appIdKey(s.at(1)).isNull();
    return s.size() == 3 && s.at(1) == QLatin1String("servicePrincipals");
}

SandboxResponse GraphServicePrincipalEndpoints::handle(SandboxRequest &request)
{
    if (request.method != "GET")
        return GraphErrorReplies::methodNotAllowed(request);
    if (!request.caller.hasAny({"Application.Read.All", "Application.ReadWrite.All", "Directory.Read.All",
                                "Directory.ReadWrite.All"}))
        return GraphErrorReplies::insufficientPrivileges(request);
    GraphPageQuery query(request);
    SandboxResponse failure;
    if (!query.isValid(&failure))
        return failure;
    const QStringList s = segmentsOf(request);
    const bool byAppId = s.size() == 2;
    const QString id = byAppId ? appIdKey(s.at(1)) : s.at(2);
    const QJsonObject principal = find(id, byAppId);
    if (principal.isEmpty())
        return GraphErrorReplies::resourceNotFound(request, id);
    QJsonObject body = query.project(principal);
    body.insert(QStringLiteral("@odata.context"),
                GraphPageQuery::contextUrl(request, QStringLiteral("servicePrincipals/$entity")));
    return SandboxResponse::json(200, body);
}

QJsonObject GraphServicePrincipalEndpoints::find(const QString &id, bool byAppId) const
{
    for (const Tenant::App &app : m_tenant.apps) {
        const QString objectId = Tenant::servicePrincipalId(m_tenant.tenantId, app.clientId);
        if (id.compare(byAppId ? app.clientId : objectId, Qt::CaseInsensitive) != 0)
            continue;
        return QJsonObject{
            {QStringLiteral("id"), objectId},
            {QStringLiteral("appId"), app.clientId},
            {QStringLiteral("displayName"), app.displayName},
            {QStringLiteral("appDisplayName"), app.displayName},
            {QStringLiteral("accountEnabled"), true},
            {QStringLiteral("appOwnerOrganizationId"), m_tenant.tenantId},
            {QStringLiteral("servicePrincipalType"), QStringLiteral("Application")},
            {QStringLiteral("servicePrincipalNames"), QJsonArray{app.clientId}},
            {QStringLiteral("signInAudience"), QStringLiteral("AzureADMyOrg")},
            {QStringLiteral("tags"), QJsonArray()},
        };
    }
    return QJsonObject();
}
