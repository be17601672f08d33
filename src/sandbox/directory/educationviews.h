#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class Tenant;

// Graph's education resources built from the directory, as School Data Sync lays it out: a school is an
// administrative unit with educationSchool extras (tenant.educationSchools), a class is a Microsoft 365
// group with educationClass extras (its id is the group's id), an education user is a user with its
// educationUser extras (primaryRole "none" when it has none). Class members are the group's members,
// teachers its owners; a school's users and classes are the unit's members.
// In the sandbox a school's id equals its administrative unit's id (in Entra they differ).
// Only properties of the v1.0 types are emitted, so every object validates against Microsoft's schema.
class EducationViews
{
public:
    explicit EducationViews(const Tenant &tenant);

    bool isSchool(const QString &id) const;
    bool isClass(const QString &id) const;
    bool isUser(const QString &id) const;

    QJsonObject school(const QString &id) const;
    QJsonObject educationClass(const QString &id) const;
    // `basic`: the reduced set delegated callers get (id, primaryRole, accountEnabled, names, UPN,
    // userType, onPremisesInfo, student/teacher externalId).
    QJsonObject user(const QString &id, bool basic) const;

    QStringList schools() const;
    QStringList classes() const;
    QStringList users() const;

    QStringList schoolUsers(const QString &schoolId) const;
    QStringList schoolClasses(const QString &schoolId) const;
    QStringList classMembers(const QString &classId) const;
    QStringList classTeachers(const QString &classId) const;
    // Schools (administrative units) the user or class belongs to.
    QStringList schoolsOf(const QString &objectId) const;
    QStringList classesOf(const QString &userId) const;
    QStringList taughtClassesOf(const QString &userId) const;

private:
    const Tenant &m_tenant;
};
