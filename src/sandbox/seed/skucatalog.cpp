#include "sandbox/seed/skucatalog.h"

#include <QJsonArray>

namespace {
const SkuCatalog::ServicePlan a1Plans[] = {
    {"EXCHANGE_S_STANDARD", "9aaf7827-d63c-4b61-89c3-182f06f82e5c", "exchange"},
    {"SHAREPOINTSTANDARD_EDU", "0a4983bb-d3e5-4a09-95d8-b2d0127b3df5", "SharePoint"},
    {"SHAREPOINTWAC_EDU", "e03c7e47-402c-463c-ab25-949079bedb21", "SharePoint"},
    {"TEAMS1", "57ff2da0-773e-42df-b2af-ffb7a2317929", "TeamspaceAPI"},
    {"MCOSTANDARD", "0feaeb32-d00e-4d66-bd5a-43b5b83db82c", "MicrosoftCommunicationsOnline"},
    {"YAMMER_EDU", "2078e8df-cff6-4290-98cb-5408261a760a", "YammerEnterprise"},
    {"INTUNE_O365", "882e1d05-acd1-4ccb-8708-6ee03664b117", "SCO"},
    {"SWAY", "a23b959c-7ce8-4e57-9140-b90eb88a9e97", "Sway"},
    {"PROJECTWORKMANAGEMENT", "b737dad2-2f6c-4c65-90e3-ca563267e8b9", "ProjectWorkManagement"},
    {"OFFICE_FORMS_PLAN_2", "9b5de886-f035-4ff2-b3d8-c9127bea3620", "OfficeForms"},
    {"RMS_S_ENTERPRISE", "bea4c11e-220a-4e6d-8eb8-8ea15d019f90", "RMSOnline"},
    {"POWERAPPS_O365_P2", "c68f8d98-5534-41c8-bf36-22fa496fa792", "PowerAppsService"},
    {"FLOW_O365_P2", "76846ad7-7776-4c40-a281-a386362dd1b9", "ProcessSimple"},
};

const SkuCatalog::ServicePlan a3Plans[] = {
    {"EXCHANGE_S_ENTERPRISE", "efb87545-963c-4e0d-99df-69c6916d9eb0", "exchange"},
    {"SHAREPOINTENTERPRISE_EDU", "63038b2c-28d0-45f6-bc36-33062963b498", "SharePoint"},
    {"SHAREPOINTWAC_EDU", "e03c7e47-402c-463c-ab25-949079bedb21", "SharePoint"},
    {"OFFICESUBSCRIPTION", "43de0ff5-c92c-492b-9116-175376d08c38", "MicrosoftOffice"},
    {"TEAMS1", "57ff2da0-773e-42df-b2af-ffb7a2317929", "TeamspaceAPI"},
    {"MCOSTANDARD", "0feaeb32-d00e-4d66-bd5a-43b5b83db82c", "MicrosoftCommunicationsOnline"},
    {"INTUNE_A", "c1ec4a95-1f05-45b3-a911-aa3fa01094f5", "SCO"},
    {"AAD_PREMIUM", "41781fb2-bc02-4b7c-bd55-b576c07bb09d", "AADPremiumService"},
    {"RMS_S_PREMIUM", "6c57d4b6-3b23-47a5-9bc9-69f17b4947b3", "RMSOnline"},
    {"RMS_S_ENTERPRISE", "bea4c11e-220a-4e6d-8eb8-8ea15d019f90", "RMSOnline"},
    {"YAMMER_EDU", "2078e8df-cff6-4290-98cb-5408261a760a", "YammerEnterprise"},
    {"SWAY", "a23b959c-7ce8-4e57-9140-b90eb88a9e97", "Sway"},
    {"PROJECTWORKMANAGEMENT", "b737dad2-2f6c-4c65-90e3-ca563267e8b9", "ProjectWorkManagement"},
    {"OFFICE_FORMS_PLAN_2", "9b5de886-f035-4ff2-b3d8-c9127bea3620", "OfficeForms"},
    {"POWERAPPS_O365_P2", "c68f8d98-5534-41c8-bf36-22fa496fa792", "PowerAppsService"},
    {"FLOW_O365_P2", "76846ad7-7776-4c40-a281-a386362dd1b9", "ProcessSimple"},
};

template <std::size_t N> QVector<SkuCatalog::ServicePlan> plans(const SkuCatalog::ServicePlan (&list)[N])
{
    return QVector<SkuCatalog::ServicePlan>(std::begin(list), std::end(list));
}
} // namespace

const QVector<SkuCatalog::Sku> &SkuCatalog::skus()
{
    static const QVector<Sku> all{
        {QStringLiteral("314c4481-f395-4525-be8b-2ec4bb1e9d91"), QStringLiteral("STANDARDWOFFPACK_STUDENT"),
         true, plans(a1Plans)},
        {QStringLiteral("94763226-9b3c-4e75-a931-5c89701abe66"), QStringLiteral("STANDARDWOFFPACK_FACULTY"),
         false, plans(a1Plans)},
        {QStringLiteral("7cfd9a2b-e110-4c39-bf20-c6a3f36a3121"), QStringLiteral("M365EDU_A3_STUDENT"), true,
         plans(a3Plans)},
        {QStringLiteral("4b590615-0888-425a-a965-b3bf7789848d"), QStringLiteral("M365EDU_A3_FACULTY"), false,
         plans(a3Plans)},
    };
    return all;
}

const SkuCatalog::Sku *SkuCatalog::find(const QString &skuId)
{
    for (const Sku &sku : skus()) {
        if (sku.skuId == skuId)
            return &sku;
    }
    return nullptr;
}

const QString &SkuCatalog::a1Student()
{
    return skus().at(0).skuId;
}

const QString &SkuCatalog::a1Faculty()
{
    return skus().at(1).skuId;
}

const QString &SkuCatalog::a3Student()
{
    return skus().at(2).skuId;
}

const QString &SkuCatalog::a3Faculty()
{
    return skus().at(3).skuId;
}

QJsonArray SkuCatalog::assignedPlans(const Sku &sku, const QString &assignedDateTime)
{
    QJsonArray plans;
    for (const ServicePlan &plan : sku.plans) {
        plans.append(QJsonObject{{QStringLiteral("assignedDateTime"), assignedDateTime},
                                 {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
                                 {QStringLiteral("service"), QLatin1String(plan.service)},
                                 {QStringLiteral("servicePlanId"), QLatin1String(plan.id)}});
    }
    return plans;
}

QJsonObject SkuCatalog::subscribedSku(const Sku &sku, const QString &tenantId, const QString &accountId,
                                      const QString &accountName, int consumed, int seats,
                                      const QString &subscriptionId)
{
    QJsonArray servicePlans;
    for (const ServicePlan &plan : sku.plans) {
        servicePlans.append(QJsonObject{{QStringLiteral("servicePlanId"), QLatin1String(plan.id)},
                                        {QStringLiteral("servicePlanName"), QLatin1String(plan.name)},
                                        {QStringLiteral("provisioningStatus"), QStringLiteral("Success")},
                                        {QStringLiteral("appliesTo"), QStringLiteral("User")}});
    }
    return QJsonObject{
        {QStringLiteral("accountName"), accountName},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("appliesTo"), QStringLiteral("User")},
        {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
        {QStringLiteral("consumedUnits"), consumed},
        {QStringLiteral("id"), tenantId + QLatin1Char('_') + sku.skuId},
        {QStringLiteral("prepaidUnits"), QJsonObject{{QStringLiteral("enabled"), seats},
                                                     {QStringLiteral("lockedOut"), 0},
                                                     {QStringLiteral("suspended"), 0},
                                                     {QStringLiteral("warning"), 0}}},
        {QStringLiteral("servicePlans"), servicePlans},
        {QStringLiteral("skuId"), sku.skuId},
        {QStringLiteral("skuPartNumber"), sku.partNumber},
        {QStringLiteral("subscriptionIds"), QJsonArray{subscriptionId}},
    };
}
