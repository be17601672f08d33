#include "graph/mappers/usermapper.h"

#include "graph/mappers/directorymapper.h"

#include <QJsonArray>

User UserMapper::fromJson(const QJsonObject &object)
{
    DirectoryRecord record = DirectoryMapper::record(DirectoryKind::User, object);
    if (object.contains(QLatin1String("@removed")))
        record.state = DirectoryRecord::State::SoftDeleted;
    return User::fromRecord(record);
}

QJsonObject UserMapper::toJson(const User &user)
{
    QJsonObject body{{QStringLiteral("accountEnabled"), user.accountEnabled}};
    const auto set = [&body](const char *name, const QString &value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(name), value);
    };
    set("displayName", user.displayName);
    set("givenName", user.givenName);
    set("surname", user.surname);
    set("userPrincipalName", user.userPrincipalName);
    set("mailNickname", user.userPrincipalName.section(QLatin1Char('@'), 0, 0));
    set("jobTitle", user.jobTitle);
    set("department", user.department);
    set("officeLocation", user.officeLocation);
    set("usageLocation", user.usageLocation);
    set("preferredLanguage", user.preferredLanguage);
    return body;
}
