#include "sandbox/seed/schoolseeder.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/seed/seedcontext.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {
// QString::arg warns about a missing %2; school kinds use it only in some languages.
QString fill(QString pattern, const QString &first, const QString &second)
{
    return pattern.replace(QLatin1String("%1"), first).replace(QLatin1String("%2"), second);
}

QString phoneNumber(SeedRandom &random, const QString &prefix)
{
    QString digits;
    for (int i = 0; i < 8; ++i)
        digits += QChar(u'0' + (i == 0 ? random.between(2, 9) : random.bounded(10)));
    if (prefix == QLatin1String("+45") || prefix == QLatin1String("+47"))
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(prefix, digits.mid(0, 2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 2));
    if (prefix == QLatin1String("+372"))
        return QStringLiteral("%1 %2 %3").arg(prefix, digits.mid(0, 3), digits.mid(3, 4));
    if (prefix == QLatin1String("+48"))
        return QStringLiteral("%1 %2 %3 %4")
            .arg(prefix, digits.mid(0, 2), digits.mid(2, 3), digits.mid(5, 3));
    return QStringLiteral("%1 %2 %3").arg(prefix, digits.mid(0, 3), digits.mid(3, 5));
}
} // namespace

void SchoolSeeder::seedSchools()
{
    SeedContext &c = m_context;
    const QVector<NamePools::Language> &languages = NamePools::languages();
    QSet<QString> names;
    QSet<QString> domains;
    QSet<QString> numbers;
    // Per language, towns in a seeded order, so different seeds give different schools.
    QVector<QVector<int>> townOrder(languages.size());
    for (int l = 0; l < languages.size(); ++l) {
        QVector<int> order(languages.at(l).towns.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        for (int i = int(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[c.random.bounded(i + 1)]);
        townOrder[l] = order;
    }

    for (int i = 0; i < c.options.schools; ++i) {
        SeedContext::School school;
        school.language = i % int(languages.size());
        const NamePools::Language &language = languages.at(school.language);
        const int nth = i / int(languages.size());
        const QVector<int> &order = townOrder.at(school.language);
        const NamePools::Town &town = language.towns.at(order.at(nth % int(order.size())));
        const NamePools::SchoolKind &kind =
            language.kinds.at((nth / int(order.size()) + c.random.bounded(2)) % int(language.kinds.size()));
        const QString townSlug = AddressPolicy::asciiSlug(town.name);
        const QString number = QString::number(c.random.between(1, 60));

        school.id = c.random.guid();
        school.name = fill(kind.nameTemplate, town.inflected, number);
        for (int n = 2; names.contains(school.name); ++n)
            school.name =
                fill(kind.nameTemplate, town.inflected, number) + QLatin1Char(' ') + QString::number(n);
        names.insert(school.name);
        school.domain = fill(kind.domainTemplate, townSlug, number);
        for (int n = 2; domains.contains(school.domain); ++n)
            school.domain = fill(kind.domainTemplate, townSlug + QString::number(n), number);
        domains.insert(school.domain);
        school.code = QString(school.domain).replace(QLatin1Char('.'), QLatin1Char('-'));
        do {
            school.schoolNumber = QString::number(c.random.between(100000, 999999));
        } while (numbers.contains(school.schoolNumber));
        numbers.insert(school.schoolNumber);
        school.description = kind.description;
        school.town = town.name;
        school.postalCode = town.postalCode;
        school.street =
            c.random.pick(language.streets) + QLatin1Char(' ') + QString::number(c.random.between(1, 120));
        school.phone = phoneNumber(c.random, language.phonePrefix);
        school.lowestGrade = kind.lowestGrade;
        school.highestGrade = kind.highestGrade;
        school.firstAge = kind.firstAge;

        c.tenant.administrativeUnits.load(
            QJsonObject{{QStringLiteral("id"), school.id},
                        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
                        {QStringLiteral("displayName"), school.name},
                        {QStringLiteral("description"), language.unitDescription.arg(school.name)},
                        {QStringLiteral("isMemberManagementRestricted"), QJsonValue::Null},
                        {QStringLiteral("membershipRule"), QJsonValue::Null},
                        {QStringLiteral("membershipRuleProcessingState"), QJsonValue::Null},
                        {QStringLiteral("membershipType"), QJsonValue::Null},
                        {QStringLiteral("visibility"), QJsonValue::Null}},
            false);
        c.tenant.unitMembers.insert(school.id, QStringList());
        c.schools.append(school);
    }
}

void SchoolSeeder::seedOrganisation()
{
    SeedContext &c = m_context;
    Tenant &t = c.tenant;
    const SeedContext::School &first = c.schools.at(0);
    const NamePools::Language &language = c.languageOf(first);

    QJsonArray verifiedDomains{
        QJsonObject{{QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
                    {QStringLiteral("isDefault"), false},
                    {QStringLiteral("isInitial"), true},
                    {QStringLiteral("name"), t.initialDomain},
                    {QStringLiteral("type"), QStringLiteral("Managed")}}};
    for (const SeedContext::School &school : c.schools) {
        verifiedDomains.append(
            QJsonObject{{QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
                        {QStringLiteral("isDefault"), school.id == first.id},
                        {QStringLiteral("isInitial"), false},
                        {QStringLiteral("name"), school.domain},
                        {QStringLiteral("type"), QStringLiteral("Managed")}});
    }
    t.organization = QJsonObject{
        {QStringLiteral("id"), t.tenantId},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("businessPhones"), QJsonArray{first.phone}},
        {QStringLiteral("city"), first.town},
        {QStringLiteral("country"), language.countryName},
        {QStringLiteral("countryLetterCode"), language.country},
        {QStringLiteral("createdDateTime"),
         SeedContext::isoTime(SeedContext::firstSchoolYear - 50 * 86400 + 29643)},
        {QStringLiteral("defaultUsageLocation"), language.country},
        {QStringLiteral("displayName"), t.displayName},
        {QStringLiteral("marketingNotificationEmails"), QJsonArray()},
        {QStringLiteral("onPremisesLastSyncDateTime"), QJsonValue::Null},
        {QStringLiteral("onPremisesSyncEnabled"), QJsonValue::Null},
        {QStringLiteral("postalCode"), first.postalCode},
        {QStringLiteral("preferredLanguage"), language.code},
        {QStringLiteral("privacyProfile"), QJsonValue::Null},
        {QStringLiteral("securityComplianceNotificationMails"), QJsonArray()},
        {QStringLiteral("securityComplianceNotificationPhones"), QJsonArray()},
        {QStringLiteral("state"), QJsonValue::Null},
        {QStringLiteral("street"), first.street},
        {QStringLiteral("technicalNotificationMails"), QJsonArray{QStringLiteral("it@") + first.domain}},
        {QStringLiteral("tenantType"), QStringLiteral("AAD")},
        {QStringLiteral("verifiedDomains"), verifiedDomains},
    };

    t.authorizationPolicy = QJsonObject{
        {QStringLiteral("id"), QStringLiteral("authorizationPolicy")},
        {QStringLiteral("allowInvitesFrom"), QStringLiteral("everyone")},
        {QStringLiteral("allowedToSignUpEmailBasedSubscriptions"), true},
        {QStringLiteral("allowedToUseSSPR"), true},
        {QStringLiteral("allowEmailVerifiedUsersToJoinOrganization"), true},
        {QStringLiteral("allowUserConsentForRiskyApps"), false},
        {QStringLiteral("blockMsolPowerShell"), false},
        {QStringLiteral("description"),
         QStringLiteral("Used to manage authorization related settings across the company.")},
        {QStringLiteral("displayName"), QStringLiteral("Authorization Policy")},
        {QStringLiteral("guestUserRoleId"), QStringLiteral("10dae51f-b6af-4016-8d66-8c2a99b929b3")},
        {QStringLiteral("defaultUserRolePermissions"),
         QJsonObject{{QStringLiteral("allowedToCreateApps"), true},
                     {QStringLiteral("allowedToCreateSecurityGroups"), true},
                     {QStringLiteral("allowedToCreateTenants"), true},
                     {QStringLiteral("allowedToReadBitlockerKeysForOwnedDevice"), true},
                     {QStringLiteral("allowedToReadOtherUsers"), true},
                     {QStringLiteral("permissionGrantPoliciesAssigned"), QJsonArray()}}},
    };
}

void SchoolSeeder::fillEducationSchools()
{
    SeedContext &c = m_context;
    for (const SeedContext::School &school : c.schools) {
        const NamePools::Language &language = c.languageOf(school);
        const SeedContext::Person *principal =
            school.principal >= 0 ? &c.people.at(school.principal) : nullptr;
        c.tenant.educationSchools.insert(
            school.id,
            QJsonObject{
                {QStringLiteral("displayName"), school.name},
                {QStringLiteral("description"), school.description},
                {QStringLiteral("externalId"), school.schoolNumber},
                {QStringLiteral("externalPrincipalId"),
                 principal ? QJsonValue(principal->sisId) : QJsonValue()},
                {QStringLiteral("externalSource"), QStringLiteral("sis")},
                {QStringLiteral("externalSourceDetail"), QStringLiteral("School Data Sync")},
                {QStringLiteral("schoolNumber"), school.schoolNumber},
                {QStringLiteral("principalName"),
                 principal ? QJsonValue(principal->displayName) : QJsonValue()},
                {QStringLiteral("principalEmail"), principal ? QJsonValue(principal->mail) : QJsonValue()},
                {QStringLiteral("lowestGrade"), QString::number(school.lowestGrade)},
                {QStringLiteral("highestGrade"), QString::number(school.highestGrade)},
                {QStringLiteral("phone"), school.phone},
                {QStringLiteral("fax"), QJsonValue::Null},
                {QStringLiteral("address"),
                 QJsonObject{{QStringLiteral("city"), school.town},
                             {QStringLiteral("countryOrRegion"), language.countryName},
                             {QStringLiteral("postalCode"), school.postalCode},
                             {QStringLiteral("state"), QJsonValue::Null},
                             {QStringLiteral("street"), school.street}}},
            });
    }
}
