#include "core/schoolclass.h"

SchoolClass SchoolClass::fromRecord(const DirectoryRecord &record)
{
    SchoolClass schoolClass;
    schoolClass.id = record.id;
    schoolClass.displayName = record.text("displayName");
    schoolClass.mailNickname = record.text("mailNickname");
    schoolClass.classCode = record.text("classCode");
    schoolClass.externalId = record.text("externalId");
    schoolClass.externalSource = record.text("externalSource");
    return schoolClass;
}

DirectoryRecord SchoolClass::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::EducationClass;
    record.id = id;
    QJsonObject &p = record.properties;
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("displayName"), displayName);
    p.insert(QStringLiteral("mailNickname"), mailNickname);
    p.insert(QStringLiteral("classCode"), classCode);
    p.insert(QStringLiteral("externalId"), externalId);
    p.insert(QStringLiteral("externalSource"), externalSource);
    return record;
}
