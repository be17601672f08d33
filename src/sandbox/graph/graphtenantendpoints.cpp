#include "sandbox/graph/graphtenantendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/graphpagequery.h"

#include <QJsonArray>
#include <QList>
#include <QPair>

namespace {

QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

const QString kPrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");

const QStringList &subscribedSkuProperties()
{
    static const QStringList names{
        QStringLiteral("accountId"),        QStringLiteral("accountName"),    QStringLiteral("appliesTo"),
        QStringLiteral("capabilityStatus"), QStringLiteral("consumedUnits"),  QStringLiteral("id"),
        QStringLiteral("prepaidUnits"),     QStringLiteral("servicePlans"),   QStringLiteral("skuId"),
        QStringLiteral("skuPartNumber"),    QStringLiteral("subscriptionIds")};
    return names;
}

// Guest user role ids Microsoft Entra accepts for authorizationPolicy.guestUserRoleId.
const QStringList &guestRoleIds()
{
    static const QStringList ids{QStringLiteral("a0b1b346-4d3e-4e8b-98f8-753987be4970"),  // User
                                 QStringLiteral("10dae51f-b6af-4016-8d66-8c2a99b929b3"),  // Guest User
                                 QStringLiteral("2af84b1e-32c8-42b7-82bc-daa82404023b")}; // Restricted Guest
    return ids;
}

enum class Kind
{
    Bool,
    NullableBool,
    String,
    AllowInvitesFrom,
    GuestRoleId,
    StringArray
};

bool valueFits(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Bool:
        return value.isBool();
    case Kind::NullableBool:
        return value.isBool() || value.isNull();
    case Kind::String:
        return value.isString() || value.isNull();
    case Kind::AllowInvitesFrom:
        return value.isString() &&
               QStringList{QStringLiteral("none"), QStringLiteral("adminsAndGuestInviters"),
                           QStringLiteral("adminsGuestInvitersAndAllMembers"), QStringLiteral("everyone")}
                   .contains(value.toString());
    case Kind::GuestRoleId:
        return value.isString() && guestRoleIds().contains(value.toString(), Qt::CaseInsensitive);
    case Kind::StringArray: {
        if (!value.isArray())
            return false;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace

GraphTenantEndpoints::GraphTenantEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphTenantEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 2 || s.at(0) != QLatin1String("v1.0"))
        return false;
    if (s.at(1) == QLatin1String("organization") || s.at(1) == QLatin1String("subscribedSkus") ||
        s.at(1) == QLatin1String("domains"))
        return s.size() <= 3;
    return s.size() == 3 && s.at(1) == QLatin1String("policies") &&
           s.at(2) == QLatin1String("authorizationPolicy");
}

SandboxResponse GraphTenantEndpoints::handle(SandboxRequest &request)
{
    const QStringList s = segmentsOf(request);
    const QString id = s.size() > 2 ? s.at(2) : QString();
    if (s.at(1) == QLatin1String("policies")) {
        if (request.method == "GET")
            return getAuthorizationPolicy(request);
        if (request.method == "PATCH")
            return patchAuthorizationPolicy(request);
        return GraphErrorReplies::methodNotAllowed(request);
    }
    if (request.method != "GET")
        return GraphErrorReplies::methodNotAllowed(request);
    if (s.at(1) == QLatin1String("organization"))
        return organization(request, id);
    if (s.at(1) == QLatin1String("domains"))
        return domains(request, id);
    return subscribedSkus(request, id);
}

QJsonObject GraphTenantEndpoints::organizationObject() const
{
    if (!m_tenant.organization.isEmpty())
        return m_tenant.organization;
    // An unseeded tenant still has an organization: its id, name and initial domain.
    return QJsonObject{
        {QStringLiteral("id"), m_tenant.tenantId},
        {QStringLiteral("displayName"), m_tenant.displayName},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
        {QStringLiteral("verifiedDomains"),
         QJsonArray{QJsonObject{
             {QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
             {QStringLiteral("isDefault"), true},
             {QStringLiteral("isInitial"), true},
             {QStringLiteral("name"), m_tenant.initialDomain},
             {QStringLiteral("type"), QStringLiteral("Managed")}}}},
    };
}

SandboxResponse GraphTenantEndpoints::organization(const SandboxRequest &request, const QString &id)
{
    const SandboxCaller &caller = request.caller;
    const bool full = caller.hasAny({"Organization.Read.All", "Organization.ReadWrite.All",
                                     "Directory.Read.All", "Directory.ReadWrite.All"});
    // A signed-in user with only User.Read sees the organization's id, name and domains.
    const bool basic =
        !caller.appOnly() && caller.hasAny({"User.Read", "User.ReadWrite", "User.ReadBasic.All",
                                            "User.Read.All", "User.ReadWrite.All"});
    if (!full && !basic)
        return GraphErrorReplies::insufficientPrivileges(request);
    GraphPageQuery query(request);
    SandboxResponse failure;
    if (!query.isValid(&failure))
        return failure;

    QJsonObject org = organizationObject();
    if (!full) {
        org = QJsonObject{{QStringLiteral("id"), org.value(QLatin1String("id"))},
                          {QStringLiteral("displayName"), org.value(QLatin1String("displayName"))},
                          {QStringLiteral("verifiedDomains"), org.value(QLatin1String("verifiedDomains"))}};
    }
    if (id.isEmpty())
        return SandboxResponse::json(200, query.page({org}, QStringLiteral("organization")));
    if (id.compare(org.value(QLatin1String("id")).toString(), Qt::CaseInsensitive) != 0)
        return GraphErrorReplies::resourceNotFound(request, id);
    QJsonObject body = query.project(org);
    body.insert(QStringLiteral("@odata.context"),
                GraphPageQuery::contextUrl(request, QStringLiteral("organization/$entity")));
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphTenantEndpoints::subscribedSkus(const SandboxRequest &request, const QString &id)
{
    if (!request.caller.hasAny({"Organization.Read.All", "Organization.ReadWrite.All", "Directory.Read.All",
                                "Directory.ReadWrite.All", "LicenseAssignment.Read.All",
                                "LicenseAssignment.ReadWrite.All"}))
        return GraphErrorReplies::insufficientPrivileges(request);
    // subscribedSkus supports $select only.
    if (request.query.hasQueryItem(QStringLiteral("$filter")))
        return GraphErrorReplies::unsupportedQuery(
            request, QStringLiteral("Filtered searches against this resource are not supported."));
    for (const char *option : {"$top", "$skip", "$orderby", "$search", "$expand", "$count", "$skiptoken"}) {
        if (request.query.hasQueryItem(QLatin1String(option)))
            return GraphErrorReplies::unsupportedQuery(
                request, QStringLiteral("Query option '%1' is not supported on this resource.")
                             .arg(QLatin1String(option)));
    }
    GraphPageQuery query(request, 1000000, 1000000);
    SandboxResponse failure;
    if (!query.checkSelect(subscribedSkuProperties(), &failure))
        return failure;

    if (id.isEmpty()) {
        QVector<QJsonObject> skus;
        for (const QJsonValue &sku : m_tenant.subscribedSkus)
            skus.append(sku.toObject());
        return SandboxResponse::json(200, query.page(skus, QStringLiteral("subscribedSkus")));
    }
    for (const QJsonValue &value : m_tenant.subscribedSkus) {
        const QJsonObject sku = value.toObject();
        if (sku.value(QLatin1String("id")).toString().compare(id, Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject body = query.project(sku);
        body.insert(QStringLiteral("@odata.context"),
                    GraphPageQuery::contextUrl(request, QStringLiteral("subscribedSkus/$entity")));
        return SandboxResponse::json(200, body);
    }
    return GraphErrorReplies::resourceNotFound(request, id);
}

// GET /domains: the organization's verified domains as microsoft.graph.domain objects.
QVector<QJsonObject> GraphTenantEndpoints::domainObjects() const
{
    QVector<QJsonObject> result;
    const QJsonArray verified = organizationObject().value(QLatin1String("verifiedDomains")).toArray();
    for (const QJsonValue &value : verified) {
        const QJsonObject d = value.toObject();
        const QString name = d.value(QLatin1String("name")).toString();
        QJsonArray services;
        for (const QString &capability :
             d.value(QLatin1String("capabilities")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            services.append(capability.trimmed());
        result.append(QJsonObject{
            {QStringLiteral("id"), name},
            {QStringLiteral("authenticationType"),
             d.value(QLatin1String("type")).toString(QStringLiteral("Managed"))},
            {QStringLiteral("availabilityStatus"), QJsonValue::Null},
            {QStringLiteral("isAdminManaged"), true},
            {QStringLiteral("isDefault"), d.value(QLatin1String("isDefault")).toBool()},
            {QStringLiteral("isInitial"), d.value(QLatin1String("isInitial")).toBool()},
            {QStringLiteral("isRoot"), true},
            {QStringLiteral("isVerified"), true},
            {QStringLiteral("passwordNotificationWindowInDays"), 14},
            {QStringLiteral("passwordValidityPeriodInDays"), 2147483647},
            {QStringLiteral("supportedServices"), services},
            {QStringLiteral("state"), QJsonValue::Null},
        });
    }
    return result;
}

SandboxResponse GraphTenantEndpoints::domains(const SandboxRequest &request, const QString &id)
{
    if (!request.caller.hasAny(
            {"Domain.Read.All", "Domain.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"}))
        return GraphErrorReplies::insufficientPrivileges(request);
    const QStringList properties{QStringLiteral("id"),
                                 QStringLiteral("authenticationType"),
                                 QStringLiteral("availabilityStatus"),
                                 QStringLiteral("isAdminManaged"),
                                 QStringLiteral("isDefault"),
                                 QStringLiteral("isInitial"),
                                 QStringLiteral("isRoot"),
                                 QStringLiteral("isVerified"),
                                 QStringLiteral("passwordNotificationWindowInDays"),
                                 QStringLiteral("passwordValidityPeriodInDays"),
                                 QStringLiteral("supportedServices"),
                                 QStringLiteral("state")};
    GraphPageQuery query(request, 1000000, 1000000);
    SandboxResponse failure;
    if (!query.checkSelect(properties, &failure))
        return failure;
    const QVector<QJsonObject> all = domainObjects();
    if (id.isEmpty())
        return SandboxResponse::json(200, query.page(all, QStringLiteral("domains")));
    for (const QJsonObject &domain : all) {
        if (domain.value(QLatin1String("id")).toString().compare(id, Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject body = query.project(domain);
        body.insert(QStringLiteral("@odata.context"),
                    GraphPageQuery::contextUrl(request, QStringLiteral("domains/$entity")));
        return SandboxResponse::json(200, body);
    }
    return GraphErrorReplies::resourceNotFound(request, id);
}

QJsonObject GraphTenantEndpoints::authorizationPolicyObject() const
{
    if (!m_tenant.authorizationPolicy.isEmpty())
        return m_tenant.authorizationPolicy;
    // The singleton always exists; these are a new tenant's defaults.
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("authorizationPolicy")},
        {QStringLiteral("allowInvitesFrom"), QStringLiteral("everyone")},
        {QStringLiteral("allowedToSignUpEmailBasedSubscriptions"), true},
        {QStringLiteral("allowedToUseSSPR"), true},
        {QStringLiteral("allowEmailVerifiedUsersToJoinOrganization"), true},
        {QStringLiteral("allowUserConsentForRiskyApps"), false},
        {QStringLiteral("blockMsolPowerShell"), QJsonValue::Null},
        {QStringLiteral("displayName"), QStringLiteral("Authorization Policy")},
        {QStringLiteral("description"),
         QStringLiteral("Used to manage authorization related settings across the "
                        "company.")},
        {QStringLiteral("guestUserRoleId"), QStringLiteral("10dae51f-b6af-4016-8d66-8c2a99b929b3")},
        {QStringLiteral("defaultUserRolePermissions"),
         QJsonObject{
             {QStringLiteral("allowedToCreateApps"), true},
             {QStringLiteral("allowedToCreateSecurityGroups"), true},
             {QStringLiteral("allowedToCreateTenants"), true},
             {QStringLiteral("allowedToReadBitlockerKeysForOwnedDevice"), true},
             {QStringLiteral("allowedToReadOtherUsers"), true},
             {QStringLiteral("permissionGrantPoliciesAssigned"),
              QJsonArray{QStringLiteral("ManagePermissionGrantsForSelf.microsoft-user-default-legacy")}}}},
    };
}

SandboxResponse GraphTenantEndpoints::getAuthorizationPolicy(const SandboxRequest &request)
{
    if (!request.caller.hasAny({"Policy.Read.All", "Policy.ReadWrite.Authorization"}))
        return GraphErrorReplies::insufficientPrivileges(request);
    GraphPageQuery query(request);
    QJsonObject body = query.project(authorizationPolicyObject());
    body.insert(QStringLiteral("@odata.context"),
                GraphPageQuery::contextUrl(request, QStringLiteral("policies/authorizationPolicy/$entity")));
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphTenantEndpoints::patchAuthorizationPolicy(const SandboxRequest &request)
{
    const SandboxCaller &caller = request.caller;
    if (!caller.hasAny({"Policy.ReadWrite.Authorization"}))
        return GraphErrorReplies::insufficientPrivileges(request);
    if (!caller.appOnly() && !m_tenant.isGlobalAdministrator(caller.userId) &&
        !m_tenant.rolesOf(caller.userId).contains(kPrivilegedRoleAdministrator))
        return GraphErrorReplies::insufficientPrivileges(request);
    bool ok = false;
    const QJsonObject changes = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);

    static const QList<QPair<const char *, Kind>> policyProperties{
        {"displayName", Kind::String},
        {"description", Kind::String},
        {"allowedToSignUpEmailBasedSubscriptions", Kind::Bool},
        {"allowedToUseSSPR", Kind::Bool},
        {"allowEmailVerifiedUsersToJoinOrganization", Kind::Bool},
        {"allowInvitesFrom", Kind::AllowInvitesFrom},
        {"allowUserConsentForRiskyApps", Kind::NullableBool},
        {"blockMsolPowerShell", Kind::NullableBool},
        {"guestUserRoleId", Kind::GuestRoleId},
    };
    static const QList<QPair<const char *, Kind>> permissionProperties{
        {"allowedToCreateApps", Kind::Bool},
        {"allowedToCreateSecurityGroups", Kind::Bool},
        {"allowedToCreateTenants", Kind::NullableBool},
        {"allowedToReadBitlockerKeysForOwnedDevice", Kind::NullableBool},
        {"allowedToReadOtherUsers", Kind::Bool},
        {"permissionGrantPoliciesAssigned", Kind::StringArray},
    };
    const auto kindOf = [](const QList<QPair<const char *, Kind>> &table, const QString &name, Kind *kind) {
        for (const auto &entry : table) {
            if (name == QLatin1String(entry.first)) {
                *kind = entry.second;
                return true;
            }
        }
        return false;
    };
    const QString resource = QStringLiteral("AuthorizationPolicy");

    QJsonObject policy = authorizationPolicyObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString name = it.key();
        if (name.startsWith(QLatin1Char('@')))
            continue;
        if (name == QLatin1String("id"))
            return GraphErrorReplies::invalidValue(request, name, resource);
        if (name == QLatin1String("defaultUserRolePermissions")) {
            if (!it.value().isObject())
                return GraphErrorReplies::invalidValue(request, name, resource);
            QJsonObject permissions = policy.value(name).toObject();
            const QJsonObject given = it.value().toObject();
            for (auto p = given.begin(); p != given.end(); ++p) {
                if (p.key().startsWith(QLatin1Char('@')))
                    continue;
                Kind kind;
                if (!kindOf(permissionProperties, p.key(), &kind))
                    return GraphErrorReplies::unknownProperty(
                        request, p.key(), QStringLiteral("microsoft.graph.defaultUserRolePermissions"));
                if (!valueFits(p.value(), kind))
                    return GraphErrorReplies::invalidValue(request, p.key(), resource);
                permissions.insert(p.key(), p.value());
            }
            policy.insert(name, permissions);
            continue;
        }
        Kind kind;
        if (!kindOf(policyProperties, name, &kind))
            return GraphErrorReplies::unknownProperty(request, name,
                                                      QStringLiteral("microsoft.graph.authorizationPolicy"));
        if (!valueFits(it.value(), kind))
            return GraphErrorReplies::invalidValue(request, name, resource);
        policy.insert(name, it.value());
    }
    m_tenant.authorizationPolicy = policy;
    m_tenant.nextSequence();
    return SandboxResponse::noContent();
}
