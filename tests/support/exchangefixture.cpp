#include "exchangefixture.h"

#include <QJsonArray>
#include <QJsonDocument>

ExchangeFixture::ExchangeFixture(SandboxClient &client) : m_client(client)
{
    Tenant &t = client.tenant();
    if (t.tenantId.isEmpty())
        t.tenantId = Tenant::newGuid();
    if (t.initialDomain.isEmpty())
        t.initialDomain = QStringLiteral("tdx-school.onmicrosoft.com");
    if (t.organization.value(QLatin1String("verifiedDomains")).toArray().isEmpty()) {
        t.organization.insert(QStringLiteral("verifiedDomains"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), t.initialDomain},
                                                     {QStringLiteral("isInitial"), true},
                                                     {QStringLiteral("isDefault"), true}}});
    }
    m_domain = t.initialDomain;

    adminId = addUser(QStringLiteral("tdx.admin"), QStringLiteral("Tdx Admin"), QStringLiteral("Calendar"));
    technicianId =
        addUser(QStringLiteral("tdx.tech"), QStringLiteral("Tdx Technician"), QStringLiteral("Calendar"));
    annaId =
        addUser(QStringLiteral("tdx.anna"), QStringLiteral("Tdx Anna Nowak"), QStringLiteral("Kalendarz"));
    bjornId =
        addUser(QStringLiteral("tdx.bjorn"), QStringLiteral("Tdx Bjørn Ærø"), QStringLiteral("Kalender"));
    outsiderId =
        addUser(QStringLiteral("tdx.outsider"), QStringLiteral("Tdx Outsider"), QStringLiteral("Calendar"));

    t.roleAssignments.append(
        QJsonObject{{QStringLiteral("id"), Tenant::newGuid()},
                    {QStringLiteral("roleDefinitionId"), DirectoryRoles::ExchangeAdministrator},
                    {QStringLiteral("principalId"), adminId},
                    {QStringLiteral("directoryScopeId"), QStringLiteral("/")}});
    unitId = Tenant::newGuid();
    t.administrativeUnits.insert(QJsonObject{{QStringLiteral("id"), unitId},
                                             {QStringLiteral("displayName"), QStringLiteral("Tdx School")}},
                                 t.nextSequence());
    t.unitMembers.insert(unitId, {annaId, bjornId});
    t.roleAssignments.append(
        QJsonObject{{QStringLiteral("id"), Tenant::newGuid()},
                    {QStringLiteral("roleDefinitionId"), DirectoryRoles::UserAdministrator},
                    {QStringLiteral("principalId"), technicianId},
                    {QStringLiteral("directoryScopeId"), QStringLiteral("/administrativeUnits/") + unitId}});
}

QString ExchangeFixture::tenantId() const
{
    return m_client.tenant().tenantId;
}

QString ExchangeFixture::addUser(const QString &nick, const QString &displayName, const QString &calendarName)
{
    Tenant &t = m_client.tenant();
    const QString id = Tenant::newGuid();
    const QString address = nick + QLatin1Char('@') + m_domain;
    t.users.insert(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("displayName"), displayName},
                    {QStringLiteral("userPrincipalName"), address},
                    {QStringLiteral("mail"), address},
                    {QStringLiteral("mailNickname"), nick},
                    {QStringLiteral("accountEnabled"), true},
                    {QStringLiteral("proxyAddresses"), QJsonArray{QStringLiteral("SMTP:") + address}}},
        t.nextSequence());
    t.mailboxes.insert(
        id, QJsonObject{{QStringLiteral("Name"), nick},
                        {QStringLiteral("DisplayName"), displayName},
                        {QStringLiteral("Alias"), nick},
                        {QStringLiteral("PrimarySmtpAddress"), address},
                        {QStringLiteral("RecipientTypeDetails"), QStringLiteral("UserMailbox")},
                        {QStringLiteral("HiddenFromAddressListsEnabled"), false},
                        {QStringLiteral("GrantSendOnBehalfTo"), QJsonArray()},
                        {QStringLiteral("Guid"), Tenant::newGuid()},
                        {QStringLiteral("CalendarFolderName"), calendarName},
                        {QStringLiteral("CalendarFolderId"),
                         QStringLiteral("AAMkAGI2TG93AAA") + nick.mid(4) + QStringLiteral("AAA=")}});
    return id;
}

QByteArray ExchangeFixture::adminToken()
{
    return m_client.mintToken({QStringLiteral("Exchange.Manage")}, adminId,
                              QStringLiteral("https://outlook.office365.com"));
}

QByteArray ExchangeFixture::adminTokenV2()
{
    return m_client.mintToken({QStringLiteral("Exchange.ManageV2")}, adminId,
                              QStringLiteral("https://outlook.office365.com"));
}

QByteArray ExchangeFixture::appToken()
{
    return m_client.mintToken({QStringLiteral("Exchange.ManageAsApp")}, QString(),
                              QStringLiteral("https://outlook.office365.com"));
}

QByteArray ExchangeFixture::technicianToken()
{
    return m_client.mintToken({QStringLiteral("Exchange.Manage")}, technicianId,
                              QStringLiteral("https://outlook.office365.com"));
}

QJsonObject ExchangeFixture::body(const QString &cmdlet, const QJsonObject &parameters)
{
    return QJsonObject{
        {QStringLiteral("CmdletInput"),
         QJsonObject{{QStringLiteral("CmdletName"), cmdlet}, {QStringLiteral("Parameters"), parameters}}}};
}

SandboxClient::Reply ExchangeFixture::invoke(const QByteArray &token, const QString &cmdlet,
                                             const QJsonObject &parameters, const QString &query,
                                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QString url = QStringLiteral("/adminapi/beta/%1/InvokeCommand%2").arg(tenantId(), query);
    return m_client.request("POST", url, token,
                            QJsonDocument(body(cmdlet, parameters)).toJson(QJsonDocument::Compact), headers);
}

SandboxClient::Reply ExchangeFixture::invokeV2(const QByteArray &token, const QString &endpoint,
                                               const QString &cmdlet, const QJsonObject &parameters)
{
    return m_client.postJson(QStringLiteral("/adminapi/v2.0/%1/%2").arg(tenantId(), endpoint), token,
                             body(cmdlet, parameters));
}

QString ExchangeFixture::errorText(const SandboxClient::Reply &reply)
{
    return reply.json()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("innererror"))
        .toObject()
        .value(QLatin1String("internalexception"))
        .toObject()
        .value(QLatin1String("message"))
        .toString();
}

QString ExchangeFixture::errorType(const SandboxClient::Reply &reply)
{
    return reply.json()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("innererror"))
        .toObject()
        .value(QLatin1String("internalexception"))
        .toObject()
        .value(QLatin1String("type"))
        .toString();
}
