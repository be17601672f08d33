#include "graph/mappers/calendarpermissionmapper.h"

#include "core/calendarroletable.h"

#include <QJsonArray>

CalendarPermission CalendarPermissionMapper::fromGraph(const QString &owner, const QString &calendarId,
                                                       const QJsonObject &object)
{
    CalendarPermission permission;
    permission.calendarOwner = owner;
    permission.calendarId = calendarId;
    permission.id = object.value(QLatin1String("id")).toString();
    const QJsonObject email = object.value(QLatin1String("emailAddress")).toObject();
    permission.address = email.value(QLatin1String("address")).toString();
    permission.name = email.value(QLatin1String("name")).toString();
    permission.graphRole = object.value(QLatin1String("role")).toString();
    for (const QJsonValue &role : object.value(QLatin1String("allowedRoles")).toArray())
        permission.allowedRoles.append(role.toString());
    permission.removable = object.value(QLatin1String("isRemovable")).toBool(true);
    const bool inside = object.value(QLatin1String("isInsideOrganization")).toBool(true);
    // "My Organization" is the one entry inside the organisation with no address that cannot be removed.
    if (permission.address.isEmpty() && inside && !permission.removable)
        permission.sharee = CalendarPermission::Sharee::MyOrganization;
    else
        permission.sharee =
            inside ? CalendarPermission::Sharee::Internal : CalendarPermission::Sharee::External;
    return permission;
}

CalendarPermission CalendarPermissionMapper::fromExchange(const QString &owner, const QString &calendarId,
                                                          const QJsonObject &row)
{
    CalendarPermission permission;
    permission.calendarOwner = owner;
    permission.calendarId = calendarId;
    const QString user = row.value(QLatin1String("User")).toString();
    const QJsonValue rights = row.value(QLatin1String("AccessRights"));
    permission.exchangeAccessRights =
        rights.isArray() ? rights.toArray().first().toString() : rights.toString();
    permission.exchangeSharingPermissionFlags = row.value(QLatin1String("SharingPermissionFlags")).toString();
    // The same row as Graph names it ("custom" where no calendarRoleType describes it), so both sources
    // show one level.
    permission.graphRole = CalendarRoleTable::graphRole(permission.exchangeAccessRights,
                                                        permission.exchangeSharingPermissionFlags);
    if (user.compare(QLatin1String("Default"), Qt::CaseInsensitive) == 0) {
        permission.sharee = CalendarPermission::Sharee::MyOrganization;
        permission.removable = false;
    } else if (user.compare(QLatin1String("Anonymous"), Qt::CaseInsensitive) == 0) {
        permission.sharee = CalendarPermission::Sharee::Anonymous;
        permission.removable = false;
    } else {
        const QLatin1String external("ExchangePublishedUser.");
        permission.sharee = user.startsWith(external, Qt::CaseInsensitive)
                                ? CalendarPermission::Sharee::External
                                : CalendarPermission::Sharee::Internal;
        permission.address =
            permission.sharee == CalendarPermission::Sharee::External ? user.mid(external.size()) : user;
        permission.name = permission.address;
    }
    return permission;
}

QJsonObject CalendarPermissionMapper::toGraph(const CalendarPermission &permission)
{
    QJsonObject body{{QStringLiteral("role"), permission.graphRole}};
    if (permission.id.isEmpty()) {
        body.insert(QStringLiteral("emailAddress"),
                    QJsonObject{{QStringLiteral("address"), permission.address},
                                {QStringLiteral("name"), permission.name}});
        body.insert(QStringLiteral("isInsideOrganization"),
                    permission.sharee != CalendarPermission::Sharee::External);
        body.insert(QStringLiteral("isRemovable"), true);
    }
    return body;
}
