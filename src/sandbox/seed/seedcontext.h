#pragma once

#include "core/addresspolicy.h"
#include "sandbox/common/sandboxoptions.h"
#include "sandbox/seed/namepools.h"
#include "sandbox/seed/seedrandom.h"

#include <QString>
#include <QVector>

class Tenant;

// What the parts of TenantSeeder share while they fill one tenant: the seeded random source, the
// address book, and the plan of schools and people the directory objects are made from.
// Times are fixed (a tenant seeded today equals one seeded next year): the seeded tenant's "now" is
// referenceTime, the start of the 2025/26 school year.
class SeedContext
{
public:
    enum class Role
    {
        Student,
        Teacher,
        Staff,
        Admin
    };

    struct ClassPlan
    {
        int grade;
        int letter; // 0 = A
        QString subject;
        QString label;       // "7.A"
        QString displayName; // "7.A Matematik"
        QString groupId;     // set by GroupSeeder
    };

    struct School
    {
        QString id; // the administrative unit's id
        int language = 0;
        QString name;
        QString domain;
        QString code; // the domain as an alias suffix: "noerre-gym-dk"
        QString schoolNumber;
        QString description;
        QString town;
        QString street;
        QString postalCode;
        QString phone;
        int lowestGrade = 0;
        int highestGrade = 0;
        int firstAge = 6;
        QVector<int> students; // person indexes (alive people only)
        QVector<int> teachers;
        QVector<int> staff;
        int technician = -1;
        int principal = -1;
        QVector<ClassPlan> classes;
    };

    struct Person
    {
        QString id;
        Role role = Role::Student;
        int school = -1; // -1 for the tenant administrator
        bool female = false;
        bool alive = true; // false: soft-deleted (in the deleted-items bin)
        bool enabled = true;
        QString givenName;
        QString surname;
        QString displayName;
        QString alias;
        QString mail;
        QString locale;
        QString skuId; // empty when unlicensed
        QString sisId;
        QString jobTitle;
        QString officeLocation;
        QString usageLocation; // empty for the few without one (they cannot be licensed)
        qint64 created = 0;    // seconds since the epoch
        qint64 deleted = 0;    // soft-deleted people only
        int classIndex = -1;   // students: index into the school's classes
        int grade = 0;         // students
        qint64 birthDay = 0;   // students: days since the Unix epoch
        int plans = -1;        // index of the shared assignedPlans array (licensed people)
    };

    SeedContext(Tenant &tenant, const SandboxOptions &options);

    Tenant &tenant;
    const SandboxOptions &options;
    SeedRandom random;
    AddressPolicy aliases;
    QVector<School> schools;
    QVector<Person> people; // people[0] is the tenant administrator

    const NamePools::Language &languageOf(const School &school) const;

    // ISO 8601 UTC ("2021-08-02T06:00:00Z") for seconds since the Unix epoch (as QDateTime would
    // write it, without its cost: the seeder formats hundreds of thousands of them).
    static QString isoTime(qint64 secondsSinceEpoch);
    // "2012-05-03" for days since the Unix epoch.
    static QString isoDate(qint64 daysSinceEpoch);
    // A creation time between the tenant's first school year and referenceTime.
    qint64 randomCreatedSeconds();
    QString randomCreatedTime() { return isoTime(randomCreatedSeconds()); }
    // A deletion time within the 30 days before referenceTime.
    qint64 randomDeletedSeconds();
    // A security identifier as Entra derives it from an object id ("S-1-12-1-...").
    static QString securityIdentifier(const QString &objectId);

    static constexpr qint64 firstSchoolYear = 1564617600; // 2019-08-01T00:00:00Z
    static constexpr qint64 referenceTime = 1755216000;   // 2025-08-15T00:00:00Z
    static constexpr int schoolYear = 2025;               // the current term: 2025/26
};
