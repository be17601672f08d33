#pragma once

#include "core/calendarpermission.h"

#include <QJsonObject>

// Calendar sharing entries from Graph (calendarPermission) and from Exchange (Get-MailboxFolderPermission)
// -> CalendarPermission. Roles are kept as the tenant names them; nothing is computed.
class CalendarPermissionMapper
{
public:
    static CalendarPermission fromGraph(const QString &owner, const QString &calendarId,
                                        const QJsonObject &object);
    static CalendarPermission fromExchange(const QString &owner, const QString &calendarId,
                                           const QJsonObject &row);
    // The body of POST .../calendarPermissions or PATCH .../calendarPermissions/{id}.
    static QJsonObject toGraph(const CalendarPermission &permission);
};
