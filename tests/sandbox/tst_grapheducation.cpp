// The Graph education endpoints, built from administrative units, groups and users plus their extras.
#include "sandboxclient.h"
#include "schemavalidator.h"
#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

class TestGraphEducation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schools();
    void schoolRelations();
    void classes();
    void classRelations();
    void users();
    void userRelations();
    void delegatedCallersGetBasicUsers();
    void permissionsAndErrors();
    void paging();
    void seededTenantValidates();

private:
    static QString errorCode(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    void validate(const QJsonValue &value, const QString &definition)
    {
        const QList<SchemaValidator::Error> errors = m_schema.validate(value, definition);
        QVERIFY2(errors.isEmpty(), qPrintable(SchemaValidator::describe(errors)));
    }
    static QSet<QString> ids(const SandboxClient::Reply &reply)
    {
        QSet<QString> out;
        for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray())
            out.insert(v.toObject().value(QLatin1String("id")).toString());
        return out;
    }
    SandboxClient::Reply get(const QString &path)
    {
        return m_client.get(QStringLiteral("/v1.0/education/") + path, m_app);
    }

    SandboxClient m_client;
    SchemaValidator m_schema;
    QByteArray m_app;
    QString m_school, m_otherSchool, m_class, m_teacher, m_student, m_staff;
};

void TestGraphEducation::initTestCase()
{
    QVERIFY2(m_client.isRunning(), qPrintable(m_client.startError()));
    Tenant &tenant = m_client.tenant();
    if (tenant.initialDomain.isEmpty())
        tenant.initialDomain = QStringLiteral("tdtest.onmicrosoft.com");
    const QString domain = tenant.initialDomain;
    TenantFixtures fixtures(tenant);
    m_school = fixtures.addUnit(QStringLiteral("TDE Szkoła Podstawowa nr 1"));
    m_otherSchool = fixtures.addUnit(QStringLiteral("TDE Gimnazjum"));
    tenant.educationSchools.insert(
        m_school, QJsonObject{{QStringLiteral("externalId"), QStringLiteral("SP1")},
                              {QStringLiteral("externalSource"), QStringLiteral("sis")},
                              {QStringLiteral("schoolNumber"), QStringLiteral("1")},
                              {QStringLiteral("principalName"), QStringLiteral("Anna Nowak")},
                              {QStringLiteral("lowestGrade"), QStringLiteral("1")},
                              {QStringLiteral("highestGrade"), QStringLiteral("8")},
                              {QStringLiteral("status"), QStringLiteral("active")}});
    tenant.educationSchools.insert(m_otherSchool,
                                   QJsonObject{{QStringLiteral("externalId"), QStringLiteral("G2")}});
    m_teacher = fixtures.addUser(QStringLiteral("tde.teacher@") + domain, QStringLiteral("Ewa Kowalska"),
                                 QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Teacher")}});
    m_student = fixtures.addUser(QStringLiteral("tde.student@") + domain, QStringLiteral("Jan Wisniewski"));
    m_staff = fixtures.addUser(QStringLiteral("tde.staff@") + domain, QStringLiteral("Office Staff"));
    tenant.educationUsers.insert(
        m_teacher, QJsonObject{{QStringLiteral("primaryRole"), QStringLiteral("teacher")},
                               {QStringLiteral("externalSource"), QStringLiteral("sis")},
                               {QStringLiteral("teacher"),
                                QJsonObject{{QStringLiteral("externalId"), QStringLiteral("T17")},
                                            {QStringLiteral("teacherNumber"), QStringLiteral("17")}}}});
    tenant.educationUsers.insert(
        m_student, QJsonObject{{QStringLiteral("primaryRole"), QStringLiteral("student")},
                               {QStringLiteral("externalSource"), QStringLiteral("sis")},
                               {QStringLiteral("student"),
                                QJsonObject{{QStringLiteral("externalId"), QStringLiteral("S42")},
                                            {QStringLiteral("grade"), QStringLiteral("7")},
                                            {QStringLiteral("birthDate"), QStringLiteral("2012-05-01")}}}});
    m_class = fixtures.addGroup(QStringLiteral("TDE 7A Matematyka"), QStringLiteral("tde7a"));
    tenant.educationClasses.insert(
        m_class, QJsonObject{{QStringLiteral("classCode"), QStringLiteral("7A-MAT")},
                             {QStringLiteral("externalId"), QStringLiteral("SEC-7A")},
                             {QStringLiteral("externalSource"), QStringLiteral("sis")},
                             {QStringLiteral("term"),
                              QJsonObject{{QStringLiteral("displayName"), QStringLiteral("2025/26")},
                                          {QStringLiteral("startDate"), QStringLiteral("2025-09-01")},
                                          {QStringLiteral("endDate"), QStringLiteral("2026-06-26")}}}});
    fixtures.addGroup(QStringLiteral("TDE Staff group"),
                      QStringLiteral("tdestaff")); // a group that is no class
    // Teachers are owners and members; students members.
    fixtures.addGroupOwner(m_class, m_teacher);
    fixtures.addGroupMember(m_class, m_teacher);
    fixtures.addGroupMember(m_class, m_student);
    for (const QString &id : {m_teacher, m_student, m_class})
        fixtures.addUnitMember(m_school, id);
    fixtures.addUnitMember(m_otherSchool, m_teacher);
    m_app = m_client.mintToken({QStringLiteral("EduRoster.Read.All")});
}

void TestGraphEducation::schools()
{
    const auto list = get(QStringLiteral("schools"));
    QCOMPARE(list.status, 200);
    validate(list.json(), QStringLiteral("microsoft.graph.educationSchoolCollectionResponse"));
    QVERIFY(ids(list).contains(m_school));
    QVERIFY(ids(list).contains(m_otherSchool));
    for (const QJsonValue &v :
         list.json().value(QLatin1String("value")).toArray()) // a plain unit is no school
        QVERIFY(
            m_client.tenant().educationSchools.contains(v.toObject().value(QLatin1String("id")).toString()));

    const auto one = get(QStringLiteral("schools/") + m_school);
    QCOMPARE(one.status, 200);
    validate(one.json(), QStringLiteral("microsoft.graph.educationSchool"));
    const QJsonObject school = one.json();
    QCOMPARE(school.value(QLatin1String("displayName")).toString(),
             QStringLiteral("TDE Szkoła Podstawowa nr 1"));
    QCOMPARE(school.value(QLatin1String("externalId")).toString(), QStringLiteral("SP1"));
    QCOMPARE(school.value(QLatin1String("principalName")).toString(), QStringLiteral("Anna Nowak"));
    QVERIFY(!school.contains(QLatin1String("status"))); // not a v1.0 property, even if the extras carry it
}

void TestGraphEducation::schoolRelations()
{
    const auto users = get(QStringLiteral("schools/%1/users").arg(m_school));
    QCOMPARE(users.status, 200);
    validate(users.json(), QStringLiteral("microsoft.graph.educationUserCollectionResponse"));
    QCOMPARE(ids(users), (QSet<QString>{m_teacher, m_student}));

    const auto classes = get(QStringLiteral("schools/%1/classes").arg(m_school));
    QCOMPARE(classes.status, 200);
    validate(classes.json(), QStringLiteral("microsoft.graph.educationClassCollectionResponse"));
    QCOMPARE(ids(classes), QSet<QString>{m_class});

    const auto unit = get(QStringLiteral("schools/%1/administrativeUnit").arg(m_school));
    QCOMPARE(unit.status, 200);
    validate(unit.json(), QStringLiteral("microsoft.graph.administrativeUnit"));
    QCOMPARE(unit.json().value(QLatin1String("id")).toString(), m_school);
}

void TestGraphEducation::classes()
{
    const auto list = get(QStringLiteral("classes"));
    QCOMPARE(list.status, 200);
    validate(list.json(), QStringLiteral("microsoft.graph.educationClassCollectionResponse"));
    QVERIFY(ids(list).contains(m_class));
    for (const QString &id : ids(list))
        QVERIFY(m_client.tenant().educationClasses.contains(id));

    const auto one = get(QStringLiteral("classes/") + m_class);
    QCOMPARE(one.status, 200);
    validate(one.json(), QStringLiteral("microsoft.graph.educationClass"));
    QCOMPARE(one.json().value(QLatin1String("id")).toString(), m_class); // class id == group id
    QCOMPARE(one.json().value(QLatin1String("mailNickname")).toString(), QStringLiteral("tde7a"));
    QCOMPARE(one.json().value(QLatin1String("classCode")).toString(), QStringLiteral("7A-MAT"));
    QCOMPARE(
        one.json().value(QLatin1String("term")).toObject().value(QLatin1String("displayName")).toString(),
        QStringLiteral("2025/26"));
}

void TestGraphEducation::classRelations()
{
    const auto members = get(QStringLiteral("classes/%1/members").arg(m_class));
    QCOMPARE(members.status, 200);
    validate(members.json(), QStringLiteral("microsoft.graph.educationUserCollectionResponse"));
    QCOMPARE(ids(members), (QSet<QString>{m_teacher, m_student}));

    const auto teachers = get(QStringLiteral("classes/%1/teachers").arg(m_class));
    QCOMPARE(ids(teachers), QSet<QString>{m_teacher});

    const auto schools = get(QStringLiteral("classes/%1/schools").arg(m_class));
    validate(schools.json(), QStringLiteral("microsoft.graph.educationSchoolCollectionResponse"));
    QCOMPARE(ids(schools), QSet<QString>{m_school});

    const auto group = get(QStringLiteral("classes/%1/group").arg(m_class));
    QCOMPARE(group.status, 200);
    QCOMPARE(group.json().value(QLatin1String("id")).toString(), m_class);
    QCOMPARE(group.json().value(QLatin1String("groupTypes")).toArray(),
             QJsonArray{QStringLiteral("Unified")});
}

void TestGraphEducation::users()
{
    const auto list = get(QStringLiteral("users"));
    QCOMPARE(list.status, 200);
    validate(list.json(), QStringLiteral("microsoft.graph.educationUserCollectionResponse"));

    const auto teacher = get(QStringLiteral("users/") + m_teacher);
    QCOMPARE(teacher.status, 200);
    validate(teacher.json(), QStringLiteral("microsoft.graph.educationUser"));
    QCOMPARE(teacher.json().value(QLatin1String("primaryRole")).toString(), QStringLiteral("teacher"));
    QCOMPARE(teacher.json()
                 .value(QLatin1String("teacher"))
                 .toObject()
                 .value(QLatin1String("teacherNumber"))
                 .toString(),
             QStringLiteral("17"));
    QVERIFY(!teacher.json().contains(QLatin1String("jobTitle"))); // a user property educationUser lacks

    const auto student = get(QStringLiteral("users/") + m_student);
    QCOMPARE(student.json()
                 .value(QLatin1String("student"))
                 .toObject()
                 .value(QLatin1String("birthDate"))
                 .toString(),
             QStringLiteral("2012-05-01"));
    const auto staff = get(QStringLiteral("users/") + m_staff);
    QCOMPARE(staff.json().value(QLatin1String("primaryRole")).toString(), QStringLiteral("none"));
}

void TestGraphEducation::userRelations()
{
    QCOMPARE(ids(get(QStringLiteral("users/%1/classes").arg(m_student))), QSet<QString>{m_class});
    QCOMPARE(ids(get(QStringLiteral("users/%1/classes").arg(m_teacher))), QSet<QString>{m_class});
    QCOMPARE(ids(get(QStringLiteral("users/%1/taughtClasses").arg(m_teacher))), QSet<QString>{m_class});
    QVERIFY(ids(get(QStringLiteral("users/%1/taughtClasses").arg(m_student))).isEmpty());
    const auto schools = get(QStringLiteral("users/%1/schools").arg(m_teacher));
    validate(schools.json(), QStringLiteral("microsoft.graph.educationSchoolCollectionResponse"));
    QCOMPARE(ids(schools), (QSet<QString>{m_school, m_otherSchool}));
}

void TestGraphEducation::delegatedCallersGetBasicUsers()
{
    const QByteArray token = m_client.mintToken({QStringLiteral("EduRoster.ReadBasic")}, m_teacher);
    // Listing all education users is not supported with delegated permissions.
    const auto list = m_client.get(QStringLiteral("/v1.0/education/users"), token);
    QCOMPARE(list.status, 403);
    QCOMPARE(errorCode(list), QStringLiteral("Authorization_RequestDenied"));

    const auto student = m_client.get(QStringLiteral("/v1.0/education/users/") + m_student, token);
    QCOMPARE(student.status, 200);
    validate(student.json(), QStringLiteral("microsoft.graph.educationUser"));
    QSet<QString> allowed{QStringLiteral("@odata.context"), QStringLiteral("id"),
                          QStringLiteral("primaryRole"),    QStringLiteral("accountEnabled"),
                          QStringLiteral("displayName"),    QStringLiteral("givenName"),
                          QStringLiteral("surname"),        QStringLiteral("userPrincipalName"),
                          QStringLiteral("userType"),       QStringLiteral("onPremisesInfo"),
                          QStringLiteral("student"),        QStringLiteral("teacher")};
    for (const QString &key : student.json().keys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
    QCOMPARE(student.json().value(QLatin1String("student")).toObject().keys(),
             QStringList{QStringLiteral("externalId")});

    const auto members =
        m_client.get(QStringLiteral("/v1.0/education/classes/%1/members").arg(m_class), token);
    QCOMPARE(members.status, 200);
    for (const QJsonValue &v : members.json().value(QLatin1String("value")).toArray())
        QVERIFY(!v.toObject().contains(QLatin1String("mail")));

    const auto me = m_client.get(QStringLiteral("/v1.0/education/me"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QLatin1String("id")).toString(), m_teacher);
}

void TestGraphEducation::permissionsAndErrors()
{
    const auto noScope = m_client.get(QStringLiteral("/v1.0/education/schools"),
                                      m_client.mintToken({QStringLiteral("Directory.Read.All")}));
    QCOMPARE(noScope.status, 403);
    validate(noScope.json(), QStringLiteral("odata.error"));
    QCOMPARE(get(QStringLiteral("schools/") + Tenant::newGuid()).status, 404);
    QCOMPARE(get(QStringLiteral("classes/") + Tenant::newGuid()).status, 404);
    QCOMPARE(get(QStringLiteral("users/") + Tenant::newGuid()).status, 404);
    // A group that is not a class, and a unit that is not a school, are not found either.
    const QString plainUnit = TenantFixtures(m_client.tenant()).addUnit(QStringLiteral("TDE Not a school"));
    QCOMPARE(get(QStringLiteral("schools/") + plainUnit).status, 404);
}

void TestGraphEducation::paging()
{
    TenantFixtures fixtures(m_client.tenant());
    const QString school = fixtures.addUnit(QStringLiteral("TDE Paged School"));
    m_client.tenant().educationSchools.insert(school, QJsonObject());
    for (int i = 0; i < 5; ++i)
        fixtures.addUnitMember(
            school, fixtures.addUser(QStringLiteral("tde.p%1@").arg(i) + m_client.tenant().initialDomain,
                                     QStringLiteral("Paged %1").arg(i)));
    QSet<QString> seen;
    QString next = QStringLiteral("/v1.0/education/schools/%1/users?$top=2").arg(school);
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const auto reply = m_client.get(next, m_app);
        QCOMPARE(reply.status, 200);
        seen.unite(ids(reply));
        next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 5);
}

void TestGraphEducation::seededTenantValidates()
{
    // Every education object of the seeded tenant (plus this test's) matches Microsoft's v1.0 types.
    // walk() pages through a collection; it returns what went wrong, empty when nothing did.
    const auto walk = [&](const QString &path, const QString &definition, QStringList *found) {
        QString next = QStringLiteral("/v1.0/education/") + path + QStringLiteral("?$top=999");
        for (int pages = 0; !next.isEmpty(); ++pages) {
            const auto reply = m_client.get(next, m_app);
            if (reply.status != 200 || pages > 100)
                return QStringLiteral("%1: HTTP %2").arg(path).arg(reply.status);
            const QList<SchemaValidator::Error> errors = m_schema.validate(reply.json(), definition);
            if (!errors.isEmpty())
                return path + QStringLiteral(": ") + SchemaValidator::describe(errors);
            for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray())
                found->append(v.toObject().value(QLatin1String("id")).toString());
            next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
        }
        return QString();
    };
    const QString schoolType = QStringLiteral("microsoft.graph.educationSchoolCollectionResponse");
    const QString classType = QStringLiteral("microsoft.graph.educationClassCollectionResponse");
    const QString userType = QStringLiteral("microsoft.graph.educationUserCollectionResponse");
    QStringList schools, classes, users;
    QString error = walk(QStringLiteral("schools"), schoolType, &schools);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(schools.size(), m_client.tenant().educationSchools.size());
    error = walk(QStringLiteral("classes"), classType, &classes);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(classes.size(), m_client.tenant().educationClasses.size());
    error = walk(QStringLiteral("users"), userType, &users);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(users.size(), m_client.tenant().users.aliveCount());
    for (const QString &school : schools) {
        QStringList schoolUsers, schoolClasses;
        error = walk(QStringLiteral("schools/%1/users").arg(school), userType, &schoolUsers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = walk(QStringLiteral("schools/%1/classes").arg(school), classType, &schoolClasses);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Seeded classes: every teacher is also a member (as School Data Sync requires), and each has a school.
    for (const QString &id : classes.mid(0, 25)) {
        QStringList members, teachers, classSchools;
        QVERIFY(walk(QStringLiteral("classes/%1/members").arg(id), userType, &members).isEmpty());
        QVERIFY(walk(QStringLiteral("classes/%1/teachers").arg(id), userType, &teachers).isEmpty());
        QVERIFY(walk(QStringLiteral("classes/%1/schools").arg(id), schoolType, &classSchools).isEmpty());
        for (const QString &teacher : teachers)
            QVERIFY(members.contains(teacher));
        QVERIFY(!classSchools.isEmpty() || m_client.tenant().unitsOf(id).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestGraphEducation)
#include "tst_grapheducation.moc"
