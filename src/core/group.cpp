#include "core/group.h"

#include <QJsonArray>

bool Group::isDynamic() const
{
    return groupTypes.contains(QStringLiteral("DynamicMembership"), Qt::CaseInsensitive);
}

Group::Kind Group::kindOf(const QStringList &groupTypes, bool mailEnabled, bool securityEnabled)
{
    if (groupTypes.contains(QStringLiteral("Unified"), Qt::CaseInsensitive))
        return Kind::Microsoft365;
    if (mailEnabled && securityEnabled)
        return Kind::MailEnabledSecurity;
    if (mailEnabled)
        return Kind::Distribution;
    if (securityEnabled)
        return Kind::Security;
    return Kind::Other;
}

QString Group::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Microsoft365:
        return QStringLiteral("microsoft365");
    case Kind::Security:
        return QStringLiteral("security");
    case Kind::Distribution:
        return QStringLiteral("distribution");
    case Kind::MailEnabledSecurity:
        return QStringLiteral("mailEnabledSecurity");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

Group Group::fromRecord(const DirectoryRecord &record)
{
    Group group;
    group.id = record.id;
    group.displayName = record.text("displayName");
    group.description = record.text("description");
    group.mail = record.text("mail");
    group.mailNickname = record.text("mailNickname");
    group.mailEnabled = record.flag("mailEnabled");
    group.securityEnabled = record.flag("securityEnabled");
    for (const QJsonValue &type : record.properties.value(QLatin1String("groupTypes")).toArray())
        group.groupTypes.append(type.toString());
    group.visibility = record.text("visibility");
    group.deleted = record.isSoftDeleted();
    return group;
}

DirectoryRecord Group::toRecord(const DirectoryRecord &base) const
{
    DirectoryRecord record = base;
    record.kind = DirectoryKind::Group;
    record.id = id;
    record.state = deleted ? DirectoryRecord::State::SoftDeleted : DirectoryRecord::State::Active;
    QJsonObject &p = record.properties;
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    p.insert(QStringLiteral("id"), id);
    p.insert(QStringLiteral("displayName"), displayName);
    p.insert(QStringLiteral("description"), textOrNull(description));
    p.insert(QStringLiteral("mail"), textOrNull(mail));
    p.insert(QStringLiteral("mailNickname"), mailNickname);
    p.insert(QStringLiteral("mailEnabled"), mailEnabled);
    p.insert(QStringLiteral("securityEnabled"), securityEnabled);
    p.insert(QStringLiteral("groupTypes"), QJsonArray::fromStringList(groupTypes));
    p.insert(QStringLiteral("visibility"), textOrNull(visibility));
    return record;
}
