#include "core/calendarroletable.h"

#include <QCoreApplication>

namespace {

struct Row
{
    const char *graph;
    const char *rights;
    const char *flags;
    CalendarRoleTable::OutlookLevel level;
    bool privateEvents;
};

using Level = CalendarRoleTable::OutlookLevel;

// Graph's order; every role but "custom" has exactly one Exchange role and one level.
const Row kTable[] = {
    {"none", "None", "None", Level::None, false},
    {"freeBusyRead", "AvailabilityOnly", "None", Level::FreeBusy, false},
    {"limitedRead", "LimitedDetails", "None", Level::FreeBusyTitlesLocations, false},
    {"read", "Reviewer", "None", Level::AllDetails, false},
    {"write", "Editor", "None", Level::Editor, false},
    {"delegateWithoutPrivateEventAccess", "Editor", "Delegate", Level::Delegate, false},
    {"delegateWithPrivateEventAccess", "Editor", "Delegate, CanViewPrivateItems", Level::Delegate, true},
};

const Row *rowForGraphRole(const QString &graphRole)
{
    for (const Row &row : kTable) {
        if (graphRole == QLatin1String(row.graph))
            return &row;
    }
    return nullptr;
}

const Row *rowForLevel(Level level, bool delegateSeesPrivateEvents)
{
    for (const Row &row : kTable) {
        if (row.level == level &&
            (level != Level::Delegate || row.privateEvents == delegateSeesPrivateEvents))
            return &row;
    }
    return nullptr;
}

} // namespace

QString CalendarRoleTable::normalizedFlags(const QString &sharingPermissionFlags)
{
    bool delegate = false;
    bool privateItems = false;
    for (const QString &part : sharingPermissionFlags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString flag = part.trimmed();
        if (flag.compare(QLatin1String("Delegate"), Qt::CaseInsensitive) == 0)
            delegate = true;
        else if (flag.compare(QLatin1String("CanViewPrivateItems"), Qt::CaseInsensitive) == 0)
            privateItems = true;
    }
    if (delegate && privateItems)
        return QStringLiteral("Delegate, CanViewPrivateItems");
    if (delegate)
        return QStringLiteral("Delegate");
    if (privateItems)
        return QStringLiteral("CanViewPrivateItems");
    return QStringLiteral("None");
}

QString CalendarRoleTable::graphRole(const QString &accessRights, const QString &sharingPermissionFlags)
{
    const QString flags = normalizedFlags(sharingPermissionFlags);
    for (const Row &row : kTable) {
        if (accessRights.compare(QLatin1String(row.rights), Qt::CaseInsensitive) == 0 &&
            flags == QLatin1String(row.flags))
            return QLatin1String(row.graph);
    }
    // Author, PublishingEditor, Owner, ...; flags on anything but Editor; CanViewPrivateItems alone.
    return QStringLiteral("custom");
}

bool CalendarRoleTable::exchangeRole(const QString &graphRole, ExchangeRole *role)
{
    const Row *row = rowForGraphRole(graphRole);
    if (!row)
        return false;
    role->accessRights = QLatin1String(row->rights);
    role->sharingPermissionFlags = QLatin1String(row->flags);
    return true;
}

QStringList CalendarRoleTable::allGraphRoles()
{
    QStringList roles;
    for (const Row &row : kTable)
        roles.append(QLatin1String(row.graph));
    roles.append(QStringLiteral("custom"));
    return roles;
}

QStringList CalendarRoleTable::allowedRoles(Sharee sharee)
{
    switch (sharee) {
    case Sharee::MyOrganization:
        return {QStringLiteral("none"), QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"),
                QStringLiteral("read"), QStringLiteral("write")};
    case Sharee::InternalUser:
        return {QStringLiteral("freeBusyRead"),
                QStringLiteral("limitedRead"),
                QStringLiteral("read"),
                QStringLiteral("write"),
                QStringLiteral("delegateWithoutPrivateEventAccess"),
                QStringLiteral("delegateWithPrivateEventAccess")};
    case Sharee::InternalGroup:
        return {QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"), QStringLiteral("read"),
                QStringLiteral("write")};
    case Sharee::External:
        break;
    }
    return {QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"), QStringLiteral("read")};
}

CalendarRoleTable::OutlookLevel CalendarRoleTable::outlookLevel(const QString &graphRole)
{
    const Row *row = rowForGraphRole(graphRole);
    return row ? row->level : OutlookLevel::Custom;
}

CalendarRoleTable::OutlookLevel CalendarRoleTable::outlookLevel(const QString &accessRights,
                                                                const QString &sharingPermissionFlags)
{
    return outlookLevel(graphRole(accessRights, sharingPermissionFlags));
}

bool CalendarRoleTable::delegateSeesPrivateEvents(const QString &graphRole)
{
    const Row *row = rowForGraphRole(graphRole);
    return row && row->privateEvents;
}

QString CalendarRoleTable::graphRole(OutlookLevel level, bool delegateSeesPrivateEvents)
{
    const Row *row = rowForLevel(level, delegateSeesPrivateEvents);
    return row ? QString(QLatin1String(row->graph)) : QStringLiteral("custom");
}

bool CalendarRoleTable::exchangeRole(OutlookLevel level, bool delegateSeesPrivateEvents, ExchangeRole *role)
{
    return exchangeRole(graphRole(level, delegateSeesPrivateEvents), role);
}

QList<CalendarRoleTable::OutlookLevel> CalendarRoleTable::allOutlookLevels()
{
    return {OutlookLevel::None,       OutlookLevel::FreeBusy, OutlookLevel::FreeBusyTitlesLocations,
            OutlookLevel::AllDetails, OutlookLevel::Editor,   OutlookLevel::Delegate,
            OutlookLevel::Custom};
}

QString CalendarRoleTable::outlookLabel(OutlookLevel level)
{
    switch (level) {
    case OutlookLevel::None:
        return QCoreApplication::translate("CalendarRoleTable", "Not shared", "calendar sharing level");
    case OutlookLevel::FreeBusy:
        return QCoreApplication::translate("CalendarRoleTable", "Can view when I'm busy",
                                           "calendar sharing level (free/busy)");
    case OutlookLevel::FreeBusyTitlesLocations:
        return QCoreApplication::translate("CalendarRoleTable", "Can view titles and locations",
                                           "calendar sharing level (limited details)");
    case OutlookLevel::AllDetails:
        return QCoreApplication::translate("CalendarRoleTable", "Can view all details",
                                           "calendar sharing level");
    case OutlookLevel::Editor:
        return QCoreApplication::translate("CalendarRoleTable", "Can edit", "calendar sharing level");
    case OutlookLevel::Delegate:
        return QCoreApplication::translate("CalendarRoleTable", "Delegate", "calendar sharing level");
    case OutlookLevel::Custom:
        break;
    }
    return QCoreApplication::translate("CalendarRoleTable", "Custom",
                                       "calendar sharing level: a role Outlook has no name for");
}
