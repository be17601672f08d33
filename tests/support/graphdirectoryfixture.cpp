#include "graphdirectoryfixture.h"

#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QDateTime>

GraphDirectoryFixture::GraphDirectoryFixture(SandboxClient &client, int userCount) : m_client(client)
{
    Tenant &t = client.tenant();
    if (t.tenantId.isEmpty())
        t.tenantId = Tenant::newGuid();
    if (t.initialDomain.isEmpty())
        t.initialDomain = QStringLiteral("tdd-school.onmicrosoft.com");
    QJsonArray domains = t.organization.value(QLatin1String("verifiedDomains")).toArray();
    bool known = false;
    for (const QJsonValue &d : domains)
        known = known || d.toObject().value(QLatin1String("name")).toString() == t.initialDomain;
    if (!known) {
        domains.append(QJsonObject{{QStringLiteral("name"), t.initialDomain},
                                   {QStringLiteral("isInitial"), true},
                                   {QStringLiteral("isDefault"), domains.isEmpty()}});
        t.organization.insert(QStringLiteral("verifiedDomains"), domains);
    }
    m_domain = t.initialDomain;

    static const char *given[] = {"Ann",  "Anna", "Annika", "Bo",    "Birgit", "Carl",  "Dorota",
                                  "Ewa",  "Finn", "Grete",  "Hanna", "Ivar",   "Jakub", "Kari",
                                  "Lars", "Maja", "Nils",   "Ola",   "Piotr",  "Rasmus"};
    static const char *surnames[] = {"Hansen", "Nowak",   "Kowalski", "Berg",       "Lund",
                                     "Tamm",   "Schmidt", "Dahl",     "Wiśniewska", "Ærø",
                                     "Olsen",  "Saar",    "Meyer",    "Holm",       "Kask"};
    static const char *cities[] = {"Oslo", "Aarhus", "Kraków", "Tartu", "Bergen", "Hamburg"};
    static const char *countries[] = {"NO", "DK", "PL", "EE", "NO", "DE"};
    TenantFixtures fixtures(t);
    const QDateTime base = QDateTime::fromString(QStringLiteral("2024-01-01T00:00:00Z"), Qt::ISODate);
    for (int i = 0; i < userCount; ++i) {
        const QString first = QString::fromUtf8(given[i % 20]);
        const QString last = QString::fromUtf8(surnames[(i / 20) % 15]);
        const QString upn = QStringLiteral("tdd.%1.%2@%3").arg(first.toLower()).arg(i).arg(m_domain);
        QJsonObject extra{
            {QStringLiteral("givenName"), first},
            {QStringLiteral("surname"), last},
            {QStringLiteral("mailNickname"), QStringLiteral("tdd.%1.%2").arg(first.toLower()).arg(i)},
            {QStringLiteral("accountEnabled"), i % 11 != 0},
            {QStringLiteral("usageLocation"), QString::fromLatin1(countries[i % 6])},
            {QStringLiteral("createdDateTime"), base.addSecs(qint64(i) * 60).toString(Qt::ISODate)},
            {QStringLiteral("proxyAddresses"),
             QJsonArray{QStringLiteral("SMTP:") + upn,
                        QStringLiteral("smtp:%1%2@alias.%3").arg(first.toLower()).arg(i).arg(m_domain)}}};
        if (i % 3 == 0)
            extra.insert(QStringLiteral("jobTitle"), QStringLiteral("Teacher"));
        else if (i % 3 == 1)
            extra.insert(QStringLiteral("jobTitle"), QStringLiteral("Student"));
        if (i % 5 != 0)
            extra.insert(QStringLiteral("department"), QStringLiteral("Dept %1").arg(i % 4));
        if (i % 7 != 0)
            extra.insert(QStringLiteral("city"), QString::fromUtf8(cities[i % 6]));
        QJsonArray licences;
        const auto licence = [](const QString &sku) {
            return QJsonObject{{QStringLiteral("skuId"), sku},
                               {QStringLiteral("disabledPlans"), QJsonArray()}};
        };
        if (i % 4 == 1 || i % 4 == 3)
            licences.append(licence(kA1Student));
        if (i % 4 == 2)
            licences.append(licence(kA1Faculty));
        if (i % 4 == 3)
            licences.append(licence(kA3Student));
        extra.insert(QStringLiteral("assignedLicenses"), licences);
        m_userIds.append(fixtures.addUser(upn, first + QLatin1Char(' ') + last, extra));
    }

    classGroupId = fixtures.addGroup(QStringLiteral("Tdd 7B Class"), QStringLiteral("tdd-7b"));
    for (int i = 0; i < 3 && i < m_userIds.size(); ++i)
        fixtures.addGroupMember(classGroupId, m_userIds.at(i));
    if (m_userIds.size() > 3)
        fixtures.addGroupOwner(classGroupId, m_userIds.at(3));
    const auto addGroup = [&](const QString &name, const QString &nick, bool mailEnabled,
                              bool securityEnabled) {
        const QString id = Tenant::newGuid();
        t.groups.insert(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("displayName"), name},
                        {QStringLiteral("mailNickname"), nick},
                        {QStringLiteral("mail"), mailEnabled ? QJsonValue(nick + QLatin1Char('@') + m_domain)
                                                             : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("mailEnabled"), mailEnabled},
                        {QStringLiteral("securityEnabled"), securityEnabled},
                        {QStringLiteral("groupTypes"), QJsonArray()}},
            t.nextSequence());
        return id;
    };
    securityGroupId =
        addGroup(QStringLiteral("Tdd Staff Devices"), QStringLiteral("tdd-staff-devices"), false, true);
    distributionListId =
        addGroup(QStringLiteral("Tdd Parents List"), QStringLiteral("tdd-parents"), true, false);
    mailSecurityGroupId =
        addGroup(QStringLiteral("Tdd Office Secure"), QStringLiteral("tdd-office-secure"), true, true);
    if (m_userIds.size() > 5) {
        fixtures.addGroupMember(distributionListId, m_userIds.at(4));
        fixtures.addGroupMember(securityGroupId, m_userIds.at(5));
    }

    unitId = fixtures.addUnit(QStringLiteral("Tdd School"));
    for (int i = 0; i < 20 && i < m_userIds.size(); ++i)
        fixtures.addUnitMember(unitId, m_userIds.at(i));
    technicianId =
        fixtures.addUser(QStringLiteral("tdd.technician@") + m_domain, QStringLiteral("Tdd Technician"));
    fixtures.addRole(technicianId, DirectoryRoles::UserAdministrator,
                     QStringLiteral("/administrativeUnits/") + unitId);
}

QJsonObject GraphDirectoryFixture::user(const QString &id) const
{
    const std::optional<QJsonObject> u = m_client.tenant().users.find(id);
    return u ? *u : QJsonObject();
}

QByteArray GraphDirectoryFixture::appToken()
{
    return m_client.adminAppToken();
}

QByteArray GraphDirectoryFixture::readOnlyToken()
{
    return m_client.mintToken({QStringLiteral("User.Read.All"), QStringLiteral("Group.Read.All")});
}

QByteArray GraphDirectoryFixture::technicianToken()
{
    return m_client.mintToken({QStringLiteral("User.ReadWrite.All"), QStringLiteral("Group.ReadWrite.All")},
                              technicianId);
}

bool GraphDirectoryFixture::collect(const QString &url, const QByteArray &token, QJsonArray *items,
                                    QString *error, const QList<QPair<QByteArray, QByteArray>> &headers,
                                    int maxPages, int *pages)
{
    QString next = url;
    int n = 0;
    while (!next.isEmpty()) {
        if (++n > maxPages) {
            *error = QStringLiteral("more than %1 pages").arg(maxPages);
            return false;
        }
        const SandboxClient::Reply reply = m_client.request("GET", next, token, QByteArray(), headers);
        if (reply.status != 200) {
            *error = QStringLiteral("GET %1 -> %2 %3")
                         .arg(next)
                         .arg(reply.status)
                         .arg(QString::fromUtf8(reply.body));
            return false;
        }
        const QJsonObject page = reply.json();
        for (const QJsonValue &v : page.value(QLatin1String("value")).toArray())
            items->append(v);
        next = page.value(QLatin1String("@odata.nextLink")).toString();
        if (!next.isEmpty() && !next.startsWith(m_client.baseUrl() + QStringLiteral("/v1.0/"))) {
            *error = QStringLiteral("nextLink is not absolute: ") + next;
            return false;
        }
    }
    if (pages)
        *pages = n;
    return true;
}

QStringList GraphDirectoryFixture::ids(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(QLatin1String("id")).toString());
    return out;
}
