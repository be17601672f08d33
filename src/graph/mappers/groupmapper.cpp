#include "graph/mappers/groupmapper.h"

#include "graph/mappers/directorymapper.h"

#include <QJsonArray>

Group GroupMapper::fromJson(const QJsonObject &object)
{
    DirectoryRecord record = DirectoryMapper::record(DirectoryKind::Group, object);
    if (object.contains(QLatin1String("@removed")))
        record.state = DirectoryRecord::State::SoftDeleted;
    return Group::fromRecord(record);
}

QJsonObject GroupMapper::toJson(const Group &group)
{
    QJsonObject body{{QStringLiteral("displayName"), group.displayName},
                     {QStringLiteral("mailNickname"), group.mailNickname},
                     {QStringLiteral("mailEnabled"), group.mailEnabled},
                     {QStringLiteral("securityEnabled"), group.securityEnabled},
                     {QStringLiteral("groupTypes"), QJsonArray::fromStringList(group.groupTypes)}};
    if (!group.description.isEmpty())
        body.insert(QStringLiteral("description"), group.description);
    if (!group.visibility.isEmpty())
        body.insert(QStringLiteral("visibility"), group.visibility);
    return body;
}
