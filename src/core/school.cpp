#include "core/school.h"

School School::fromRecord(const DirectoryRecord &record)
{
    return School{record.id, record.text("displayName"), record.text("description")};
}

DirectoryRecord School::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::AdministrativeUnit;
    record.id = id;
    record.properties.insert(QStringLiteral("id"), id);
    record.properties.insert(QStringLiteral("displayName"), displayName);
    record.properties.insert(QStringLiteral("description"),
                             description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(description));
    return record;
}
