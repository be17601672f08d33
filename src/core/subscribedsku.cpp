#include "core/subscribedsku.h"

SubscribedSku SubscribedSku::fromRecord(const DirectoryRecord &record)
{
    SubscribedSku sku;
    sku.id = record.id;
    sku.skuId = record.text("skuId");
    sku.skuPartNumber = record.text("skuPartNumber");
    sku.capabilityStatus = record.text("capabilityStatus");
    sku.enabledUnits = record.properties.value(QLatin1String("prepaidUnits"))
                           .toObject()
                           .value(QLatin1String("enabled"))
                           .toInt();
    sku.consumedUnits = record.properties.value(QLatin1String("consumedUnits")).toInt();
    return sku;
}

DirectoryRecord SubscribedSku::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::SubscribedSku;
    record.id = id;
    QJsonObject &p = record.properties;
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("skuId"), skuId);
    p.insert(QStringLiteral("skuPartNumber"), skuPartNumber);
    p.insert(QStringLiteral("capabilityStatus"), capabilityStatus);
    QJsonObject prepaid = p.value(QLatin1String("prepaidUnits")).toObject();
    prepaid.insert(QStringLiteral("enabled"), enabledUnits);
    p.insert(QStringLiteral("prepaidUnits"), prepaid);
    p.insert(QStringLiteral("consumedUnits"), consumedUnits);
    return record;
}
