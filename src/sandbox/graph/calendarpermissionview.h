#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

class Tenant;

// Graph's calendarPermission resources for one mailbox's primary calendar, as a view of the Exchange
// folder-permission rows in tenant.calendarPermissions[mailboxId] (rows {User, AccessRights,
// SharingPermissionFlags}); every write goes to those rows, so Get-MailboxFolderPermission sees it.
//  - the Default row is "My Organization": id base64("Default") = "RGVmYXVsdA==", not removable;
//  - a row for a user or group id is that recipient, id base64("ExchangePublishedUser." + primary SMTP);
//  - a row for an external SMTP address is an outside sharee (isInsideOrganization false);
//  - the Anonymous row, and rows whose recipient no longer exists, are not shown (as Graph does).
class CalendarPermissionView
{
public:
    enum class Result
    {
        Ok,
        NotFound,
        UnknownRole,
        RoleNotAllowed,
        AlreadyExists,
        NotRemovable,
        InvalidRecipient
    };

    CalendarPermissionView(Tenant &tenant, const QString &mailboxId);

    // Sharees in row order, then "My Organization".
    QVector<QJsonObject> permissions() const;
    bool find(const QString &permissionId, QJsonObject *permission) const;

    Result create(const QString &address, const QString &role, QJsonObject *permission);
    Result updateRole(const QString &permissionId, const QString &role, QJsonObject *permission);
    Result remove(const QString &permissionId);

    // The Graph role `userId` holds on this calendar: its own entry, else My Organization's.
    QString effectiveRole(const QString &userId) const;

    static QString defaultId();
    static QString idForAddress(const QString &smtpAddress);

private:
    // The Graph view of a row; false when Graph does not show it.
    bool view(const QJsonObject &row, QJsonObject *permission) const;
    // Index of the row the Graph id names (-1 none); `isDefault` when it is My Organization.
    qsizetype rowOf(const QString &permissionId, bool *isDefault) const;
    QVector<QJsonObject> &rows();
    QJsonObject defaultRow() const;

    Tenant &m_tenant;
    QString m_mailboxId;
};
