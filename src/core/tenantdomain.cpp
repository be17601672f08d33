#include "core/tenantdomain.h"

TenantDomain TenantDomain::fromRecord(const DirectoryRecord &record)
{
    TenantDomain domain;
    domain.name = record.id;
    domain.verified = record.flag("isVerified");
    domain.isDefault = record.flag("isDefault");
    domain.isInitial = record.flag("isInitial");
    return domain;
}

DirectoryRecord TenantDomain::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::Domain;
    record.id = name;
    record.properties.insert(QStringLiteral("id"), name);
    record.properties.insert(QStringLiteral("isVerified"), verified);
    record.properties.insert(QStringLiteral("isDefault"), isDefault);
    record.properties.insert(QStringLiteral("isInitial"), isInitial);
    return record;
}
