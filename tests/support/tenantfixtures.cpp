#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

TenantFixtures::TenantFixtures(Tenant &tenant) : m_tenant(tenant)
{}

QString TenantFixtures::addUser(const QString &upn, const QString &displayName, const QJsonObject &extra)
{
    const QString id = Tenant::newGuid();
    QJsonObject user{{QStringLiteral("id"), id},
                     {QStringLiteral("userPrincipalName"), upn},
                     {QStringLiteral("mail"), upn},
                     {QStringLiteral("displayName"), displayName},
                     {QStringLiteral("givenName"), displayName.section(QLatin1Char(' '), 0, 0)},
                     {QStringLiteral("surname"), displayName.section(QLatin1Char(' '), 1)},
                     {QStringLiteral("accountEnabled"), true},
                     {QStringLiteral("userType"), QStringLiteral("Member")},
                     {QStringLiteral("businessPhones"), QJsonArray()},
                     {QStringLiteral("assignedLicenses"), QJsonArray()},
                     {QStringLiteral("assignedPlans"), QJsonArray()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        user.insert(it.key(), it.value());
    m_tenant.users.insert(user, m_tenant.nextSequence());
    return id;
}

QString TenantFixtures::addGroup(const QString &displayName, const QString &mailNickname)
{
    const QString id = Tenant::newGuid();
    m_tenant.groups.insert(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("displayName"), displayName},
                    {QStringLiteral("description"), QJsonValue::Null},
                    {QStringLiteral("mailNickname"), mailNickname},
                    {QStringLiteral("mail"), mailNickname + QLatin1Char('@') + m_tenant.initialDomain},
                    {QStringLiteral("mailEnabled"), true},
                    {QStringLiteral("securityEnabled"), false},
                    {QStringLiteral("groupTypes"), QJsonArray{QStringLiteral("Unified")}},
                    {QStringLiteral("visibility"), QStringLiteral("Private")}},
        m_tenant.nextSequence());
    return id;
}

QString TenantFixtures::addUnit(const QString &displayName)
{
    const QString id = Tenant::newGuid();
    m_tenant.administrativeUnits.insert(QJsonObject{{QStringLiteral("id"), id},
                                                    {QStringLiteral("displayName"), displayName},
                                                    {QStringLiteral("description"), QJsonValue::Null},
                                                    {QStringLiteral("visibility"), QJsonValue::Null}},
                                        m_tenant.nextSequence());
    return id;
}

void TenantFixtures::addUnitMember(const QString &unitId, const QString &objectId)
{
    m_tenant.unitMembers[unitId].append(objectId);
}

void TenantFixtures::addGroupMember(const QString &groupId, const QString &userId)
{
    m_tenant.groupMembers[groupId].append(userId);
}

void TenantFixtures::addGroupOwner(const QString &groupId, const QString &userId)
{
    m_tenant.groupOwners[groupId].append(userId);
}

void TenantFixtures::addMailbox(const QString &ownerId, const QString &smtpAddress,
                                const QString &calendarFolderName)
{
    const std::optional<QJsonObject> user = m_tenant.users.find(ownerId);
    m_tenant.mailboxes.insert(
        ownerId, QJsonObject{{QStringLiteral("Name"), smtpAddress.section(QLatin1Char('@'), 0, 0)},
                             {QStringLiteral("DisplayName"),
                              user ? user->value(QLatin1String("displayName")).toString() : QString()},
                             {QStringLiteral("Alias"), smtpAddress.section(QLatin1Char('@'), 0, 0)},
                             {QStringLiteral("PrimarySmtpAddress"), smtpAddress},
                             {QStringLiteral("RecipientTypeDetails"), QStringLiteral("UserMailbox")},
                             {QStringLiteral("Guid"), Tenant::newGuid()},
                             {QStringLiteral("CalendarFolderName"), calendarFolderName},
                             {QStringLiteral("CalendarFolderId"), Tenant::newGuid()}});
}

QString TenantFixtures::addSku(const QString &skuPartNumber, int enabled, int consumed,
                               const QJsonArray &servicePlans)
{
    const QString skuId = Tenant::newGuid();
    m_tenant.subscribedSkus.append(
        QJsonObject{{QStringLiteral("accountName"), m_tenant.displayName},
                    {QStringLiteral("accountId"), m_tenant.tenantId},
                    {QStringLiteral("appliesTo"), QStringLiteral("User")},
                    {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
                    {QStringLiteral("consumedUnits"), consumed},
                    {QStringLiteral("id"), m_tenant.tenantId + QLatin1Char('_') + skuId},
                    {QStringLiteral("prepaidUnits"), QJsonObject{{QStringLiteral("enabled"), enabled},
                                                                 {QStringLiteral("lockedOut"), 0},
                                                                 {QStringLiteral("suspended"), 0},
                                                                 {QStringLiteral("warning"), 0}}},
                    {QStringLiteral("servicePlans"), servicePlans},
                    {QStringLiteral("skuId"), skuId},
                    {QStringLiteral("skuPartNumber"), skuPartNumber},
                    {QStringLiteral("subscriptionIds"), QJsonArray{Tenant::newGuid()}}});
    return skuId;
}

void TenantFixtures::addRole(const QString &userId, const QString &roleDefinitionId,
                             const QString &directoryScopeId)
{
    m_tenant.roleAssignments.append(QJsonObject{{QStringLiteral("id"), Tenant::newGuid()},
                                                {QStringLiteral("roleDefinitionId"), roleDefinitionId},
                                                {QStringLiteral("principalId"), userId},
                                                {QStringLiteral("directoryScopeId"), directoryScopeId}});
}
