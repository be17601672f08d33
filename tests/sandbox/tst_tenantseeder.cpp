// The seeded school tenant's directory: reproducible from its seed, with the proportions, names,
// addresses, licences, classes and scoped roles a real school tenant has.
#include "core/addresspolicy.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/seed/seedcontext.h"
#include "schemavalidator.h"
#include "seededtenant.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

namespace {
std::unique_ptr<Tenant> seeded(quint32 seed, int schools, int users)
{
    return SeededTenant::make(seed, schools, users);
}

QByteArray reproducibleJson(const Tenant &tenant)
{
    return SeededTenant::reproducibleJson(tenant);
}

QString str(const QJsonObject &object, const char *key)
{
    return SeededTenant::str(object, key);
}

bool isPerson(const Tenant &tenant, const QString &userId)
{
    return tenant.educationUsers.contains(userId);
}
} // namespace

class TestTenantSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesTheSameTenant();
    void differentSeedsGiveDifferentTenants();
    void secretsAreNotDerivedFromTheSeed();
    void peopleHaveSchoolProportions();
    void addressesAreAsciiAndUnique();
    void namesUseTheLanguagesLetters();
    void consumedUnitsMatchAssignments();
    void techniciansAreScopedToTheirSchool();
    void classesHaveTeachersAsOwnersAndMembers();
    void objectsMatchGraphSchema();
    void tinyTenantStillHasATechnicianPerSchool();
    void timesAreWrittenAsQtWouldWriteThem();

private:
    std::unique_ptr<Tenant> m_tenant; // seed 11, 5 schools, 3000 people
};

void TestTenantSeeder::initTestCase()
{
    m_tenant = seeded(11, 5, 3000);
    QCOMPARE(m_tenant->sequence, quint64(1));
}

void TestTenantSeeder::sameSeedGivesTheSameTenant()
{
    const auto a = seeded(5, 6, 700);
    const auto b = seeded(5, 6, 700);
    const QByteArray jsonA = reproducibleJson(*a);
    QVERIFY(jsonA.size() > 100000);
    QCOMPARE(jsonA, reproducibleJson(*b));
    QCOMPARE(a->users.at(5).value(QLatin1String("id")), b->users.at(5).value(QLatin1String("id")));
    // Large enough for the JSON to be built on several threads: still the same tenant.
    QCOMPARE(reproducibleJson(*seeded(8, 3, 9000)), reproducibleJson(*seeded(8, 3, 9000)));
}

void TestTenantSeeder::differentSeedsGiveDifferentTenants()
{
    const auto a = seeded(5, 4, 400);
    const auto b = seeded(6, 4, 400);
    QVERIFY(a->tenantId != b->tenantId);
    QVERIFY(reproducibleJson(*a) != reproducibleJson(*b));
    QSet<QString> namesA;
    QSet<QString> namesB;
    for (qsizetype i = 0; i < a->users.slotCount(); ++i)
        namesA.insert(str(a->users.at(i), "displayName"));
    for (qsizetype i = 0; i < b->users.slotCount(); ++i)
        namesB.insert(str(b->users.at(i), "displayName"));
    QVERIFY(namesA != namesB);
    // An id is a version 4 GUID.
    static const QRegularExpression v4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QVERIFY2(v4.match(a->tenantId).hasMatch(), qPrintable(a->tenantId));
    QVERIFY(v4.match(str(a->users.at(3), "id")).hasMatch());
}

void TestTenantSeeder::secretsAreNotDerivedFromTheSeed()
{
    const auto a = seeded(5, 2, 100);
    const auto b = seeded(5, 2, 100);
    QCOMPARE(a->accounts.size(), 3); // admin + one technician per school
    for (int i = 0; i < a->accounts.size(); ++i) {
        QCOMPARE(a->accounts.at(i).username, b->accounts.at(i).username);
        QVERIFY(a->accounts.at(i).password != b->accounts.at(i).password);
        QVERIFY(a->accounts.at(i).password.size() >= 16);
    }
    const Tenant::App *automation = a->findApp(a->confidentialClientId);
    QVERIFY(automation);
    QVERIFY(automation->secret.size() >= 32);
    QVERIFY(automation->secret != b->findApp(b->confidentialClientId)->secret);
    QVERIFY(automation->appRoles.contains(QStringLiteral("Exchange.ManageAsApp")));
    QVERIFY(automation->appRoles.contains(QStringLiteral("EduRoster.ReadWrite.All")));
    const Tenant::App *console = a->findApp(a->publicClientId);
    QVERIFY(console);
    QVERIFY(console->secret.isEmpty());
    QCOMPARE(a->publicClientId, b->publicClientId);
}

void TestTenantSeeder::peopleHaveSchoolProportions()
{
    const Tenant &t = *m_tenant;
    QCOMPARE(t.administrativeUnits.aliveCount(), 5);
    QCOMPARE(t.educationUsers.size(), 3000); // people (alive and deleted); function mailboxes are not people
    QHash<QString, int> roles;
    for (auto it = t.educationUsers.begin(); it != t.educationUsers.end(); ++it)
        ++roles[str(it.value(), "primaryRole")];
    QVERIFY2(roles.value(QStringLiteral("student")) >= 2460 && roles.value(QStringLiteral("student")) <= 2640,
             qPrintable(QString::number(roles.value(QStringLiteral("student")))));
    QVERIFY(roles.value(QStringLiteral("teacher")) >= 300 && roles.value(QStringLiteral("teacher")) <= 420);
    QVERIFY(roles.value(QStringLiteral("none")) >= 60 && roles.value(QStringLiteral("none")) <= 120);

    int deleted = 0, disabled = 0, noLocation = 0, unlicensed = 0, people = 0;
    for (qsizetype i = 0; i < t.users.slotCount(); ++i) {
        const QJsonObject &u = t.users.at(i);
        if (!isPerson(t, str(u, "id")))
            continue;
        ++people;
        if (t.users.isDeleted(i)) {
            ++deleted;
            QVERIFY(!str(u, "deletedDateTime").isEmpty());
            continue;
        }
        disabled += u.value(QLatin1String("accountEnabled")).toBool() ? 0 : 1;
        noLocation += u.value(QLatin1String("usageLocation")).isNull() ? 1 : 0;
        unlicensed += u.value(QLatin1String("assignedLicenses")).toArray().isEmpty() ? 1 : 0;
    }
    QCOMPARE(people, 3000);
    QVERIFY2(deleted >= 10 && deleted <= 60, qPrintable(QString::number(deleted)));
    QVERIFY2(disabled >= 25 && disabled <= 100, qPrintable(QString::number(disabled)));
    QVERIFY2(noLocation >= 3 && noLocation <= 40, qPrintable(QString::number(noLocation)));
    QVERIFY(unlicensed > noLocation && unlicensed < 150);

    // About one class per 25 students; 3 distribution/security groups and 3 function mailboxes per school.
    int classes = 0, lists = 0;
    for (qsizetype i = 0; i < t.groups.slotCount(); ++i) {
        const QJsonArray types = t.groups.at(i).value(QLatin1String("groupTypes")).toArray();
        (types.contains(QStringLiteral("Unified")) ? classes : lists) += 1;
    }
    QVERIFY2(classes >= 90 && classes <= 115, qPrintable(QString::number(classes)));
    QCOMPARE(classes, int(t.educationClasses.size()));
    QCOMPARE(lists, 15);
    QCOMPARE(int(t.users.slotCount()), 3000 + 15);
}

void TestTenantSeeder::addressesAreAsciiAndUnique()
{
    const Tenant &t = *m_tenant;
    static const QRegularExpression address(
        QStringLiteral("^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?@[a-z0-9.-]+\\.[a-z]+$"));
    QSet<QString> upns, mails, aliases, proxies;
    auto checkAddress = [&](const QString &a) {
        QVERIFY2(address.match(a).hasMatch(), qPrintable(a));
        QVERIFY2(AddressPolicy::isAsciiAddress(a), qPrintable(a));
    };
    auto visit = [&](const QJsonObject &o, bool isUser) {
        const QString mail = str(o, "mail");
        checkAddress(mail);
        QVERIFY2(!mails.contains(mail), qPrintable(mail));
        mails.insert(mail);
        const QString alias = str(o, "mailNickname");
        QVERIFY2(!aliases.contains(alias), qPrintable(alias));
        QVERIFY(AddressPolicy::isAsciiAddress(alias) && alias.size() <= 64);
        aliases.insert(alias);
        if (isUser) {
            checkAddress(str(o, "userPrincipalName"));
            QVERIFY(!upns.contains(str(o, "userPrincipalName")));
            upns.insert(str(o, "userPrincipalName"));
        }
        for (const QJsonValue &proxy : o.value(QLatin1String("proxyAddresses")).toArray()) {
            QVERIFY(proxy.toString().startsWith(QLatin1String("SMTP:")));
            checkAddress(proxy.toString().mid(5));
            QVERIFY(!proxies.contains(proxy.toString().mid(5)));
            proxies.insert(proxy.toString().mid(5));
        }
    };
    for (qsizetype i = 0; i < t.users.slotCount(); ++i)
        visit(t.users.at(i), true);
    static const QRegularExpression forbidden(QStringLiteral("[@()\\\\\\[\\]\";:.<>, ]"));
    for (qsizetype i = 0; i < t.groups.slotCount(); ++i) {
        visit(t.groups.at(i), false);
        // Graph's rule for a group's mailNickname: no @ ( ) \ [ ] " ; : . < > , or space.
        QVERIFY2(!str(t.groups.at(i), "mailNickname").contains(forbidden),
                 qPrintable(str(t.groups.at(i), "mailNickname")));
    }
    QCOMPARE(mails.size(), t.users.slotCount() + t.groups.slotCount());

    // The address is made from the transliterated name, and it uses the school's domain.
    QSet<QString> domains;
    for (const QJsonValue &d : t.organization.value(QLatin1String("verifiedDomains")).toArray())
        domains.insert(str(d.toObject(), "name"));
    QCOMPARE(domains.size(), 6);
    bool sawTransliteration = false;
    for (qsizetype i = 1; i < t.users.slotCount(); ++i) {
        const QJsonObject &u = t.users.at(i);
        QVERIFY(domains.contains(str(u, "mail").section(QLatin1Char('@'), 1)));
        if (str(u, "surname") == QStringLiteral("Østergaard") &&
            str(u, "givenName") == QStringLiteral("Søren"))
            QVERIFY(str(u, "mail").startsWith(QLatin1String("soeren.oestergaard")));
        if (str(u, "surname").contains(QStringLiteral("ß"))) {
            QVERIFY2(str(u, "mail").contains(QLatin1String("ss")), qPrintable(str(u, "mail")));
            sawTransliteration = true;
        }
    }
    QVERIFY(sawTransliteration);
}

void TestTenantSeeder::namesUseTheLanguagesLetters()
{
    const Tenant &t = *m_tenant;
    QString names;
    bool hyphenated = false, multiPartGiven = false, particle = false;
    for (qsizetype i = 0; i < t.users.slotCount(); ++i) {
        const QJsonObject &u = t.users.at(i);
        names += str(u, "displayName").toLower() + QLatin1Char(' ');
        hyphenated = hyphenated || str(u, "surname").contains(QLatin1Char('-'));
        multiPartGiven = multiPartGiven || str(u, "givenName").contains(QLatin1Char(' '));
        particle = particle || str(u, "surname").startsWith(QLatin1String("von "));
    }
    const QString letters = QStringLiteral("æøåäöüßłąęśżźćńóõšž");
    for (const QChar letter : letters)
        QVERIFY2(names.contains(letter), qPrintable(QStringLiteral("no name with %1").arg(letter)));
    QVERIFY(hyphenated);
    QVERIFY(multiPartGiven);
    QVERIFY(particle);
    // Polish women carry the feminine surname form (Kowalski -> Kowalska).
    int polishGirls = 0;
    for (qsizetype i = 0; i < t.users.slotCount(); ++i) {
        const QJsonObject &u = t.users.at(i);
        if (str(u, "jobTitle") != QStringLiteral("Uczennica"))
            continue;
        ++polishGirls;
        QVERIFY2(!str(u, "surname").endsWith(QLatin1String("ski")), qPrintable(str(u, "surname")));
    }
    QVERIFY(polishGirls > 100);
}

void TestTenantSeeder::consumedUnitsMatchAssignments()
{
    const Tenant &t = *m_tenant;
    QHash<QString, int> assigned;
    for (qsizetype i = 0; i < t.users.slotCount(); ++i) {
        if (!t.users.isAlive(i))
            continue;
        const QJsonObject &u = t.users.at(i);
        const QJsonArray licences = u.value(QLatin1String("assignedLicenses")).toArray();
        if (u.value(QLatin1String("usageLocation")).isNull())
            QVERIFY2(licences.isEmpty(), "a licence needs a usage location");
        for (const QJsonValue &l : licences)
            ++assigned[str(l.toObject(), "skuId")];
        // assignedPlans follow the licence: enabled, assigned after the account was created.
        const QJsonArray plans = u.value(QLatin1String("assignedPlans")).toArray();
        QCOMPARE(plans.isEmpty(), licences.isEmpty());
        for (const QJsonValue &plan : plans) {
            QCOMPARE(str(plan.toObject(), "capabilityStatus"), QStringLiteral("Enabled"));
            QVERIFY(str(plan.toObject(), "assignedDateTime") > str(u, "createdDateTime"));
            QVERIFY(!str(plan.toObject(), "service").isEmpty());
        }
    }
    QSet<QString> parts;
    int nearlyExhausted = 0;
    for (const QJsonValue &value : t.subscribedSkus) {
        const QJsonObject sku = value.toObject();
        parts.insert(str(sku, "skuPartNumber"));
        const int consumed = sku.value(QLatin1String("consumedUnits")).toInt();
        const int enabled =
            sku.value(QLatin1String("prepaidUnits")).toObject().value(QLatin1String("enabled")).toInt();
        QCOMPARE(consumed, assigned.value(str(sku, "skuId")));
        QVERIFY(consumed > 0);
        QVERIFY(enabled >= consumed);
        nearlyExhausted += enabled - consumed <= 3 ? 1 : 0;
        QCOMPARE(str(sku, "id"), t.tenantId + QLatin1Char('_') + str(sku, "skuId"));
        QVERIFY(!sku.value(QLatin1String("servicePlans")).toArray().isEmpty());
    }
    QCOMPARE(nearlyExhausted, 1);
    QVERIFY(parts.contains(QStringLiteral("STANDARDWOFFPACK_STUDENT")));
    QVERIFY(parts.contains(QStringLiteral("STANDARDWOFFPACK_FACULTY")));
    QVERIFY(parts.contains(QStringLiteral("M365EDU_A3_STUDENT")));
    QVERIFY(parts.contains(QStringLiteral("M365EDU_A3_FACULTY")));
    // Students hold student SKUs, staff faculty SKUs.
    for (auto it = t.educationUsers.begin(); it != t.educationUsers.end(); ++it) {
        const std::optional<QJsonObject> user = t.users.find(it.key());
        if (!user)
            continue;
        const bool student = str(it.value(), "primaryRole") == QLatin1String("student");
        for (const QJsonValue &l : user->value(QLatin1String("assignedLicenses")).toArray()) {
            const QString sku = str(l.toObject(), "skuId");
            const bool studentSku = sku == QLatin1String("314c4481-f395-4525-be8b-2ec4bb1e9d91") ||
                                    sku == QLatin1String("7cfd9a2b-e110-4c39-bf20-c6a3f36a3121");
            QCOMPARE(studentSku, student);
        }
    }
}

void TestTenantSeeder::techniciansAreScopedToTheirSchool()
{
    const Tenant &t = *m_tenant;
    QCOMPARE(t.accounts.size(), 6);
    QCOMPARE(t.accounts.at(0).role, QStringLiteral("admin"));
    QVERIFY(t.isGlobalAdministrator(t.accounts.at(0).userId));
    QVERIFY(t.accounts.at(0).username.endsWith(QLatin1Char('@') + t.initialDomain));
    QSet<QString> units;
    for (int i = 1; i < t.accounts.size(); ++i) {
        const Tenant::Account &account = t.accounts.at(i);
        QCOMPARE(account.role, QStringLiteral("technician"));
        const std::optional<QJsonObject> user = t.users.find(account.userId);
        QVERIFY(user);
        QCOMPARE(str(*user, "userPrincipalName"), account.username);
        QVERIFY(user->value(QLatin1String("accountEnabled")).toBool());
        QCOMPARE(str(t.educationUsers.value(account.userId), "primaryRole"), QStringLiteral("none"));
        QVERIFY(t.rolesOf(account.userId).isEmpty()); // nothing tenant-wide
        const QStringList scoped = t.scopedUnitsOf(account.userId);
        QCOMPARE(scoped.size(), 2);
        QCOMPARE(scoped.at(0), scoped.at(1));
        const QString unit = scoped.at(0);
        QVERIFY(!units.contains(unit));
        units.insert(unit);
        const QStringList roles = t.rolesOf(account.userId, QStringLiteral("/administrativeUnits/") + unit);
        QVERIFY(roles.contains(DirectoryRoles::UserAdministrator));
        QVERIFY(roles.contains(DirectoryRoles::HelpdeskAdministrator));
        QVERIFY(t.unitMembers.value(unit).contains(account.userId));
        QCOMPARE(str(*user, "department"), str(*t.administrativeUnits.find(unit), "displayName"));
        // In scope: the school's students; out of scope: another school's.
        SandboxCaller caller;
        caller.userId = account.userId;
        QVERIFY(t.canManageObject(caller, t.unitMembers.value(unit).last()));
    }
    QCOMPARE(units.size(), 5);
    for (const QJsonObject &assignment : t.roleAssignments) {
        QVERIFY(!str(assignment, "id").isEmpty());
        QVERIFY(t.users.find(str(assignment, "principalId")));
    }
}

void TestTenantSeeder::classesHaveTeachersAsOwnersAndMembers()
{
    const Tenant &t = *m_tenant;
    int students = 0;
    for (auto it = t.educationClasses.begin(); it != t.educationClasses.end(); ++it) {
        const std::optional<QJsonObject> group = t.groups.find(it.key());
        QVERIFY(group);
        QCOMPARE(group->value(QLatin1String("groupTypes")).toArray(), QJsonArray{QStringLiteral("Unified")});
        QCOMPARE(str(it.value(), "mailNickname"), str(*group, "mailNickname"));
        QCOMPARE(str(it.value(), "externalSource"), QStringLiteral("sis"));
        QVERIFY(!str(it.value().value(QLatin1String("term")).toObject(), "startDate").isEmpty());
        const QStringList owners = t.groupOwners.value(it.key());
        const QStringList members = t.groupMembers.value(it.key());
        QVERIFY(owners.size() >= 1 && owners.size() <= 2);
        const QStringList units = t.unitsOf(it.key());
        QCOMPARE(units.size(), 1);
        for (const QString &owner : owners) {
            QVERIFY(members.contains(owner));
            QCOMPARE(str(t.educationUsers.value(owner), "primaryRole"), QStringLiteral("teacher"));
        }
        for (const QString &member : members) {
            QVERIFY(t.users.find(member));
            QVERIFY(t.unitMembers.value(units.at(0)).contains(member));
            if (!owners.contains(member)) {
                ++students;
                const QJsonObject student =
                    t.educationUsers.value(member).value(QLatin1String("student")).toObject();
                QCOMPARE(str(student, "grade"), str(it.value(), "grade"));
            }
        }
    }
    QVERIFY(students > 2400);
}

void TestTenantSeeder::objectsMatchGraphSchema()
{
    const Tenant &t = *m_tenant;
    SchemaValidator validator;
    QVERIFY2(validator.schema().isLoaded(), qPrintable(validator.schema().loadError()));
    validator.setStrictOpenTypes(true);
    auto check = [&](const QJsonValue &value, const char *definition) {
        const auto errors = validator.validate(value, QLatin1String(definition));
        QVERIFY2(errors.isEmpty(), qPrintable(QLatin1String(definition) + QLatin1Char('\n') +
                                              SchemaValidator::describe(errors)));
    };
    for (qsizetype i = 0; i < t.users.slotCount(); i += 7)
        check(t.users.at(i), "microsoft.graph.user");
    for (qsizetype i = 0; i < t.groups.slotCount(); ++i)
        check(t.groups.at(i), "microsoft.graph.group");
    for (qsizetype i = 0; i < t.administrativeUnits.slotCount(); ++i)
        check(t.administrativeUnits.at(i), "microsoft.graph.administrativeUnit");
    for (const QJsonValue &sku : t.subscribedSkus)
        check(sku, "microsoft.graph.subscribedSku");
    check(t.authorizationPolicy, "microsoft.graph.authorizationPolicy");
    for (auto it = t.educationSchools.begin(); it != t.educationSchools.end(); ++it) {
        QJsonObject school = it.value();
        school.insert(QStringLiteral("id"), it.key());
        check(school, "microsoft.graph.educationSchool");
    }
    for (auto it = t.educationClasses.begin(); it != t.educationClasses.end(); ++it) {
        QJsonObject cls = it.value();
        cls.insert(QStringLiteral("id"), it.key());
        cls.insert(QStringLiteral("displayName"), str(*t.groups.find(it.key()), "displayName"));
        check(cls, "microsoft.graph.educationClass");
    }
    int n = 0;
    for (auto it = t.educationUsers.begin(); it != t.educationUsers.end() && n < 300; ++it, ++n) {
        QJsonObject user = it.value();
        user.insert(QStringLiteral("id"), it.key());
        check(user, "microsoft.graph.educationUser");
    }
    // organization is outside the schema subset: check the documented fields by hand.
    QCOMPARE(str(t.organization, "id"), t.tenantId);
    QCOMPARE(str(t.organization, "tenantType"), QStringLiteral("AAD"));
    int defaults = 0, initial = 0;
    for (const QJsonValue &d : t.organization.value(QLatin1String("verifiedDomains")).toArray()) {
        const QJsonObject domain = d.toObject();
        QCOMPARE(str(domain, "type"), QStringLiteral("Managed"));
        QVERIFY(!str(domain, "capabilities").isEmpty());
        defaults += domain.value(QLatin1String("isDefault")).toBool() ? 1 : 0;
        initial += domain.value(QLatin1String("isInitial")).toBool() ? 1 : 0;
    }
    QCOMPARE(defaults, 1);
    QCOMPARE(initial, 1);
}

void TestTenantSeeder::tinyTenantStillHasATechnicianPerSchool()
{
    const auto t = seeded(3, 7, 10);
    QCOMPARE(t->administrativeUnits.aliveCount(), 7);
    QCOMPARE(t->accounts.size(), 8);
    QVERIFY(t->educationUsers.size() >= 15);
    for (int i = 1; i < t->accounts.size(); ++i)
        QCOMPARE(t->scopedUnitsOf(t->accounts.at(i).userId).size(), 2);
    for (auto it = t->educationSchools.begin(); it != t->educationSchools.end(); ++it)
        QVERIFY(!str(it.value(), "principalEmail").isEmpty());
}

void TestTenantSeeder::timesAreWrittenAsQtWouldWriteThem()
{
    // The seeder formats its timestamps by hand (hundreds of thousands of them); they must read as
    // QDateTime's ISO 8601.
    for (qint64 t = -86400LL * 800; t < 86400LL * 365 * 80; t += 86400LL * 13 + 3607) {
        QCOMPARE(SeedContext::isoTime(t), QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(SeedContext::isoDate(t / 86400),
                 QDateTime::fromSecsSinceEpoch(t / 86400 * 86400, Qt::UTC).date().toString(Qt::ISODate));
    }
}

QTEST_GUILESS_MAIN(TestTenantSeeder)
#include "tst_tenantseeder.moc"
