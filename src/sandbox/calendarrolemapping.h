#pragma once

#include <QString>
#include <QStringList>

// Graph's calendarRoleType ↔ Exchange's calendar folder AccessRights + SharingPermissionFlags.
// Exchange is the store: a Graph role is written as the Exchange role below, and an Exchange role Graph
// has no name for (Author, PublishingEditor, Owner, ...) reads as "custom".
//   none ↔ None · freeBusyRead ↔ AvailabilityOnly · limitedRead ↔ LimitedDetails · read ↔ Reviewer ·
//   write ↔ Editor · delegateWithoutPrivateEventAccess ↔ Editor + Delegate ·
//   delegateWithPrivateEventAccess ↔ Editor + "Delegate, CanViewPrivateItems"
class CalendarRoleMapping
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
};
