#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class Tenant;

// The tenant's schools, classes and people as a student information system (VULCAN UONET+ and the like)
// publishes them over OneRoster 1.1: orgs (a district and its schools), academicSessions (school years and
// terms), courses, classes, users and enrollments, built from the same educationSchools / educationClasses
// / educationUsers the Graph education API shows. sourcedIds are the SIS ids School Data Sync stores as
// externalId (students' and teachers' externalId, else the user's employeeId), so a sync against this
// provider reconciles with the directory.
class OneRosterDirectory
{
public:
    OneRosterDirectory(const Tenant &tenant, const QString &baseUrl);

    QVector<QJsonObject> orgs() const;
    QVector<QJsonObject> academicSessions() const;
    QVector<QJsonObject> courses() const;
    QVector<QJsonObject> classes() const;
    QVector<QJsonObject> users() const;
    QVector<QJsonObject> enrollments() const;

    // Directory object id behind a sourcedId (school unit, class group or user); empty when unknown.
    QString objectId(const QString &sourcedId) const;
    QString sourcedIdOf(const QString &objectId) const;

    // Relationships, by directory object id.
    QStringList schoolClasses(const QString &schoolId) const;
    QStringList schoolUsers(const QString &schoolId) const;
    QStringList classStudents(const QString &classId) const;
    QStringList classTeachers(const QString &classId) const;
    QStringList userClasses(const QString &userId) const;

    QJsonObject user(const QString &userId) const;
    QJsonObject oneClass(const QString &classId) const;
    // "student" | "teacher" | "administrator" (other staff with an employeeId) | "" (not in the SIS)
    QString roleOf(const QString &userId) const;

    // {"href","sourcedId","type"}
    QJsonObject ref(const QString &collection, const QString &sourcedId, const QString &type) const;

private:
    QString districtSourcedId() const;
    QString lastModified(const QJsonObject &extras, const std::optional<QJsonObject> &object) const;
    QJsonObject term(const QString &classId) const;
    QString schoolOf(const QString &objectId) const;
    QJsonObject courseOf(const QString &classId) const;
    void index();

    const Tenant &m_tenant;
    QString m_baseUrl;
    QHash<QString, QString> m_bySourcedId; // sourcedId -> object id
    QHash<QString, QString> m_sourcedIds;  // object id -> sourcedId
};
