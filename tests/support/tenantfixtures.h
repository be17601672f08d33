#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class Tenant;

// Test helper: puts directory and Exchange objects straight into a sandbox tenant, in the shapes the
// seeder uses, so a test can set up exactly the objects it talks about (and stays independent of what
// the seeded tenant holds). Every object gets a fresh id; names are made unique by the caller.
class TenantFixtures
{
public:
    explicit TenantFixtures(Tenant &tenant);

    // A member user "<upn>" with mail = upn; `extra` is merged over the defaults (e.g. usageLocation).
    QString addUser(const QString &upn, const QString &displayName, const QJsonObject &extra = QJsonObject());
    // A Microsoft 365 group (groupTypes ["Unified"], mail-enabled).
    QString addGroup(const QString &displayName, const QString &mailNickname);
    QString addUnit(const QString &displayName);
    void addUnitMember(const QString &unitId, const QString &objectId);
    void addGroupMember(const QString &groupId, const QString &userId);
    void addGroupOwner(const QString &groupId, const QString &userId);
    // A user mailbox for `ownerId` whose calendar folder has the (localized) `calendarFolderName`.
    void addMailbox(const QString &ownerId, const QString &smtpAddress,
                    const QString &calendarFolderName = QStringLiteral("Calendar"));
    // A subscribedSku with `enabled` seats of which `consumed` are used; returns its skuId.
    QString addSku(const QString &skuPartNumber, int enabled, int consumed,
                   const QJsonArray &servicePlans = QJsonArray());
    // A directory role assignment ("/" or "/administrativeUnits/<id>").
    void addRole(const QString &userId, const QString &roleDefinitionId,
                 const QString &directoryScopeId = QStringLiteral("/"));

private:
    Tenant &m_tenant;
};
