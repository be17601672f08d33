#include "sandbox/seed/peopleseeder.h"

#include "sandbox/directory/objecttext.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/seed/parallelrange.h"
#include "sandbox/seed/skucatalog.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace {
using Role = SeedContext::Role;

struct Seat
{
    Role role;
    int school;
};
} // namespace

void PeopleSeeder::seed()
{
    planPeople();
    planClasses();
    m_classCursor = QVector<int>(m_context.schools.size(), 0);
    planAdministrator();
    for (int i = 1; i < m_context.people.size(); ++i)
        planPerson(i);
    buildAndLoad();
    seedSubscribedSkus();
}

// Decides every person's role and school, in a shuffled order so the directory lists them mixed.
void PeopleSeeder::planPeople()
{
    SeedContext &c = m_context;
    const int schools = int(c.schools.size());
    const int total = std::max(c.options.users, 2 * schools + 1);
    const int others = total - 1;
    const int staff = std::max(qRound(others * 0.03), schools);
    const int teachers = std::max(qRound(others * 0.12), schools);
    const int students = std::max(0, others - staff - teachers);

    QVector<double> cumulative(schools);
    double sum = 0;
    for (int s = 0; s < schools; ++s) {
        sum += 0.6 + 0.8 * c.random.bounded(1000) / 1000.0;
        cumulative[s] = sum;
    }
    auto weightedSchool = [&]() {
        const double x = c.random.bounded(1 << 30) / double(1 << 30) * sum;
        return int(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin()) % schools;
    };

    QVector<Seat> roster;
    roster.reserve(others);
    for (int s = 0; s < schools; ++s) {
        roster.append({Role::Staff, s});
        roster.append({Role::Teacher, s});
    }
    for (int i = schools; i < staff; ++i)
        roster.append({Role::Staff, weightedSchool()});
    for (int i = schools; i < teachers; ++i)
        roster.append({Role::Teacher, weightedSchool()});
    for (int i = 0; i < students; ++i)
        roster.append({Role::Student, weightedSchool()});
    for (int i = int(roster.size()) - 1; i > 0; --i)
        std::swap(roster[i], roster[c.random.bounded(i + 1)]);

    c.people.resize(total);
    c.people[0].role = Role::Admin;
    QVector<int> studentCount(schools, 0);
    for (int i = 0; i < others; ++i) {
        SeedContext::Person &p = c.people[i + 1];
        p.role = roster.at(i).role;
        p.school = roster.at(i).school;
        SeedContext::School &school = c.schools[p.school];
        if (p.role == Role::Staff && school.technician < 0)
            school.technician = i + 1;
        else if (p.role == Role::Staff && school.principal < 0)
            school.principal = i + 1;
        if (p.role == Role::Student)
            ++studentCount[p.school];
    }
    for (int s = 0; s < schools; ++s) {
        SeedContext::School &school = c.schools[s];
        if (school.principal < 0) {
            for (int i = 1; i < total; ++i) {
                if (c.people.at(i).school == s && c.people.at(i).role == Role::Teacher) {
                    school.principal = i;
                    break;
                }
            }
        }
        // About one class per 25 students (each class at least one student).
        const int classes = studentCount.at(s) == 0 ? 0 : std::max(1, qRound(studentCount.at(s) / 25.0));
        school.classes.resize(classes);
    }
}

void PeopleSeeder::planClasses()
{
    SeedContext &c = m_context;
    for (SeedContext::School &school : c.schools) {
        const NamePools::Language &language = c.languageOf(school);
        const int n = int(school.classes.size());
        const int grades = school.highestGrade - school.lowestGrade + 1;
        const QString labelTemplate = language.classTemplate.section(QLatin1Char(' '), 0, 0);
        for (int k = 0; k < n; ++k) {
            SeedContext::ClassPlan &plan = school.classes[k];
            if (n <= grades) {
                plan.grade = school.lowestGrade + k * grades / n;
                plan.letter = 0;
            } else {
                plan.grade = school.lowestGrade + k % grades;
                plan.letter = k / grades;
            }
            plan.subject = c.random.pick(language.subjects);
            QString letter = QString(QChar(u'a' + plan.letter % 26));
            if (plan.letter >= 26)
                letter += QString::number(plan.letter / 26);
            if (language.upperCaseLetter)
                letter = letter.toUpper();
            plan.label = QString(labelTemplate).arg(QString::number(plan.grade), letter);
            plan.displayName =
                QString(language.classTemplate).arg(QString::number(plan.grade), letter, plan.subject);
        }
    }
}

QString PeopleSeeder::slug(const QString &name)
{
    auto it = m_slugs.constFind(name);
    if (it == m_slugs.constEnd())
        it = m_slugs.insert(name, AddressPolicy::asciiSlug(name));
    return it.value();
}

void PeopleSeeder::planAdministrator()
{
    SeedContext &c = m_context;
    SeedContext::Person &p = c.people[0];
    const NamePools::Language &language = c.languageOf(c.schools.at(0));
    p.id = c.random.guid();
    p.displayName = QStringLiteral("Servicedesk Administrator");
    p.alias = c.aliases.allocateAlias(QStringLiteral("admin"));
    p.mail = p.alias + QLatin1Char('@') + c.tenant.initialDomain;
    p.locale = language.locale;
    p.skuId = SkuCatalog::a3Faculty();
    p.jobTitle = QStringLiteral("IT-administrator");
    p.usageLocation = language.country;
    p.created = c.randomCreatedSeconds();
}

void PeopleSeeder::planPerson(int index)
{
    SeedContext &c = m_context;
    SeedContext::Person &p = c.people[index];
    SeedContext::School &school = c.schools[p.school];
    const NamePools::Language &language = c.languageOf(school);
    const bool key = index == school.technician || index == school.principal; // never disabled or deleted

    p.id = c.random.guid();
    p.female = c.random.chance(0.5);
    p.givenName = c.random.pick(p.female ? language.femaleNames : language.maleNames);
    p.surname = c.random.pick(language.surnames);
    if (p.female)
        p.surname = NamePools::feminineSurname(language, p.surname);
    p.displayName = p.givenName + QLatin1Char(' ') + p.surname;
    p.alias = c.aliases.allocateAlias(slug(p.givenName) + QLatin1Char('.') + slug(p.surname));
    p.mail = p.alias + QLatin1Char('@') + school.domain;
    p.locale = language.locale;
    p.sisId = QString::number(1000000 + index);
    p.alive = key || !c.random.chance(0.01);
    p.enabled = key || !c.random.chance(0.02);
    if (key || !c.random.chance(0.005))
        p.usageLocation = language.country;
    p.officeLocation = language.staffRoom;

    if (p.role == Role::Student) {
        p.jobTitle = language.studentTitle[p.female ? 1 : 0];
        p.classIndex = m_classCursor[p.school]++ % int(school.classes.size());
        const SeedContext::ClassPlan &plan = school.classes.at(p.classIndex);
        p.grade = plan.grade;
        p.officeLocation = QString(language.studentRoom).arg(plan.label);
        const int age = school.firstAge + plan.grade - school.lowestGrade;
        p.birthDay =
            QDate(1970, 1, 1).daysTo(QDate(SeedContext::schoolYear - age - 1, 9, 1)) + c.random.bounded(365);
        if (!p.usageLocation.isEmpty() && !c.random.chance(0.015))
            p.skuId = c.random.chance(0.12) ? SkuCatalog::a3Student() : SkuCatalog::a1Student();
    } else {
        if (index == school.technician)
            p.jobTitle = language.itTitle;
        else if (index == school.principal)
            p.jobTitle = language.principalTitle;
        else if (p.role == Role::Teacher)
            p.jobTitle = language.teacherTitle[p.female ? 1 : 0];
        else
            p.jobTitle = c.random.pick(language.staffTitles);
        if (key || (!p.usageLocation.isEmpty() && !c.random.chance(0.01)))
            p.skuId = c.random.chance(0.45) ? SkuCatalog::a3Faculty() : SkuCatalog::a1Faculty();
    }
    p.created = c.randomCreatedSeconds();
    if (!p.alive)
        p.deleted = c.randomDeletedSeconds();
}

QJsonObject PeopleSeeder::userObject(const SeedContext::Person &p) const
{
    // The school's template holds every key and what all its people share; the rest is filled in.
    QJsonObject user = m_userTemplates.at(p.school + 1);
    const auto set = [&user](const char *key, const QString &value) {
        if (!value.isEmpty())
            user.insert(QLatin1String(key), value);
    };
    if (!p.enabled)
        user.insert(QLatin1String("accountEnabled"), false);
    if (!p.skuId.isEmpty()) {
        user.insert(QLatin1String("assignedLicenses"), m_licenceReferences.value(p.skuId));
        user.insert(QLatin1String("assignedPlans"), m_planReferences.at(p.plans));
    }
    set("createdDateTime", SeedContext::isoTime(p.created));
    if (!p.alive)
        user.insert(QLatin1String("deletedDateTime"), SeedContext::isoTime(p.deleted));
    set("displayName", p.displayName);
    set("employeeId", p.sisId);
    set("givenName", p.givenName);
    set("id", p.id);
    set("jobTitle", p.jobTitle);
    set("mail", p.mail);
    set("mailNickname", p.alias);
    set("officeLocation", p.officeLocation);
    user.insert(QLatin1String("proxyAddresses"), QJsonArray{QStringLiteral("SMTP:") + p.mail});
    set("surname", p.surname);
    set("usageLocation", p.usageLocation);
    set("userPrincipalName", p.mail);
    return user;
}

QJsonObject PeopleSeeder::educationObject(const SeedContext::Person &p) const
{
    if (p.role == Role::Admin)
        return QJsonObject{{QStringLiteral("externalSource"), QStringLiteral("manual")},
                           {QStringLiteral("primaryRole"), QStringLiteral("none")}};
    if (p.role == Role::Staff)
        return m_staffEducation; // shared: nothing personal in it
    QJsonObject education = p.role == Role::Student ? m_studentEducation : m_teacherEducation;
    if (p.role == Role::Student) {
        const SeedContext::School &school = m_context.schools.at(p.school);
        QJsonObject student = m_studentTemplate;
        student.insert(QLatin1String("birthDate"), SeedContext::isoDate(p.birthDay));
        student.insert(QLatin1String("externalId"), p.sisId);
        student.insert(QLatin1String("grade"), QString::number(p.grade));
        student.insert(QLatin1String("graduationYear"),
                       QString::number(SeedContext::schoolYear + 1 + school.highestGrade - p.grade));
        education.insert(QLatin1String("student"), student);
    } else {
        education.insert(QLatin1String("teacher"), QJsonObject{{QStringLiteral("externalId"), p.sisId}});
    }
    return education;
}

void PeopleSeeder::buildAndLoad()
{
    SeedContext &c = m_context;
    // Values every holder shares (implicitly shared, so safe to copy from the build threads).
    m_licences.insert(QString(), QJsonArray());
    for (const SkuCatalog::Sku &sku : SkuCatalog::skus()) {
        m_licences.insert(sku.skuId, QJsonArray{QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                                                            {QStringLiteral("skuId"), sku.skuId}}});
    }
    // Licences are handed out by the weekly licence run after an account is created (Monday 01:30 UTC;
    // the last run before the tenant's "now" for the newest accounts), so everyone of one SKU created in
    // one week shares an assignedPlans array.
    QHash<QString, int> planIndex;
    const qint64 lastRun = (SeedContext::referenceTime / 86400 - 1) * 86400 + 5400;
    for (SeedContext::Person &p : c.people) {
        if (p.skuId.isEmpty())
            continue;
        const qint64 day = p.created / 86400; // 1970-01-01 was a Thursday
        const qint64 nextMonday = day + 7 - (day + 3) % 7;
        const qint64 night = std::min(nextMonday * 86400 + 5400, lastRun);
        const QString key = p.skuId + QLatin1Char('@') + QString::number(night);
        auto it = planIndex.find(key);
        if (it == planIndex.end()) {
            it = planIndex.insert(key, int(m_assignedPlans.size()));
            m_assignedPlans.append(
                SkuCatalog::assignedPlans(*SkuCatalog::find(p.skuId), SeedContext::isoTime(night)));
        }
        p.plans = it.value();
    }
    for (int school = -1; school < c.schools.size(); ++school) {
        const NamePools::Language &language = c.languageOf(c.schools.at(std::max(school, 0)));
        // Every key a person has, so filling one in replaces a value instead of growing the object.
        m_userTemplates.append(QJsonObject{
            {QStringLiteral("accountEnabled"), true},
            {QStringLiteral("assignedLicenses"), QJsonArray()},
            {QStringLiteral("assignedPlans"), QJsonArray()},
            {QStringLiteral("businessPhones"), QJsonArray()},
            {QStringLiteral("companyName"), c.tenant.displayName},
            {QStringLiteral("createdDateTime"), QJsonValue::Null},
            {QStringLiteral("department"),
             school < 0 ? QStringLiteral("Servicedesk") : c.schools.at(school).name},
            {QStringLiteral("displayName"), QJsonValue::Null},
            {QStringLiteral("employeeId"), QJsonValue::Null},
            {QStringLiteral("givenName"), QJsonValue::Null},
            {QStringLiteral("id"), QJsonValue::Null},
            {QStringLiteral("jobTitle"), QJsonValue::Null},
            {QStringLiteral("mail"), QJsonValue::Null},
            {QStringLiteral("mailNickname"), QJsonValue::Null},
            {QStringLiteral("mobilePhone"), QJsonValue::Null},
            {QStringLiteral("officeLocation"), QJsonValue::Null},
            {QStringLiteral("onPremisesSyncEnabled"), QJsonValue::Null},
            {QStringLiteral("preferredLanguage"), language.locale},
            {QStringLiteral("proxyAddresses"), QJsonArray()},
            {QStringLiteral("surname"), QJsonValue::Null},
            {QStringLiteral("usageLocation"), QJsonValue::Null},
            {QStringLiteral("userPrincipalName"), QJsonValue::Null},
            {QStringLiteral("userType"), QStringLiteral("Member")},
        });
    }
    const auto educationFor = [](const char *role) {
        return QJsonObject{{QStringLiteral("externalSource"), QStringLiteral("sis")},
                           {QStringLiteral("primaryRole"), QLatin1String(role)}};
    };
    m_studentEducation = educationFor("student");
    m_teacherEducation = educationFor("teacher");
    m_staffEducation = educationFor("none");
    m_studentTemplate = QJsonObject{{QStringLiteral("birthDate"), QJsonValue::Null},
                                    {QStringLiteral("externalId"), QJsonValue::Null},
                                    {QStringLiteral("grade"), QJsonValue::Null},
                                    {QStringLiteral("graduationYear"), QJsonValue::Null}};
    // The shared values kept once by the users collection; the users hold references to them.
    for (auto it = m_licences.cbegin(); it != m_licences.cend(); ++it) {
        if (!it.key().isEmpty())
            m_licenceReferences.insert(it.key(),
                                       ObjectCollection::reference(c.tenant.users.intern(it.value())));
    }
    for (const QJsonValue &plans : std::as_const(m_assignedPlans))
        m_planReferences.append(ObjectCollection::reference(c.tenant.users.intern(plans)));

    const qsizetype n = c.people.size();
    QVector<QByteArray> users(n); // each user as the text the tenant keeps (ObjectText)
    QVector<QByteArray> education(n);
    QByteArray *userSlots = users.data(); // detached once, here; the threads write disjoint slots
    QByteArray *educationSlots = education.data();
    ParallelRange::run(n, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            userSlots[i] = ObjectText::fromObject(userObject(c.people.at(i)));
            // Made into text at once: the object's memory is then reused by the next one on this thread
            // instead of leaving a hole between the users kept.
            educationSlots[i] = CompactObjectMap::text(educationObject(c.people.at(i)));
        }
    });

    Tenant &t = c.tenant;
    t.users.reserve(n + 8 * c.schools.size());
    t.educationUsers.reserve(n);
    // The administrator, technicians and principals are named again later (accounts, schools); everyone
    // else's names and addresses are dropped once loaded, so that what the seeders make next reuses their
    // memory rather than leaving it as holes between the ids, which live on.
    QVector<bool> named(n, false);
    named[0] = true;
    for (const SeedContext::School &school : std::as_const(c.schools)) {
        for (const int index : {school.technician, school.principal}) {
            if (index >= 0)
                named[index] = true;
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        SeedContext::Person &p = c.people[i];
        t.users.loadText(p.id, users.at(i), !p.alive);
        t.educationUsers.insertText(p.id, education.at(i));
        if (!named.at(i)) {
            p.displayName.clear();
            p.alias.clear();
            p.mail.clear();
            p.sisId.clear();
            p.officeLocation.clear();
            p.surname.clear();
        }
        if (!p.alive || p.school < 0)
            continue;
        SeedContext::School &school = c.schools[p.school];
        t.unitMembers[school.id].append(p.id);
        if (p.role == Role::Student)
            school.students.append(int(i));
        else if (p.role == Role::Teacher)
            school.teachers.append(int(i));
        else
            school.staff.append(int(i));
    }
}

void PeopleSeeder::seedSubscribedSkus()
{
    SeedContext &c = m_context;
    QHash<QString, int> consumed;
    for (const SeedContext::Person &p : c.people) {
        if (p.alive && !p.skuId.isEmpty())
            ++consumed[p.skuId];
    }
    const QString accountId = c.random.guid();
    for (const SkuCatalog::Sku &sku : SkuCatalog::skus()) {
        const int used = consumed.value(sku.skuId);
        int seats;
        if (sku.skuId == SkuCatalog::a1Student())
            seats = std::max(1000000, used + 1000);
        else if (sku.skuId == SkuCatalog::a1Faculty())
            seats = std::max(500000, used + 1000);
        else if (sku.skuId == SkuCatalog::a3Faculty())
            seats = used + 2; // nearly exhausted: the third assignment fails
        else
            seats = (used + used / 10 + 20) / 10 * 10;
        c.tenant.subscribedSkus.append(SkuCatalog::subscribedSku(
            sku, c.tenant.tenantId, accountId, c.tenant.displayName, used, seats, c.random.guid()));
    }
}
