#include "sandbox/directory/educationviews.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>

namespace {

const char *const kSchoolExtras[] = {"address",
                                     "createdBy",
                                     "description",
                                     "externalId",
                                     "externalPrincipalId",
                                     "externalSource",
                                     "externalSourceDetail",
                                     "fax",
                                     "highestGrade",
                                     "lowestGrade",
                                     "phone",
                                     "principalEmail",
                                     "principalName",
                                     "schoolNumber"};
const char *const kClassExtras[] = {"classCode",  "course",       "createdBy",      "description",
                                    "externalId", "externalName", "externalSource", "externalSourceDetail",
                                    "grade",      "term"};
const char *const kUserFromDirectory[] = {"accountEnabled",
                                          "assignedLicenses",
                                          "assignedPlans",
                                          "businessPhones",
                                          "department",
                                          "displayName",
                                          "givenName",
                                          "id",
                                          "mail",
                                          "mailNickname",
                                          "mobilePhone",
                                          "officeLocation",
                                          "passwordPolicies",
                                          "preferredLanguage",
                                          "provisionedPlans",
                                          "refreshTokensValidFromDateTime",
                                          "showInAddressList",
                                          "surname",
                                          "usageLocation",
                                          "userPrincipalName",
                                          "userType"};
const char *const kUserExtras[] = {"createdBy",      "externalSource",  "externalSourceDetail",
                                   "mailingAddress", "middleName",      "onPremisesInfo",
                                   "primaryRole",    "relatedContacts", "residenceAddress",
                                   "student",        "teacher"};
const char *const kUserBasic[] = {
    "id",      "primaryRole",       "accountEnabled", "displayName",   "givenName",
    "surname", "userPrincipalName", "userType",       "onPremisesInfo"};

template <typename Names> void copy(const QJsonObject &from, QJsonObject *to, const Names &names)
{
    for (const char *name : names) {
        const QString key = QLatin1String(name);
        if (from.contains(key))
            to->insert(key, from.value(key));
    }
}

QStringList alive(const ObjectCollection &collection, const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        if (collection.find(id))
            out.append(id);
    }
    return out;
}

} // namespace

EducationViews::EducationViews(const Tenant &tenant) : m_tenant(tenant)
{}

bool EducationViews::isSchool(const QString &id) const
{
    return m_tenant.educationSchools.contains(id) && m_tenant.administrativeUnits.has(id);
}

bool EducationViews::isClass(const QString &id) const
{
    return m_tenant.educationClasses.contains(id) && m_tenant.groups.has(id);
}

bool EducationViews::isUser(const QString &id) const
{
    return m_tenant.users.has(id);
}

QJsonObject EducationViews::school(const QString &id) const
{
    const std::optional<QJsonObject> unit = m_tenant.administrativeUnits.find(id);
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"),
         unit ? unit->value(QLatin1String("displayName")).toString() : QString()},
        {QStringLiteral("description"), unit ? unit->value(QLatin1String("description")) : QJsonValue()}};
    copy(m_tenant.educationSchools.value(id), &out, kSchoolExtras);
    return out;
}

QJsonObject EducationViews::educationClass(const QString &id) const
{
    const std::optional<QJsonObject> group = m_tenant.groups.find(id);
    QJsonObject out{{QStringLiteral("id"), id}};
    if (group) {
        out.insert(QStringLiteral("displayName"), group->value(QLatin1String("displayName")).toString());
        out.insert(QStringLiteral("description"), group->value(QLatin1String("description")));
        out.insert(QStringLiteral("mailNickname"), group->value(QLatin1String("mailNickname")).toString());
    }
    copy(m_tenant.educationClasses.value(id), &out, kClassExtras);
    return out;
}

QJsonObject EducationViews::user(const QString &id, bool basic) const
{
    const std::optional<QJsonObject> directory = m_tenant.users.find(id);
    if (!directory)
        return QJsonObject();
    const QJsonObject extras = m_tenant.educationUsers.value(id);
    QJsonObject full;
    copy(*directory, &full, kUserFromDirectory);
    copy(extras, &full, kUserExtras);
    // Collections are never null in Graph: an absent one is an empty array.
    for (const char *list :
         {"assignedLicenses", "assignedPlans", "businessPhones", "provisionedPlans", "relatedContacts"}) {
        if (!full.value(QLatin1String(list)).isArray())
            full.insert(QLatin1String(list), QJsonArray());
    }
    if (!full.value(QLatin1String("primaryRole")).isString())
        full.insert(QStringLiteral("primaryRole"), QStringLiteral("none"));
    if (!basic)
        return full;
    QJsonObject reduced;
    copy(full, &reduced, kUserBasic);
    for (const char *block : {"student", "teacher"}) {
        const QJsonObject value = full.value(QLatin1String(block)).toObject();
        if (value.contains(QLatin1String("externalId")))
            reduced.insert(QLatin1String(block), QJsonObject{{QStringLiteral("externalId"),
                                                              value.value(QLatin1String("externalId"))}});
    }
    return reduced;
}

QStringList EducationViews::schools() const
{
    QStringList out;
    const ObjectCollection &units = m_tenant.administrativeUnits;
    for (qsizetype i = 0; i < units.slotCount(); ++i) {
        const QString id = units.idAt(i);
        if (units.isAlive(i) && m_tenant.educationSchools.contains(id))
            out.append(id);
    }
    return out;
}

QStringList EducationViews::classes() const
{
    QStringList out;
    const ObjectCollection &groups = m_tenant.groups;
    for (qsizetype i = 0; i < groups.slotCount(); ++i) {
        const QString id = groups.idAt(i);
        if (groups.isAlive(i) && m_tenant.educationClasses.contains(id))
            out.append(id);
    }
    return out;
}

QStringList EducationViews::users() const
{
    QStringList out;
    const ObjectCollection &users = m_tenant.users;
    for (qsizetype i = 0; i < users.slotCount(); ++i) {
        if (users.isAlive(i))
            out.append(users.idAt(i));
    }
    return out;
}

QStringList EducationViews::schoolUsers(const QString &schoolId) const
{
    return alive(m_tenant.users, m_tenant.unitMembers.value(schoolId));
}

QStringList EducationViews::schoolClasses(const QString &schoolId) const
{
    QStringList out;
    for (const QString &id : m_tenant.unitMembers.value(schoolId)) {
        if (isClass(id))
            out.append(id);
    }
    return out;
}

QStringList EducationViews::classMembers(const QString &classId) const
{
    return alive(m_tenant.users, m_tenant.groupMembers.value(classId));
}

QStringList EducationViews::classTeachers(const QString &classId) const
{
    return alive(m_tenant.users, m_tenant.groupOwners.value(classId));
}

QStringList EducationViews::schoolsOf(const QString &objectId) const
{
    QStringList out;
    for (const QString &unit : schools()) {
        if (m_tenant.unitMembers.value(unit).contains(objectId))
            out.append(unit);
    }
    return out;
}

QStringList EducationViews::classesOf(const QString &userId) const
{
    QStringList out;
    for (const QString &id : classes()) {
        if (m_tenant.groupMembers.value(id).contains(userId))
            out.append(id);
    }
    return out;
}

QStringList EducationViews::taughtClassesOf(const QString &userId) const
{
    QStringList out;
    for (const QString &id : classes()) {
        if (m_tenant.groupOwners.value(id).contains(userId))
            out.append(id);
    }
    return out;
}
