#include "core/user.h"

#include <QJsonArray>

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QStringList User::skuIds() const
{
    QStringList ids;
    for (const AssignedLicence &licence : assignedLicences)
        ids.append(licence.skuId);
    return ids;
}

User User::fromRecord(const DirectoryRecord &record)
{
    User user;
    user.id = record.id;
    user.displayName = record.text("displayName");
    user.givenName = record.text("givenName");
    user.surname = record.text("surname");
    user.userPrincipalName = record.text("userPrincipalName");
    user.mail = record.text("mail");
    user.accountEnabled = record.flag("accountEnabled", true);
    user.jobTitle = record.text("jobTitle");
    user.department = record.text("department");
    user.officeLocation = record.text("officeLocation");
    user.usageLocation = record.text("usageLocation");
    user.preferredLanguage = record.text("preferredLanguage");
    user.createdDateTime = QDateTime::fromString(record.text("createdDateTime"), Qt::ISODateWithMs);
    user.creationType = record.text("creationType");
    for (const QJsonValue &value : record.properties.value(QLatin1String("assignedLicenses")).toArray()) {
        const QJsonObject licence = value.toObject();
        AssignedLicence assigned;
        assigned.skuId = licence.value(QLatin1String("skuId")).toString();
        for (const QJsonValue &plan : licence.value(QLatin1String("disabledPlans")).toArray())
            assigned.disabledPlans.append(plan.toString());
        if (!assigned.skuId.isEmpty())
            user.assignedLicences.append(assigned);
    }
    user.deleted = record.isSoftDeleted();
    return user;
}

DirectoryRecord User::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::User;
    record.id = id;
    record.state = deleted ? DirectoryRecord::State::SoftDeleted : DirectoryRecord::State::Active;
    QJsonObject &p = record.properties;
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("displayName"), displayName);
    p.insert(QStringLiteral("givenName"), textOrNull(givenName));
    p.insert(QStringLiteral("surname"), textOrNull(surname));
    p.insert(QStringLiteral("userPrincipalName"), userPrincipalName);
    p.insert(QStringLiteral("mail"), textOrNull(mail));
    p.insert(QStringLiteral("accountEnabled"), accountEnabled);
    p.insert(QStringLiteral("jobTitle"), textOrNull(jobTitle));
    p.insert(QStringLiteral("department"), textOrNull(department));
    p.insert(QStringLiteral("officeLocation"), textOrNull(officeLocation));
    p.insert(QStringLiteral("usageLocation"), textOrNull(usageLocation));
    p.insert(QStringLiteral("preferredLanguage"), textOrNull(preferredLanguage));
    if (createdDateTime.isValid())
        p.insert(QStringLiteral("createdDateTime"), createdDateTime.toUTC().toString(Qt::ISODate));
    if (!creationType.isEmpty())
        p.insert(QStringLiteral("creationType"), creationType);
    QJsonArray licences;
    for (const AssignedLicence &licence : assignedLicences)
        licences.append(
            QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray::fromStringList(licence.disabledPlans)},
                        {QStringLiteral("skuId"), licence.skuId}});
    p.insert(QStringLiteral("assignedLicenses"), licences);
    return record;
}
