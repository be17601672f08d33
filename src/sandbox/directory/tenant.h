#pragma once

#include "sandbox/common/sandboxhttp.h"
#include "sandbox/directory/compactobjectmap.h"
#include "sandbox/directory/objectcollection.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The whole state of one sandbox tenant. Graph objects are kept in Graph's own JSON shapes, so what the
// endpoints return is what is stored. Exchange data is kept once and both APIs read the same entries
// (calendar permissions are Exchange folder permissions; Graph's calendarPermission is a view of them).
// Single-threaded: only the server's thread touches it.
class Tenant
{
public:
    // ---- Directory (Graph) -------------------------------------------------------------------
    QString tenantId;                // GUID
    QString displayName;             // the organisation's name
    QString initialDomain;           // "<name>.onmicrosoft.com"
    QJsonObject organization;        // GET /organization's single item (verifiedDomains included)
    QJsonObject authorizationPolicy; // GET /policies/authorizationPolicy

    ObjectCollection users;               // microsoft.graph.user
    ObjectCollection groups;              // microsoft.graph.group: Microsoft 365 groups, DLs, security groups
    ObjectCollection administrativeUnits; // microsoft.graph.administrativeUnit; one per school

    // Relationships: container id -> member object ids, in insertion order.
    QHash<QString, QStringList> groupMembers;
    QHash<QString, QStringList> groupOwners;
    QHash<QString, QStringList> unitMembers;

    struct MembershipChange
    {
        quint64 sequence;
        QString groupId;
        QString memberId;
        bool removed;
    };
    QVector<MembershipChange> membershipLog; // group member changes, for groups/delta's members@delta

    QJsonArray subscribedSkus; // subscribedSku objects; consumedUnits kept in step with assignLicense
    QVector<QJsonObject>
        roleAssignments; // unifiedRoleAssignment: id, roleDefinitionId, principalId, directoryScopeId

    // Education: per school (administrative unit id) the educationSchool extras, per class group the
    // educationClass extras (classCode, externalId, term ...), per user the educationUser extras
    // (primaryRole, student/teacher blocks, externalSource). One per user, read one at a time: kept compact.
    QHash<QString, QJsonObject> educationSchools;
    QHash<QString, QJsonObject> educationClasses;
    CompactObjectMap educationUsers;

    // ---- Exchange Online -------------------------------------------------------------------------
    // Keyed by the owning user's or group's object id (ExternalDirectoryObjectId). Fields as Get-Mailbox
    // returns them: Name, DisplayName, Alias, PrimarySmtpAddress, RecipientTypeDetails ("UserMailbox",
    // "SharedMailbox"), HiddenFromAddressListsEnabled, GrantSendOnBehalfTo (array of ids), Guid, plus
    // CalendarFolderName (localized, e.g. "Kalender") and CalendarFolderId.
    QHash<QString, QJsonObject> mailboxes;
    // Add-MailboxPermission rows: {MailboxId, UserId, AccessRights:["FullAccess"], AutoMapping}
    QVector<QJsonObject> mailboxPermissions;
    // Add-RecipientPermission rows: {MailboxId, TrusteeId, AccessRights:["SendAs"]}
    QVector<QJsonObject> recipientPermissions;
    // Calendar folder permissions per mailbox id: {User: "Default" | "Anonymous" | <user id> | <external
    // smtp>, AccessRights:[role], SharingPermissionFlags: "None" | "Delegate" | "Delegate,
    // CanViewPrivateItems"}
    QHash<QString, QVector<QJsonObject>> calendarPermissions;
    QJsonArray sharingPolicies; // Get-SharingPolicy rows

    // ---- Identity platform -------------------------------------------------------------------------
    struct Account
    {
        QString userId;
        QString username; // userPrincipalName
        QString password;
        QString role; // "admin" | "technician" (for the start-up line)
    };
    QVector<Account> accounts;

    struct App
    {
        QString clientId;
        QString displayName;
        QString secret;            // empty for public clients
        QByteArray certificatePem; // for client_assertion; empty when none
        QStringList appRoles;      // application permissions granted (client credentials)
    };
    QVector<App> apps;
    QString publicClientId;
    QString confidentialClientId;

    // ---- Change tracking ---------------------------------------------------------------------------
    quint64 sequence = 0;
    quint64 nextSequence() { return ++sequence; }

    // ---- Rules shared by the endpoint families -------------------------------------------------------
    const App *findApp(const QString &clientId) const;
    const Account *findAccount(const QString &username) const;
    // Directory role template ids the user holds, tenant-wide ("/") or at the given scope.
    QStringList rolesOf(const QString &userId, const QString &directoryScopeId = QStringLiteral("/")) const;
    bool isGlobalAdministrator(const QString &userId) const;
    // Administrative unit ids the user's scoped roles are limited to (empty when none, or tenant-wide).
    QStringList scopedUnitsOf(const QString &userId) const;
    // True if the caller may change the user: app-only callers and tenant-wide admins always; a technician
    // whose roles are scoped to administrative units only for members of those units.
    bool canManageObject(const SandboxCaller &caller, const QString &objectId) const;
    // Administrative unit ids the object is a member of.
    QStringList unitsOf(const QString &objectId) const;

    static QString newGuid();
    // An application's service principal object id in a tenant (stable, derived from the two ids).
    static QString servicePrincipalId(const QString &tenantId, const QString &clientId);
};

// Role template ids (as in Microsoft Entra).
namespace DirectoryRoles {
inline const QString GlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
inline const QString UserAdministrator = QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1");
inline const QString HelpdeskAdministrator = QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8");
inline const QString GroupsAdministrator = QStringLiteral("fdd7a751-b60b-444a-984c-02652fe8fa1c");
inline const QString LicenseAdministrator = QStringLiteral("4d6ac14f-3453-41d0-bef9-a3e0c569773a");
inline const QString ExchangeAdministrator = QStringLiteral("29232cdf-9323-42fd-ade2-1d097af3e4de");
} // namespace DirectoryRoles
