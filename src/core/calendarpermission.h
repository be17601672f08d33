#pragma once

#include <QString>
#include <QStringList>

// One entry of a calendar's sharing list: who (My Organization, a person or group inside, an external
// address, or Anonymous) sees or edits the calendar, and at which role. The role is kept as the tenant
// names it — Graph's calendarRoleType and, where the entry was read from Exchange, the folder's
// AccessRights and SharingPermissionFlags — so nothing is guessed; CalendarRoleTable turns it into Outlook's
// levels. The permission id and allowedRoles are always the tenant's own.
struct CalendarPermission
{
    enum class Sharee
    {
        MyOrganization, // "My Organization" in Outlook, "Default" in Exchange
        Anonymous,
        Internal, // a person or group of the tenant
        External  // an address outside the tenant
    };

    QString calendarOwner; // the mailbox whose calendar it is (UPN or address)
    QString calendarId;    // the calendar (folder) id; never found by its localized name
    QString id;            // Graph's calendarPermission id
    Sharee sharee = Sharee::Internal;
    QString address;   // the sharee's address; empty for My Organization and Anonymous
    QString name;      // the sharee's display name as the tenant gives it
    QString graphRole; // "read", "write", "delegateWithPrivateEventAccess", ... or "custom"
    QStringList allowedRoles;
    bool removable = true;
    QString exchangeAccessRights;           // "Reviewer", "Editor", ... when read from Exchange
    QString exchangeSharingPermissionFlags; // "None", "Delegate", "Delegate, CanViewPrivateItems"

    bool isDelegate() const { return graphRole.startsWith(QLatin1String("delegate")); }
};
