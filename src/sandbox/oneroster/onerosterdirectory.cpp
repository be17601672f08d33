#include "sandbox/oneroster/onerosterdirectory.h"

#include "sandbox/directory/educationviews.h"
#include "sandbox/directory/tenant.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace {
const QString Active = QStringLiteral("active");
const QString FallbackModified = QStringLiteral("2024-08-01T00:00:00.000Z");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString oneRosterTime(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return FallbackModified;
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// The school year a date falls in, named by the calendar year it ends in (1 Aug - 31 Jul).
int schoolYearOf(const QDate &date)
{
    return date.month() >= 8 ? date.year() + 1 : date.year();
}
} // namespace

OneRosterDirectory::OneRosterDirectory(const Tenant &tenant, const QString &baseUrl)
    : m_tenant(tenant), m_baseUrl(baseUrl)
{
    index();
}

QString OneRosterDirectory::districtSourcedId() const
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{0b6f6e1c-5d0e-4d8e-9a41-6b1e2f7c9d10}")),
                               m_tenant.tenantId)
        .toString(QUuid::WithoutBraces);
}

void OneRosterDirectory::index()
{
    const EducationViews views(m_tenant);
    const auto add = [this](const QString &id, const QString &sourcedId) {
        const QString value = sourcedId.isEmpty() ? id : sourcedId;
        m_sourcedIds.insert(id, value);
        m_bySourcedId.insert(value, id);
    };
    for (const QString &id : views.schools())
        add(id, str(m_tenant.educationSchools.value(id), "externalId"));
    for (const QString &id : views.classes())
        add(id, str(m_tenant.educationClasses.value(id), "externalId"));
    for (const QString &id : views.users()) {
        const QString role = roleOf(id);
        if (role.isEmpty())
            continue;
        const QJsonObject extras = m_tenant.educationUsers.value(id);
        QString sourcedId = str(extras.value(role).toObject(), "externalId");
        if (sourcedId.isEmpty())
            sourcedId = str(*m_tenant.users.find(id), "employeeId");
        add(id, sourcedId);
    }
}

QString OneRosterDirectory::objectId(const QString &sourcedId) const
{
    return m_bySourcedId.value(sourcedId);
}

QString OneRosterDirectory::sourcedIdOf(const QString &objectId) const
{
    return m_sourcedIds.value(objectId);
}

QString OneRosterDirectory::roleOf(const QString &userId) const
{
    const QString role = str(m_tenant.educationUsers.value(userId), "primaryRole");
    if (role == QLatin1String("student") || role == QLatin1String("teacher"))
        return role;
    // Other staff the SIS knows (they carry its id as employeeId) are administrators in OneRoster.
    const std::optional<QJsonObject> user = m_tenant.users.find(userId);
    return user && !str(*user, "employeeId").isEmpty() ? QStringLiteral("administrator") : QString();
}

QJsonObject OneRosterDirectory::ref(const QString &collection, const QString &sourcedId,
                                    const QString &type) const
{
    return QJsonObject{{QStringLiteral("href"), m_baseUrl + QStringLiteral("/ims/oneroster/v1p1/") +
                                                    collection + QLatin1Char('/') +
                                                    QString::fromLatin1(QUrl::toPercentEncoding(sourcedId))},
                       {QStringLiteral("sourcedId"), sourcedId},
                       {QStringLiteral("type"), type}};
}

QString OneRosterDirectory::lastModified(const QJsonObject &extras,
                                         const std::optional<QJsonObject> &object) const
{
    for (const QJsonObject *source : {&extras, object ? &*object : nullptr}) {
        if (!source)
            continue;
        for (const char *key : {"lastModifiedDateTime", "createdDateTime"}) {
            const QString value = str(*source, key);
            if (!value.isEmpty())
                return oneRosterTime(value);
        }
    }
    return FallbackModified;
}

QString OneRosterDirectory::schoolOf(const QString &objectId) const
{
    const QStringList schools = EducationViews(m_tenant).schoolsOf(objectId);
    return schools.isEmpty() ? QString() : schools.first();
}

QJsonObject OneRosterDirectory::term(const QString &classId) const
{
    const QJsonObject stored =
        m_tenant.educationClasses.value(classId).value(QLatin1String("term")).toObject();
    QDate start = QDate::fromString(str(stored, "startDate"), Qt::ISODate);
    QDate end = QDate::fromString(str(stored, "endDate"), Qt::ISODate);
    const int year = schoolYearOf(start.isValid() ? start : QDate::currentDate());
    if (!start.isValid() || !end.isValid()) {
        start = QDate(year - 1, 8, 1);
        end = QDate(year, 7, 31);
    }
    const QString schoolYearId = QStringLiteral("schoolyear-%1").arg(year);
    const QString termId = str(stored, "externalId").isEmpty() ? schoolYearId : str(stored, "externalId");
    return QJsonObject{{QStringLiteral("sourcedId"), termId},
                       {QStringLiteral("title"), str(stored, "displayName").isEmpty()
                                                     ? QStringLiteral("%1/%2").arg(year - 1).arg(year)
                                                     : str(stored, "displayName")},
                       {QStringLiteral("type"),
                        termId == schoolYearId ? QStringLiteral("schoolYear") : QStringLiteral("term")},
                       {QStringLiteral("startDate"), start.toString(Qt::ISODate)},
                       {QStringLiteral("endDate"), end.toString(Qt::ISODate)},
                       {QStringLiteral("schoolYear"), QString::number(year)},
                       {QStringLiteral("schoolYearSourcedId"), schoolYearId}};
}

QJsonObject OneRosterDirectory::courseOf(const QString &classId) const
{
    const QJsonObject extras = m_tenant.educationClasses.value(classId);
    const QJsonObject course = extras.value(QLatin1String("course")).toObject();
    const std::optional<QJsonObject> group = m_tenant.groups.find(classId);
    const QString classCode =
        str(extras, "classCode").isEmpty() && group ? str(*group, "mailNickname") : str(extras, "classCode");
    QString sourcedId = str(course, "externalId");
    if (sourcedId.isEmpty())
        sourcedId = QStringLiteral("course-") + sourcedIdOf(classId);
    return QJsonObject{
        {QStringLiteral("sourcedId"), sourcedId},
        {QStringLiteral("title"), str(course, "displayName").isEmpty() && group ? str(*group, "displayName")
                                                                                : str(course, "displayName")},
        {QStringLiteral("courseCode"),
         str(course, "courseNumber").isEmpty() ? classCode : str(course, "courseNumber")},
        {QStringLiteral("subject"), str(course, "subject")},
    };
}

QVector<QJsonObject> OneRosterDirectory::orgs() const
{
    const EducationViews views(m_tenant);
    QVector<QJsonObject> out;
    const QString district = districtSourcedId();
    QJsonArray children;
    QVector<QJsonObject> schools;
    for (const QString &id : views.schools()) {
        const QJsonObject extras = m_tenant.educationSchools.value(id);
        const QString sourcedId = sourcedIdOf(id);
        children.append(ref(QStringLiteral("orgs"), sourcedId, QStringLiteral("org")));
        schools.append(QJsonObject{
            {QStringLiteral("sourcedId"), sourcedId},
            {QStringLiteral("status"), Active},
            {QStringLiteral("dateLastModified"), lastModified(extras, m_tenant.administrativeUnits.find(id))},
            {QStringLiteral("name"), str(views.school(id), "displayName")},
            {QStringLiteral("type"), QStringLiteral("school")},
            {QStringLiteral("identifier"), str(extras, "schoolNumber")},
            {QStringLiteral("parent"), ref(QStringLiteral("orgs"), district, QStringLiteral("org"))},
            {QStringLiteral("children"), QJsonArray()}});
    }
    const QString name =
        m_tenant.displayName.isEmpty() ? str(m_tenant.organization, "displayName") : m_tenant.displayName;
    out.append(
        QJsonObject{{QStringLiteral("sourcedId"), district},
                    {QStringLiteral("status"), Active},
                    {QStringLiteral("dateLastModified"), lastModified(QJsonObject(), m_tenant.organization)},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("type"), QStringLiteral("district")},
                    {QStringLiteral("identifier"), QString()},
                    {QStringLiteral("parent"), QJsonValue()},
                    {QStringLiteral("children"), children}});
    out += schools;
    return out;
}

QVector<QJsonObject> OneRosterDirectory::academicSessions() const
{
    QVector<QJsonObject> years;
    QVector<QJsonObject> terms;
    QStringList seen;
    for (const QString &id : EducationViews(m_tenant).classes()) {
        const QJsonObject t = term(id);
        const QString yearId = str(t, "schoolYearSourcedId");
        if (!seen.contains(yearId)) {
            seen.append(yearId);
            const int year = str(t, "schoolYear").toInt();
            years.append(
                QJsonObject{{QStringLiteral("sourcedId"), yearId},
                            {QStringLiteral("status"), Active},
                            {QStringLiteral("dateLastModified"), FallbackModified},
                            {QStringLiteral("title"), QStringLiteral("%1/%2").arg(year - 1).arg(year)},
                            {QStringLiteral("type"), QStringLiteral("schoolYear")},
                            {QStringLiteral("startDate"), QDate(year - 1, 8, 1).toString(Qt::ISODate)},
                            {QStringLiteral("endDate"), QDate(year, 7, 31).toString(Qt::ISODate)},
                            {QStringLiteral("parent"), QJsonValue()},
                            {QStringLiteral("children"), QJsonArray()},
                            {QStringLiteral("schoolYear"), str(t, "schoolYear")}});
        }
        const QString termId = str(t, "sourcedId");
        if (termId == yearId || seen.contains(termId))
            continue;
        seen.append(termId);
        terms.append(QJsonObject{{QStringLiteral("sourcedId"), termId},
                                 {QStringLiteral("status"), Active},
                                 {QStringLiteral("dateLastModified"), FallbackModified},
                                 {QStringLiteral("title"), str(t, "title")},
                                 {QStringLiteral("type"), QStringLiteral("term")},
                                 {QStringLiteral("startDate"), str(t, "startDate")},
                                 {QStringLiteral("endDate"), str(t, "endDate")},
                                 {QStringLiteral("parent"), ref(QStringLiteral("academicSessions"), yearId,
                                                                QStringLiteral("academicSession"))},
                                 {QStringLiteral("children"), QJsonArray()},
                                 {QStringLiteral("schoolYear"), str(t, "schoolYear")}});
    }
    for (QJsonObject &year : years) {
        QJsonArray children;
        for (const QJsonObject &t : terms) {
            if (t.value(QLatin1String("parent")).toObject().value(QLatin1String("sourcedId")) ==
                year.value(QLatin1String("sourcedId")))
                children.append(ref(QStringLiteral("academicSessions"), str(t, "sourcedId"),
                                    QStringLiteral("academicSession")));
        }
        year.insert(QStringLiteral("children"), children);
    }
    return years + terms;
}

QVector<QJsonObject> OneRosterDirectory::courses() const
{
    QVector<QJsonObject> out;
    QStringList seen;
    for (const QString &id : EducationViews(m_tenant).classes()) {
        const QJsonObject course = courseOf(id);
        if (seen.contains(str(course, "sourcedId")))
            continue;
        seen.append(str(course, "sourcedId"));
        const QJsonObject extras = m_tenant.educationClasses.value(id);
        const QString school = schoolOf(id);
        out.append(QJsonObject{
            {QStringLiteral("sourcedId"), course.value(QLatin1String("sourcedId"))},
            {QStringLiteral("status"), Active},
            {QStringLiteral("dateLastModified"), lastModified(extras, m_tenant.groups.find(id))},
            {QStringLiteral("title"), course.value(QLatin1String("title"))},
            {QStringLiteral("schoolYear"),
             ref(QStringLiteral("academicSessions"), str(term(id), "schoolYearSourcedId"),
                 QStringLiteral("academicSession"))},
            {QStringLiteral("courseCode"), course.value(QLatin1String("courseCode"))},
            {QStringLiteral("grades"),
             str(extras, "grade").isEmpty() ? QJsonArray() : QJsonArray{str(extras, "grade")}},
            {QStringLiteral("subjects"),
             str(course, "subject").isEmpty() ? QJsonArray() : QJsonArray{str(course, "subject")}},
            {QStringLiteral("org"),
             school.isEmpty()
                 ? QJsonValue()
                 : QJsonValue(ref(QStringLiteral("orgs"), sourcedIdOf(school), QStringLiteral("org")))},
            {QStringLiteral("subjectCodes"), QJsonArray()},
        });
    }
    return out;
}

QJsonObject OneRosterDirectory::oneClass(const QString &id) const
{
    const QJsonObject extras = m_tenant.educationClasses.value(id);
    const std::optional<QJsonObject> group = m_tenant.groups.find(id);
    const QJsonObject course = courseOf(id);
    const QJsonObject t = term(id);
    const QString school = schoolOf(id);
    return QJsonObject{
        {QStringLiteral("sourcedId"), sourcedIdOf(id)},
        {QStringLiteral("status"), Active},
        {QStringLiteral("dateLastModified"), lastModified(extras, group)},
        {QStringLiteral("title"), group ? str(*group, "displayName") : QString()},
        {QStringLiteral("classCode"), str(extras, "classCode").isEmpty() && group
                                          ? str(*group, "mailNickname")
                                          : str(extras, "classCode")},
        {QStringLiteral("classType"), QStringLiteral("scheduled")},
        {QStringLiteral("location"), QString()},
        {QStringLiteral("grades"),
         str(extras, "grade").isEmpty() ? QJsonArray() : QJsonArray{str(extras, "grade")}},
        {QStringLiteral("subjects"),
         str(course, "subject").isEmpty() ? QJsonArray() : QJsonArray{str(course, "subject")}},
        {QStringLiteral("course"),
         ref(QStringLiteral("courses"), str(course, "sourcedId"), QStringLiteral("course"))},
        {QStringLiteral("school"),
         school.isEmpty()
             ? QJsonValue()
             : QJsonValue(ref(QStringLiteral("orgs"), sourcedIdOf(school), QStringLiteral("org")))},
        {QStringLiteral("terms"), QJsonArray{ref(QStringLiteral("academicSessions"), str(t, "sourcedId"),
                                                 QStringLiteral("academicSession"))}},
        {QStringLiteral("subjectCodes"), QJsonArray()},
        {QStringLiteral("periods"), QJsonArray()},
    };
}

QVector<QJsonObject> OneRosterDirectory::classes() const
{
    QVector<QJsonObject> out;
    for (const QString &id : EducationViews(m_tenant).classes())
        out.append(oneClass(id));
    return out;
}

QJsonObject OneRosterDirectory::user(const QString &id) const
{
    const std::optional<QJsonObject> directory = m_tenant.users.find(id);
    const QJsonObject extras = m_tenant.educationUsers.value(id);
    const QString role = roleOf(id);
    const QJsonObject block = extras.value(role).toObject();
    const QString upn = str(*directory, "userPrincipalName");
    const QString login = upn.section(QLatin1Char('@'), 0, 0);
    QJsonArray orgs;
    for (const QString &school : EducationViews(m_tenant).schoolsOf(id))
        orgs.append(ref(QStringLiteral("orgs"), sourcedIdOf(school), QStringLiteral("org")));
    const QJsonArray phones = directory->value(QLatin1String("businessPhones")).toArray();
    const QString phone = !str(*directory, "mobilePhone").isEmpty()
                              ? str(*directory, "mobilePhone")
                              : (phones.isEmpty() ? QString() : phones.first().toString());
    return QJsonObject{
        {QStringLiteral("sourcedId"), sourcedIdOf(id)},
        {QStringLiteral("status"), Active},
        {QStringLiteral("dateLastModified"), lastModified(extras, directory)},
        {QStringLiteral("username"), login},
        {QStringLiteral("userIds"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("LoginId")},
                                {QStringLiteral("identifier"), login}}}},
        {QStringLiteral("enabledUser"), directory->value(QLatin1String("accountEnabled")).toBool(true)
                                            ? QStringLiteral("true")
                                            : QStringLiteral("false")},
        {QStringLiteral("givenName"), str(*directory, "givenName")},
        {QStringLiteral("familyName"), str(*directory, "surname")},
        {QStringLiteral("middleName"), str(extras, "middleName")},
        {QStringLiteral("role"), role},
        {QStringLiteral("identifier"),
         role == QLatin1String("student") ? str(block, "studentNumber") : str(block, "teacherNumber")},
        {QStringLiteral("email"), str(*directory, "mail")},
        {QStringLiteral("sms"), QString()},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("agents"), QJsonArray()},
        {QStringLiteral("orgs"), orgs},
        {QStringLiteral("grades"),
         str(block, "grade").isEmpty() ? QJsonArray() : QJsonArray{str(block, "grade")}},
    };
}

QVector<QJsonObject> OneRosterDirectory::users() const
{
    QVector<QJsonObject> out;
    for (const QString &id : EducationViews(m_tenant).users()) {
        if (!roleOf(id).isEmpty())
            out.append(user(id));
    }
    return out;
}

QStringList OneRosterDirectory::classTeachers(const QString &classId) const
{
    QStringList out;
    for (const QString &id : EducationViews(m_tenant).classTeachers(classId)) {
        if (!roleOf(id).isEmpty())
            out.append(id);
    }
    return out;
}

QStringList OneRosterDirectory::classStudents(const QString &classId) const
{
    // Teachers are members as well as owners of a class group (as SDS makes them).
    const QStringList teachers = EducationViews(m_tenant).classTeachers(classId);
    QStringList out;
    for (const QString &id : EducationViews(m_tenant).classMembers(classId)) {
        if (!teachers.contains(id) && roleOf(id) == QLatin1String("student"))
            out.append(id);
    }
    return out;
}

QStringList OneRosterDirectory::schoolClasses(const QString &schoolId) const
{
    return EducationViews(m_tenant).schoolClasses(schoolId);
}

QStringList OneRosterDirectory::schoolUsers(const QString &schoolId) const
{
    QStringList out;
    for (const QString &id : EducationViews(m_tenant).schoolUsers(schoolId)) {
        if (!roleOf(id).isEmpty())
            out.append(id);
    }
    return out;
}

QStringList OneRosterDirectory::userClasses(const QString &userId) const
{
    const EducationViews views(m_tenant);
    QStringList out = views.taughtClassesOf(userId);
    for (const QString &id : views.classesOf(userId)) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

QVector<QJsonObject> OneRosterDirectory::enrollments() const
{
    QVector<QJsonObject> out;
    for (const QString &classId : EducationViews(m_tenant).classes()) {
        const QString classSourcedId = sourcedIdOf(classId);
        const QString school = schoolOf(classId);
        const QJsonObject t = term(classId);
        const QString modified =
            lastModified(m_tenant.educationClasses.value(classId), m_tenant.groups.find(classId));
        const auto enrollment = [&](const QString &userId, const QString &role, bool primary) {
            const QString userSourcedId = sourcedIdOf(userId);
            return QJsonObject{
                {QStringLiteral("sourcedId"), classSourcedId + QLatin1Char('-') + userSourcedId},
                {QStringLiteral("status"), Active},
                {QStringLiteral("dateLastModified"), modified},
                {QStringLiteral("user"), ref(QStringLiteral("users"), userSourcedId, QStringLiteral("user"))},
                {QStringLiteral("class"),
                 ref(QStringLiteral("classes"), classSourcedId, QStringLiteral("class"))},
                {QStringLiteral("school"),
                 school.isEmpty()
                     ? QJsonValue()
                     : QJsonValue(ref(QStringLiteral("orgs"), sourcedIdOf(school), QStringLiteral("org")))},
                {QStringLiteral("role"), role},
                {QStringLiteral("primary"), primary ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("beginDate"), t.value(QLatin1String("startDate"))},
                {QStringLiteral("endDate"), t.value(QLatin1String("endDate"))},
            };
        };
        const QStringList teachers = classTeachers(classId);
        for (int i = 0; i < teachers.size(); ++i)
            out.append(enrollment(teachers[i], QStringLiteral("teacher"), i == 0));
        for (const QString &student : classStudents(classId))
            out.append(enrollment(student, QStringLiteral("student"), false));
    }
    return out;
}
