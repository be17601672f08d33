#include "sandbox/seed/groupseeder.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/seed/seedcontext.h"

#include <QJsonArray>

#include <utility>

void GroupSeeder::seed()
{
    for (int s = 0; s < m_context.schools.size(); ++s) {
        seedClasses(s);
        seedLists(s);
    }
}

QString GroupSeeder::addGroup(int schoolIndex, Kind kind, const QString &displayName,
                              const QString &description, const QString &mailLocalPart,
                              const QStringList &members, const QStringList &owners)
{
    SeedContext &c = m_context;
    const SeedContext::School &school = c.schools.at(schoolIndex);
    const QString id = c.random.guid();
    // The local part is the school's own (every school has its own domain); the alias is tenant-wide.
    const QString alias = c.aliases.allocateAlias(mailLocalPart + QLatin1Char('-') + school.code);
    const QString mail = mailLocalPart + QLatin1Char('@') + school.domain;
    const QString created = c.randomCreatedTime();
    const bool unified = kind == Kind::Class;
    QJsonArray groupTypes;
    if (unified)
        groupTypes.append(QStringLiteral("Unified"));
    QJsonObject group{
        {QStringLiteral("id"), id},
        {QStringLiteral("deletedDateTime"), QJsonValue::Null},
        {QStringLiteral("classification"), QJsonValue::Null},
        {QStringLiteral("createdDateTime"), created},
        {QStringLiteral("description"), description},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("expirationDateTime"), QJsonValue::Null},
        {QStringLiteral("groupTypes"), groupTypes},
        {QStringLiteral("isAssignableToRole"), QJsonValue::Null},
        {QStringLiteral("mail"), mail},
        {QStringLiteral("mailEnabled"), true},
        {QStringLiteral("mailNickname"), alias},
        {QStringLiteral("membershipRule"), QJsonValue::Null},
        {QStringLiteral("membershipRuleProcessingState"), QJsonValue::Null},
        {QStringLiteral("onPremisesLastSyncDateTime"), QJsonValue::Null},
        {QStringLiteral("onPremisesSecurityIdentifier"), QJsonValue::Null},
        {QStringLiteral("onPremisesSyncEnabled"), QJsonValue::Null},
        {QStringLiteral("preferredDataLocation"), QJsonValue::Null},
        {QStringLiteral("preferredLanguage"), QJsonValue::Null},
        {QStringLiteral("proxyAddresses"), QJsonArray{QStringLiteral("SMTP:") + mail}},
        {QStringLiteral("renewedDateTime"), created},
        {QStringLiteral("resourceBehaviorOptions"), QJsonArray()},
        {QStringLiteral("resourceProvisioningOptions"),
         unified ? QJsonArray{QStringLiteral("Team")} : QJsonArray()},
        {QStringLiteral("securityEnabled"), kind == Kind::MailSecurity},
        {QStringLiteral("securityIdentifier"), SeedContext::securityIdentifier(id)},
        {QStringLiteral("theme"), QJsonValue::Null},
        {QStringLiteral("visibility"),
         unified ? QJsonValue(QStringLiteral("HiddenMembership")) : QJsonValue()},
    };
    c.tenant.groups.load(group, false);
    c.tenant.groupMembers.insert(id, members);
    c.tenant.groupOwners.insert(id, owners);
    c.tenant.unitMembers[school.id].append(id);
    return id;
}

void GroupSeeder::seedClasses(int schoolIndex)
{
    SeedContext &c = m_context;
    SeedContext::School &school = c.schools[schoolIndex];
    const int classes = int(school.classes.size());
    QVector<QStringList> members(classes);
    for (int index : std::as_const(school.students))
        members[c.people.at(index).classIndex].append(c.people.at(index).id);
    const QString term =
        QStringLiteral("%1/%2").arg(SeedContext::schoolYear).arg((SeedContext::schoolYear + 1) % 100);
    const QJsonObject termObject{
        {QStringLiteral("displayName"), term},
        {QStringLiteral("externalId"), QStringLiteral("T%1").arg(SeedContext::schoolYear)},
        {QStringLiteral("startDate"), QStringLiteral("%1-08-11").arg(SeedContext::schoolYear)},
        {QStringLiteral("endDate"), QStringLiteral("%1-06-26").arg(SeedContext::schoolYear + 1)},
    };
    const int teachers = int(school.teachers.size());
    for (int k = 0; k < classes; ++k) {
        SeedContext::ClassPlan &plan = school.classes[k];
        QStringList owners;
        if (teachers > 0) {
            owners.append(c.people.at(school.teachers.at(k % teachers)).id);
            if (teachers > 1 && c.random.chance(0.4))
                owners.append(c.people.at(school.teachers.at((k + 1) % teachers)).id);
        }
        // Teachers are owners and members (Microsoft's rule for class teams).
        QStringList classMembers = owners;
        classMembers += members.at(k);
        // Group mail nicknames may not contain '.' (Graph refuses them), so "7.A" becomes "7a".
        const QString localPart =
            AddressPolicy::asciiSlug(plan.label + QLatin1Char('-') + plan.subject).remove(QLatin1Char('.')) +
            QLatin1Char('-') + QString::number(SeedContext::schoolYear);
        const QString displayName = plan.displayName;
        const QString description = displayName + QStringLiteral(" – ") + term;
        // Class labels are unique within a school, so the local part is unique on the school's domain.
        plan.groupId =
            addGroup(schoolIndex, Kind::Class, displayName, description, localPart, classMembers, owners);
        const QString subjectCode = AddressPolicy::asciiSlug(plan.subject).left(3).toUpper();
        c.tenant.educationClasses.insert(
            plan.groupId,
            QJsonObject{{QStringLiteral("classCode"), QString(plan.label).remove(QLatin1Char('.')).toUpper() +
                                                          QLatin1Char('-') + subjectCode},
                        {QStringLiteral("externalId"),
                         school.schoolNumber + QLatin1Char('-') + QString::number(k + 1)},
                        {QStringLiteral("externalName"), displayName},
                        {QStringLiteral("externalSource"), QStringLiteral("sis")},
                        {QStringLiteral("externalSourceDetail"), QStringLiteral("School Data Sync")},
                        {QStringLiteral("grade"), QString::number(plan.grade)},
                        {QStringLiteral("mailNickname"),
                         c.tenant.groups.find(plan.groupId)->value(QLatin1String("mailNickname"))},
                        {QStringLiteral("term"), termObject}});
    }
}

void GroupSeeder::seedLists(int schoolIndex)
{
    SeedContext &c = m_context;
    const SeedContext::School &school = c.schools.at(schoolIndex);
    const NamePools::Language &language = c.languageOf(school);
    QStringList teachers;
    QStringList everyone;
    for (int index : school.teachers)
        teachers.append(c.people.at(index).id);
    everyone = teachers;
    for (int index : school.staff)
        everyone.append(c.people.at(index).id);
    const QStringList owners{c.people.at(school.technician).id};
    const QString suffix = QStringLiteral(" – ") + school.name;

    addGroup(schoolIndex, Kind::DistributionList, language.allTeachers + suffix, language.allTeachers,
             AddressPolicy::asciiSlug(language.allTeachers), teachers, owners);
    addGroup(schoolIndex, Kind::DistributionList, language.allStaff + suffix, language.allStaff,
             AddressPolicy::asciiSlug(language.allStaff), everyone, owners);
    QStringList management{c.people.at(school.principal).id};
    if (school.technician != school.principal)
        management.append(c.people.at(school.technician).id);
    addGroup(schoolIndex, Kind::MailSecurity, language.management + suffix, language.management,
             AddressPolicy::asciiSlug(language.management) + QStringLiteral("-sg"), management, owners);
}
