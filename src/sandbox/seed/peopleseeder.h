#pragma once

#include "sandbox/seed/seedcontext.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Seeds the people of a school tenant: the tenant administrator, then students (~85%), teachers (~12%)
// and other staff (~3%) spread over the schools, as Graph users with their educationUser extras,
// their school's administrative unit membership and their licences; plus the subscribedSkus whose
// consumedUnits count exactly the licences handed out. Also plans each school's classes (the
// students' grades come from them); GroupSeeder makes the class groups.
class PeopleSeeder
{
public:
    explicit PeopleSeeder(SeedContext &context) : m_context(context) {}

    void seed();

private:
    void planPeople();
    void planClasses();
    // Every random draw happens here, in order; building the JSON afterwards draws nothing.
    void planAdministrator();
    void planPerson(int index);
    QString slug(const QString &name); // by value: a later call may rehash the cache
    void buildAndLoad();
    // The user as the users collection keeps it: shared values as references (ObjectCollection).
    QJsonObject userObject(const SeedContext::Person &person) const;
    QJsonObject educationObject(const SeedContext::Person &person) const;
    void seedSubscribedSkus();

    SeedContext &m_context;
    QVector<int> m_classCursor;            // per school: students given a class so far
    QHash<QString, QJsonValue> m_licences; // skuId -> the assignedLicenses array (shared by all holders)
    QVector<QJsonValue> m_assignedPlans;   // shared by the holders of one SKU licensed the same night
    // The same as references to the users collection's shared values (ObjectCollection::reference)
    QHash<QString, QString> m_licenceReferences;
    QVector<QString> m_planReferences;
    QVector<QJsonObject> m_userTemplates; // per school (index + 1; [0] = the administrator): shared fields
    QJsonObject m_studentEducation;       // educationUser extras by role, filled in per person
    QJsonObject m_teacherEducation;
    QJsonObject m_staffEducation;
    QHash<QString, QString> m_slugs; // name -> its ASCII slug (names come from small pools)
    QJsonObject m_studentTemplate;
};
