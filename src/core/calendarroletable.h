#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The one table of calendar sharing roles, in the three vocabularies a calendar permission is seen in:
//
//   Graph calendarRoleType              Exchange AccessRights + SharingPermissionFlags  Outlook level
//   none                              ↔ None                                          ↔ None
//   freeBusyRead                      ↔ AvailabilityOnly                              ↔ FreeBusy
//   limitedRead                       ↔ LimitedDetails                                ↔
//   FreeBusyTitlesLocations read                              ↔ Reviewer ↔ AllDetails write ↔ Editor ↔ Editor
//   delegateWithoutPrivateEventAccess ↔ Editor + Delegate                             ↔ Delegate
//   delegateWithPrivateEventAccess    ↔ Editor + "Delegate, CanViewPrivateItems"      ↔ Delegate (+ private)
//
// Exchange is the store: a Graph role is written as the Exchange role above. Whatever has no row here —
// Graph's "custom", Exchange's Author, PublishingEditor, Owner, ..., flags without Editor, unknown names —
// is Custom, never the nearest level: a custom permission is shown as such and not rewritten by accident.
class CalendarRoleTable
{
public:
    struct ExchangeRole
    {
        QString accessRights;           // "Reviewer", "Editor", ...
        QString sharingPermissionFlags; // "None", "Delegate" or "Delegate, CanViewPrivateItems"
    };

    // Who an entry is for; decides which roles Graph offers (allowedRoles).
    enum class Sharee
    {
        MyOrganization,
        InternalUser,
        InternalGroup,
        External
    };

    // The levels Outlook offers when a calendar is shared, plus Custom for anything else.
    enum class OutlookLevel
    {
        None,                    // not shared
        FreeBusy,                // can view when I'm busy
        FreeBusyTitlesLocations, // can view titles and locations
        AllDetails,              // can view all details
        Editor,                  // can edit
        Delegate,                // delegate (private events are a separate choice)
        Custom                   // a role none of the levels above describes
    };

    // --- Graph ↔ Exchange
    // The Graph role for an Exchange row. Flags are read loosely ("Delegate,CanViewPrivateItems" too).
    static QString graphRole(const QString &accessRights, const QString &sharingPermissionFlags);
    // The Exchange role a Graph role is stored as. False for "custom" and for unknown names.
    static bool exchangeRole(const QString &graphRole, ExchangeRole *role);
    // Every calendarRoleType value, in Graph's order.
    static QStringList allGraphRoles();
    // The roles Graph offers for a sharee (a calendarPermission's allowedRoles).
    static QStringList allowedRoles(Sharee sharee);
    // "Delegate, CanViewPrivateItems" in Exchange's spelling from any order/spacing; "None" when empty.
    static QString normalizedFlags(const QString &sharingPermissionFlags);

    // --- Outlook levels
    // The Outlook level of a Graph role; Custom for "custom" and unknown names.
    static OutlookLevel outlookLevel(const QString &graphRole);
    // The Outlook level of an Exchange row; Custom where Graph has no role for it either.
    static OutlookLevel outlookLevel(const QString &accessRights, const QString &sharingPermissionFlags);
    // Whether a Graph role lets a delegate see private events (only delegateWithPrivateEventAccess does).
    static bool delegateSeesPrivateEvents(const QString &graphRole);
    // The Graph role for a level. Delegate needs the private-events choice; the other levels ignore it.
    // Custom gives "custom", which no Exchange role stands for.
    static QString graphRole(OutlookLevel level, bool delegateSeesPrivateEvents);
    // The Exchange role for a level; false for Custom.
    static bool exchangeRole(OutlookLevel level, bool delegateSeesPrivateEvents, ExchangeRole *role);
    // Every level, in Outlook's order, Custom last.
    static QList<OutlookLevel> allOutlookLevels();
    // The level's name as Outlook shows it, translated ("Can view titles and locations").
    static QString outlookLabel(OutlookLevel level);
};
