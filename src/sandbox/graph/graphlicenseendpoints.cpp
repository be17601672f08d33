#include "sandbox/graph/graphlicenseendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/directoryschema.h"
#include "sandbox/odata/graphpagequery.h"
#include "sandbox/odata/odataquery.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

namespace {

QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isGuid(const QJsonValue &value)
{
    return value.isString() && !QUuid::fromString(value.toString()).isNull();
}

// The assignedPlan "service" name Graph reports for a service plan.
QString serviceOf(const QString &servicePlanName)
{
    const QString name = servicePlanName.toUpper();
    if (name.startsWith(QLatin1String("EXCHANGE")))
        return QStringLiteral("exchange");
    if (name.startsWith(QLatin1String("SHAREPOINT")))
        return QStringLiteral("SharePoint");
    if (name.startsWith(QLatin1String("TEAMS")))
        return QStringLiteral("TeamspaceAPI");
    if (name.startsWith(QLatin1String("MCO")))
        return QStringLiteral("MicrosoftCommunicationsOnline");
    if (name.startsWith(QLatin1String("OFFICE")))
        return QStringLiteral("MicrosoftOffice");
    return servicePlanName;
}

} // namespace

GraphLicenseEndpoints::GraphLicenseEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphLicenseEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.isEmpty() || s.at(0) != QLatin1String("v1.0") || s.last() != QLatin1String("assignLicense"))
        return false;
    return (s.size() == 4 && s.at(1) == QLatin1String("users")) ||
           (s.size() == 3 && s.at(1) == QLatin1String("me"));
}

qsizetype GraphLicenseEndpoints::skuIndex(const QString &skuId) const
{
    for (qsizetype i = 0; i < m_tenant.subscribedSkus.size(); ++i) {
        if (m_tenant.subscribedSkus.at(i)
                .toObject()
                .value(QLatin1String("skuId"))
                .toString()
                .compare(skuId, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

SandboxResponse GraphLicenseEndpoints::handle(SandboxRequest &request)
{
    if (request.method != "POST")
        return GraphErrorReplies::methodNotAllowed(request);
    const SandboxCaller &caller = request.caller;
    if (!caller.hasAny({"User.ReadWrite.All", "Directory.ReadWrite.All", "LicenseAssignment.ReadWrite.All"}))
        return GraphErrorReplies::insufficientPrivileges(request);

    const QStringList s = segmentsOf(request);
    const QString key = s.at(1) == QLatin1String("me") ? caller.userId : s.at(2);
    if (key.isEmpty())
        return GraphErrorReplies::badRequest(request,
                                             QStringLiteral("/me request is only valid with delegated "
                                                            "authentication flow."));
    const std::optional<QJsonObject> found = DirectoryLookup(m_tenant).user(key);
    if (!found)
        return GraphErrorReplies::resourceNotFound(request, key);
    const QJsonObject user = *found;
    const QString userId = user.value(QLatin1String("id")).toString();
    if (!m_tenant.canManageObject(caller, userId))
        return GraphErrorReplies::insufficientPrivileges(request);

    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    QStringList missing;
    for (const char *parameter : {"addLicenses", "removeLicenses"}) {
        if (!body.value(QLatin1String(parameter)).isArray())
            missing.append(QLatin1String(parameter));
    }
    if (!missing.isEmpty())
        return GraphErrorReplies::badRequest(
            request,
            QStringLiteral("One or more parameters of the operation 'assignLicense' are missing from the "
                           "request payload. The missing parameters are: %1.")
                .arg(missing.join(QStringLiteral(", "))));

    // Validate everything first: the operation is all or nothing.
    const QJsonArray adds = body.value(QLatin1String("addLicenses")).toArray();
    const QJsonArray removes = body.value(QLatin1String("removeLicenses")).toArray();
    const QString guidNull =
        QStringLiteral("A null value was found with the expected type 'Edm.Guid[Nullable=False]'. "
                       "The expected type 'Edm.Guid[Nullable=False]' does not allow null values.");
    const QString guidBad =
        QStringLiteral("Cannot convert a primitive value to the expected type 'Edm.Guid'. See "
                       "the inner exception for more details.");
    QHash<QString, QJsonObject> held; // skuId (lower case) -> assignedLicense
    for (const QJsonValue &l : user.value(QLatin1String("assignedLicenses")).toArray())
        held.insert(l.toObject().value(QLatin1String("skuId")).toString().toLower(), l.toObject());

    for (const QJsonValue &value : adds) {
        const QJsonObject license = value.toObject();
        const QJsonValue sku = license.value(QLatin1String("skuId"));
        if (sku.isNull() || sku.isUndefined())
            return GraphErrorReplies::badRequest(request, guidNull);
        if (!isGuid(sku))
            return GraphErrorReplies::badRequest(request, guidBad);
        for (const QJsonValue &plan : license.value(QLatin1String("disabledPlans")).toArray()) {
            if (!isGuid(plan))
                return GraphErrorReplies::badRequest(request, guidBad);
        }
        if (skuIndex(sku.toString()) < 0)
            return GraphErrorReplies::badRequest(
                request, QStringLiteral("License %1 does not correspond to a valid company License.")
                             .arg(sku.toString()));
    }
    for (const QJsonValue &sku : removes) {
        if (sku.isNull())
            return GraphErrorReplies::badRequest(request, guidNull);
        if (!isGuid(sku))
            return GraphErrorReplies::badRequest(request, guidBad);
        if (skuIndex(sku.toString()) < 0)
            return GraphErrorReplies::badRequest(
                request, QStringLiteral("License %1 does not correspond to a valid company License.")
                             .arg(sku.toString()));
        if (!held.contains(sku.toString().toLower()))
            return GraphErrorReplies::badRequest(
                request, QStringLiteral("User does not have a corresponding license."));
    }
    if (!adds.isEmpty() && user.value(QLatin1String("usageLocation")).toString().isEmpty())
        return GraphErrorReplies::badRequest(
            request,
            QStringLiteral("License assignment cannot be done for user with invalid usage location."));

    // Seats: only licences the user does not already hold consume one.
    QHash<qsizetype, int> delta; // sku index -> change of consumedUnits
    for (const QJsonValue &sku : removes)
        delta[skuIndex(sku.toString())] -= 1;
    for (const QJsonValue &value : adds) {
        const QString sku = value.toObject().value(QLatin1String("skuId")).toString();
        const bool removedNow = [&] {
            for (const QJsonValue &r : removes) {
                if (r.toString().compare(sku, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }();
        if (!held.contains(sku.toLower()) || removedNow)
            delta[skuIndex(sku)] += 1;
    }
    for (auto it = delta.begin(); it != delta.end(); ++it) {
        if (it.value() <= 0)
            continue;
        const QJsonObject sku = m_tenant.subscribedSkus.at(it.key()).toObject();
        const int enabled =
            sku.value(QLatin1String("prepaidUnits")).toObject().value(QLatin1String("enabled")).toInt();
        const int consumed = sku.value(QLatin1String("consumedUnits")).toInt();
        if (consumed + it.value() > enabled)
            return GraphErrorReplies::badRequest(
                request, QStringLiteral("Subscription %1 has no more available licenses.")
                             .arg(sku.value(QLatin1String("skuPartNumber")).toString()));
    }

    // Apply.
    for (const QJsonValue &sku : removes)
        held.remove(sku.toString().toLower());
    for (const QJsonValue &value : adds) {
        const QJsonObject license = value.toObject();
        const QString sku = license.value(QLatin1String("skuId")).toString().toLower();
        held.insert(sku, QJsonObject{{QStringLiteral("disabledPlans"),
                                      license.value(QLatin1String("disabledPlans")).isArray()
                                          ? license.value(QLatin1String("disabledPlans"))
                                          : QJsonValue(QJsonArray())},
                                     {QStringLiteral("skuId"), license.value(QLatin1String("skuId"))}});
    }
    for (auto it = delta.begin(); it != delta.end(); ++it) {
        QJsonObject sku = m_tenant.subscribedSkus.at(it.key()).toObject();
        sku.insert(QStringLiteral("consumedUnits"),
                   qMax(0, sku.value(QLatin1String("consumedUnits")).toInt() + it.value()));
        m_tenant.subscribedSkus.replace(it.key(), sku);
    }

    // assignedLicenses in the user's existing order, new ones appended; assignedPlans follow them, and a plan
    // the user no longer has stays listed as Deleted (as Graph keeps it).
    QJsonArray licenses;
    QStringList order;
    for (const QJsonValue &l : user.value(QLatin1String("assignedLicenses")).toArray())
        order.append(l.toObject().value(QLatin1String("skuId")).toString().toLower());
    for (const QJsonValue &value : adds) {
        const QString sku = value.toObject().value(QLatin1String("skuId")).toString().toLower();
        if (!order.contains(sku))
            order.append(sku);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QHash<QString, QJsonObject> previousPlans;
    for (const QJsonValue &p : user.value(QLatin1String("assignedPlans")).toArray())
        previousPlans.insert(p.toObject().value(QLatin1String("servicePlanId")).toString().toLower(),
                             p.toObject());
    QJsonArray plans;
    QStringList activePlans;
    for (const QString &sku : order) {
        if (!held.contains(sku))
            continue;
        const QJsonObject license = held.value(sku);
        licenses.append(license);
        QStringList disabled;
        for (const QJsonValue &d : license.value(QLatin1String("disabledPlans")).toArray())
            disabled.append(d.toString().toLower());
        const QJsonObject skuObject = m_tenant.subscribedSkus.at(skuIndex(sku)).toObject();
        for (const QJsonValue &p : skuObject.value(QLatin1String("servicePlans")).toArray()) {
            const QJsonObject plan = p.toObject();
            const QString planId = plan.value(QLatin1String("servicePlanId")).toString().toLower();
            if (disabled.contains(planId) || activePlans.contains(planId))
                continue;
            activePlans.append(planId);
            const QJsonObject before = previousPlans.value(planId);
            plans.append(QJsonObject{
                {QStringLiteral("assignedDateTime"),
                 before.value(QLatin1String("capabilityStatus")).toString() == QLatin1String("Enabled")
                     ? before.value(QLatin1String("assignedDateTime")).toString(now)
                     : now},
                {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
                {QStringLiteral("service"),
                 serviceOf(plan.value(QLatin1String("servicePlanName")).toString())},
                {QStringLiteral("servicePlanId"), plan.value(QLatin1String("servicePlanId")).toString()}});
        }
    }
    for (auto it = previousPlans.begin(); it != previousPlans.end(); ++it) {
        if (activePlans.contains(it.key()))
            continue;
        QJsonObject plan = it.value();
        plan.insert(QStringLiteral("capabilityStatus"), QStringLiteral("Deleted"));
        plans.append(plan);
    }
    m_tenant.users.update(
        userId,
        QJsonObject{{QStringLiteral("assignedLicenses"), licenses}, {QStringLiteral("assignedPlans"), plans}},
        m_tenant.nextSequence());

    QJsonObject reply =
        ODataQuery::project(*m_tenant.users.find(userId), DirectorySchema::user(), QStringList());
    reply.insert(QStringLiteral("@odata.context"),
                 GraphPageQuery::contextUrl(request, QStringLiteral("users/$entity")));
    return SandboxResponse::json(200, reply);
}
