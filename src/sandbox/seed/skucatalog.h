#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

// The education licences a seeded school tenant subscribes to, with Microsoft's real SKU ids, part
// numbers and service plans (graph-api.md §1.6).
class SkuCatalog
{
public:
    struct ServicePlan
    {
        const char *name;
        const char *id;
        const char *service; // assignedPlan.service
    };
    struct Sku
    {
        QString skuId;
        QString partNumber;
        bool forStudents;
        QVector<ServicePlan> plans;
    };

    static const QVector<Sku> &skus();
    static const Sku *find(const QString &skuId);

    static const QString &a1Student();
    static const QString &a1Faculty();
    static const QString &a3Student();
    static const QString &a3Faculty();

    // A subscribedSku object: id "<tenantId>_<skuId>", prepaidUnits.enabled = `seats`.
    // The user's assignedPlans for holding `sku` since `assignedDateTime` (every plan Enabled).
    static QJsonArray assignedPlans(const Sku &sku, const QString &assignedDateTime);

    static QJsonObject subscribedSku(const Sku &sku, const QString &tenantId, const QString &accountId,
                                     const QString &accountName, int consumed, int seats,
                                     const QString &subscriptionId);
};
