#include "sandbox/seed/accessseeder.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/seed/seedcontext.h"

#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace {
// The GUID's bytes in .NET order (first three fields little-endian), as Entra encodes them.
QByteArray dotnetBytes(const QString &guid)
{
    QByteArray raw = QUuid::fromString(guid).toRfc4122();
    std::reverse(raw.begin(), raw.begin() + 4);
    std::reverse(raw.begin() + 4, raw.begin() + 6);
    std::reverse(raw.begin() + 6, raw.begin() + 8);
    return raw;
}

QString randomFrom(QRandomGenerator *random, const char *alphabet, int length)
{
    const int size = int(qstrlen(alphabet));
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[random->bounded(size)]);
    return out;
}
} // namespace

QString AccessSeeder::generatePassword()
{
    QRandomGenerator *random = QRandomGenerator::system();
    static constexpr const char *upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static constexpr const char *lower = "abcdefghijkmnopqrstuvwxyz";
    static constexpr const char *digits = "23456789";
    static constexpr const char *symbols = "!#%+-=?@";
    QString password = randomFrom(random, upper, 1) + randomFrom(random, lower, 1) +
                       randomFrom(random, digits, 1) + randomFrom(random, symbols, 1);
    password += randomFrom(random, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@", 16);
    for (int i = int(password.size()) - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(i + 1)]);
    return password;
}

QString AccessSeeder::generateClientSecret()
{
    QRandomGenerator *random = QRandomGenerator::system();
    static constexpr const char *alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // Entra's secrets: 40 characters, with "8Q~" after the first three.
    return randomFrom(random, alnum, 3) + QStringLiteral("8Q~") +
           randomFrom(random, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-", 34);
}

QString AccessSeeder::roleAssignmentId(const QString &roleDefinitionId, const QString &principalId,
                                       const QString &unitId)
{
    QByteArray raw = dotnetBytes(roleDefinitionId) + dotnetBytes(principalId);
    if (!unitId.isEmpty())
        raw += dotnetBytes(unitId);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           QStringLiteral("-1");
}

void AccessSeeder::assign(const QString &roleDefinitionId, const QString &principalId,
                          const QString &directoryScopeId)
{
    const QString prefix = QStringLiteral("/administrativeUnits/");
    const QString unit =
        directoryScopeId.startsWith(prefix) ? directoryScopeId.mid(prefix.size()) : QString();
    m_context.tenant.roleAssignments.append(
        QJsonObject{{QStringLiteral("id"), roleAssignmentId(roleDefinitionId, principalId, unit)},
                    {QStringLiteral("roleDefinitionId"), roleDefinitionId},
                    {QStringLiteral("principalId"), principalId},
                    {QStringLiteral("directoryScopeId"), directoryScopeId}});
}

void AccessSeeder::seed()
{
    SeedContext &c = m_context;
    Tenant &t = c.tenant;
    const SeedContext::Person &admin = c.people.at(0);
    assign(DirectoryRoles::GlobalAdministrator, admin.id, QStringLiteral("/"));
    t.accounts.append({admin.id, admin.mail, generatePassword(), QStringLiteral("admin")});
    for (const SeedContext::School &school : std::as_const(c.schools)) {
        const SeedContext::Person &technician = c.people.at(school.technician);
        const QString scope = QStringLiteral("/administrativeUnits/") + school.id;
        assign(DirectoryRoles::UserAdministrator, technician.id, scope);
        assign(DirectoryRoles::HelpdeskAdministrator, technician.id, scope);
        t.accounts.append({technician.id, technician.mail, generatePassword(), QStringLiteral("technician")});
    }

    t.publicClientId = c.random.guid();
    t.confidentialClientId = c.random.guid();
    Tenant::App console;
    console.clientId = t.publicClientId;
    console.displayName = QStringLiteral("Tenantdesk");
    t.apps.append(console);
    Tenant::App automation;
    automation.clientId = t.confidentialClientId;
    automation.displayName = QStringLiteral("Tenantdesk automation");
    automation.secret = generateClientSecret();
    automation.appRoles = QStringList{
        QStringLiteral("User.ReadWrite.All"),
        QStringLiteral("Group.ReadWrite.All"),
        QStringLiteral("GroupMember.ReadWrite.All"),
        QStringLiteral("Directory.ReadWrite.All"),
        QStringLiteral("Organization.Read.All"),
        QStringLiteral("Policy.Read.All"),
        QStringLiteral("Policy.ReadWrite.Authorization"),
        QStringLiteral("AdministrativeUnit.ReadWrite.All"),
        QStringLiteral("RoleManagement.ReadWrite.Directory"),
        QStringLiteral("EduRoster.ReadWrite.All"),
        QStringLiteral("Calendars.ReadWrite"),
        QStringLiteral("LicenseAssignment.ReadWrite.All"),
        QStringLiteral("Exchange.ManageAsApp"),
        QStringLiteral("Exchange.ManageAsAppV2"),
    };
    t.apps.append(automation);
}
