#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

// The OneRoster 1.1 provider a SIS (VULCAN UONET+) exposes: its own client-credentials token endpoint,
// and rostering collections derived from the tenant's education data, with paging headers, filter, sort
// and a class's students.
class TestOneRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokenWithGoodAndBadSecrets();
    void tokensForOtherAudiencesAreRefused();
    void pagingHeadersAndLinks();
    void filterAndSort();
    void classStudentsTeachersAndEnrollments();
    void singleObjectsAndErrors();

private:
    QByteArray token();
    SandboxClient::Reply get(const QString &path)
    {
        return m_client->get(QStringLiteral("/ims/oneroster/v1p1/") + path, token());
    }
    static QStringList sourcedIds(const QJsonArray &items)
    {
        QStringList out;
        for (const QJsonValue &v : items)
            out.append(v.toObject().value(QLatin1String("sourcedId")).toString());
        return out;
    }
    QString addUser(const QString &sourcedId, const QString &given, const QString &family,
                    const QString &role, const QString &created);

    std::unique_ptr<SandboxClient> m_client;
    QByteArray m_token;
    QString m_schoolId;
    QString m_classId;
    QString m_teacher, m_s1, m_s2, m_s3;
};

QString TestOneRoster::addUser(const QString &sourcedId, const QString &given, const QString &family,
                               const QString &role, const QString &created)
{
    Tenant &t = m_client->tenant();
    const QString id = Tenant::newGuid();
    const QString upn = sourcedId.toLower() + QStringLiteral("@tdx-school.onmicrosoft.com");
    t.users.insert(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("displayName"), given + QLatin1Char(' ') + family},
                               {QStringLiteral("givenName"), given},
                               {QStringLiteral("surname"), family},
                               {QStringLiteral("userPrincipalName"), upn},
                               {QStringLiteral("mail"), upn},
                               {QStringLiteral("accountEnabled"), true},
                               {QStringLiteral("createdDateTime"), created}},
                   t.nextSequence());
    t.educationUsers.insert(id, QJsonObject{{QStringLiteral("primaryRole"), role},
                                            {QStringLiteral("externalSource"), QStringLiteral("sis")},
                                            {role, QJsonObject{{QStringLiteral("externalId"), sourcedId}}}});
    t.unitMembers[m_schoolId].append(id);
    return id;
}

void TestOneRoster::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    Tenant &t = m_client->tenant();

    m_schoolId = Tenant::newGuid();
    t.administrativeUnits.insert(
        QJsonObject{{QStringLiteral("id"), m_schoolId},
                    {QStringLiteral("displayName"), QStringLiteral("Szkoła Podstawowa TDX")}},
        t.nextSequence());
    t.educationSchools.insert(m_schoolId,
                              QJsonObject{{QStringLiteral("externalId"), QStringLiteral("SP-TDX-1")},
                                          {QStringLiteral("schoolNumber"), QStringLiteral("TDX1")},
                                          {QStringLiteral("externalSource"), QStringLiteral("sis")}});
    m_teacher = addUser(QStringLiteral("TDX-T1"), QStringLiteral("Ewa"), QStringLiteral("Kowalska"),
                        QStringLiteral("teacher"), QStringLiteral("2024-02-01T08:00:00Z"));
    m_s1 = addUser(QStringLiteral("TDX-S1"), QStringLiteral("Adam"), QStringLiteral("Nowak"),
                   QStringLiteral("student"), QStringLiteral("2024-03-01T08:00:00Z"));
    m_s2 = addUser(QStringLiteral("TDX-S2"), QStringLiteral("Zofia"), QStringLiteral("Wójcik"),
                   QStringLiteral("student"), QStringLiteral("2024-09-02T08:00:00Z"));
    m_s3 = addUser(QStringLiteral("TDX-S3"), QStringLiteral("Jan"), QStringLiteral("Bąk"),
                   QStringLiteral("student"), QStringLiteral("2025-06-01T08:00:00Z"));

    m_classId = Tenant::newGuid();
    t.groups.insert(QJsonObject{{QStringLiteral("id"), m_classId},
                                {QStringLiteral("displayName"), QStringLiteral("4A Matematyka")},
                                {QStringLiteral("mailNickname"), QStringLiteral("tdx-4a-mat")},
                                {QStringLiteral("mailEnabled"), true},
                                {QStringLiteral("securityEnabled"), false},
                                {QStringLiteral("groupTypes"), QJsonArray{QStringLiteral("Unified")}}},
                    t.nextSequence());
    t.educationClasses.insert(
        m_classId, QJsonObject{{QStringLiteral("externalId"), QStringLiteral("TDX-4A-MAT")},
                               {QStringLiteral("classCode"), QStringLiteral("4A-MAT")},
                               {QStringLiteral("term"),
                                QJsonObject{{QStringLiteral("externalId"), QStringLiteral("TDX-2025-S1")},
                                            {QStringLiteral("displayName"), QStringLiteral("Semestr 1")},
                                            {QStringLiteral("startDate"), QStringLiteral("2025-09-01")},
                                            {QStringLiteral("endDate"), QStringLiteral("2026-01-31")}}},
                               {QStringLiteral("course"),
                                QJsonObject{{QStringLiteral("externalId"), QStringLiteral("TDX-MAT")},
                                            {QStringLiteral("displayName"), QStringLiteral("Matematyka")},
                                            {QStringLiteral("subject"), QStringLiteral("Matematyka")}}}});
    t.unitMembers[m_schoolId].append(m_classId);
    t.groupOwners.insert(m_classId, {m_teacher});
    t.groupMembers.insert(m_classId, {m_teacher, m_s1, m_s2});
}

QByteArray TestOneRoster::token()
{
    if (m_token.isEmpty()) {
        const QJsonObject info = m_client->sandbox().info();
        const auto reply = m_client->postForm(
            info.value(QLatin1String("oneRosterTokenUrl")).toString(),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("client_id"), info.value(QLatin1String("oneRosterClientId")).toString()},
             {QStringLiteral("client_secret"),
              info.value(QLatin1String("oneRosterClientSecret")).toString()}});
        m_token = reply.json().value(QLatin1String("access_token")).toString().toLatin1();
    }
    return m_token;
}

void TestOneRoster::tokenWithGoodAndBadSecrets()
{
    const QJsonObject info = m_client->sandbox().info();
    const QString url = info.value(QLatin1String("oneRosterTokenUrl")).toString();
    const QString id = info.value(QLatin1String("oneRosterClientId")).toString();
    const QString secret = info.value(QLatin1String("oneRosterClientSecret")).toString();
    QVERIFY(url.startsWith(m_client->baseUrl()));
    QVERIFY(!id.isEmpty() && !secret.isEmpty());

    const auto form = m_client->postForm(
        url, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
              {QStringLiteral("client_id"), id},
              {QStringLiteral("client_secret"), secret},
              {QStringLiteral("scope"),
               QStringLiteral("https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly")}});
    QCOMPARE(form.status, 200);
    QCOMPARE(form.json().value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QVERIFY(form.json().value(QLatin1String("expires_in")).toInt() > 0);
    QVERIFY(!form.json().value(QLatin1String("access_token")).toString().isEmpty());

    const QByteArray basic = "Basic " + (id + QLatin1Char(':') + secret).toUtf8().toBase64();
    const auto viaBasic =
        m_client->request("POST", url, QByteArray(), "grant_type=client_credentials",
                          {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", basic}});
    QCOMPARE(viaBasic.status, 200);

    const auto bad =
        m_client->postForm(url, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), id},
                                 {QStringLiteral("client_secret"), secret + QLatin1Char('x')}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    const auto grant = m_client->postForm(url, {{QStringLiteral("grant_type"), QStringLiteral("password")},
                                                {QStringLiteral("client_id"), id},
                                                {QStringLiteral("client_secret"), secret}});
    QCOMPARE(grant.status, 400);
    QCOMPARE(grant.json().value(QLatin1String("error")).toString(), QStringLiteral("unsupported_grant_type"));
}

void TestOneRoster::tokensForOtherAudiencesAreRefused()
{
    QCOMPARE(m_client->get(QStringLiteral("/ims/oneroster/v1p1/orgs"), QByteArray()).status, 401);
    const QByteArray graph = m_client->mintToken({QStringLiteral("roster-core.readonly")});
    QCOMPARE(m_client->get(QStringLiteral("/ims/oneroster/v1p1/orgs"), graph).status, 401);
    const QByteArray noRole =
        m_client->mintToken({QStringLiteral("User.Read.All")}, QString(), QStringLiteral("oneroster"));
    QCOMPARE(m_client->get(QStringLiteral("/ims/oneroster/v1p1/orgs"), noRole).status, 403);
    QCOMPARE(get(QStringLiteral("orgs")).status, 200);
}

void TestOneRoster::pagingHeadersAndLinks()
{
    const auto all = get(QStringLiteral("students?limit=1000"));
    QCOMPARE(all.status, 200);
    const QStringList everyone = sourcedIds(all.json().value(QLatin1String("users")).toArray());
    QVERIFY(everyone.contains(QStringLiteral("TDX-S1")) && everyone.contains(QStringLiteral("TDX-S3")));
    QVERIFY(!everyone.contains(QStringLiteral("TDX-T1")));
    QCOMPARE(all.header("X-Total-Count").toInt(), int(everyone.size()));

    QStringList paged;
    int offset = 0;
    for (int guard = 0; guard < 1000; ++guard) {
        const auto page = get(QStringLiteral("students?limit=2&offset=%1").arg(offset));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("X-Total-Count").toInt(), int(everyone.size()));
        const QJsonArray users = page.json().value(QLatin1String("users")).toArray();
        QVERIFY(users.size() <= 2);
        paged += sourcedIds(users);
        const QString link = QString::fromUtf8(page.header("Link"));
        QVERIFY(link.contains(QLatin1String("rel=\"last\"")));
        if (!link.contains(QLatin1String("rel=\"next\"")))
            break;
        offset += 2;
        QVERIFY(link.contains(QStringLiteral("offset=%1>; rel=\"next\"").arg(offset)));
    }
    QCOMPARE(paged, everyone);
    QCOMPARE(get(QStringLiteral("students?limit=0")).status, 400);
}

void TestOneRoster::filterAndSort()
{
    const QString school = QStringLiteral("schools/SP-TDX-1/students");
    const auto recent =
        get(school + QStringLiteral("?filter=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("dateLastModified>'2025-01-01'"))));
    QCOMPARE(recent.status, 200);
    QCOMPARE(sourcedIds(recent.json().value(QLatin1String("users")).toArray()),
             QStringList{QStringLiteral("TDX-S3")});

    const auto teachers = get(QStringLiteral("users?limit=1000&filter=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("role='teacher'"))));
    const QJsonArray teacherRows = teachers.json().value(QLatin1String("users")).toArray();
    QVERIFY(sourcedIds(teacherRows).contains(QStringLiteral("TDX-T1")));
    for (const QJsonValue &v : teacherRows)
        QCOMPARE(v.toObject().value(QLatin1String("role")).toString(), QStringLiteral("teacher"));

    const auto either = get(
        school + QStringLiteral("?filter=") +
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("givenName='Adam' OR familyName='Bąk'"))));
    QCOMPARE(sourcedIds(either.json().value(QLatin1String("users")).toArray()),
             (QStringList{QStringLiteral("TDX-S1"), QStringLiteral("TDX-S3")}));

    const auto sorted =
        get(school + QStringLiteral("?sort=familyName&orderBy=desc&fields=sourcedId,familyName"));
    const QJsonArray rows = sorted.json().value(QLatin1String("users")).toArray();
    QCOMPARE(sourcedIds(rows),
             (QStringList{QStringLiteral("TDX-S2"), QStringLiteral("TDX-S1"), QStringLiteral("TDX-S3")}));
    QCOMPARE(rows.first().toObject().keys(),
             (QStringList{QStringLiteral("familyName"), QStringLiteral("sourcedId")}));

    const auto badField = get(QStringLiteral("users?filter=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("shoeSize='42'"))));
    QCOMPARE(badField.status, 400);
    QVERIFY(badField.json()
                .value(QLatin1String("imsx_CodeMinor"))
                .toObject()
                .value(QLatin1String("imsx_codeMinorField"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("imsx_codeMinorFieldValue"))
                .toString() == QLatin1String("invalid_filter_field"));
    QCOMPARE(get(QStringLiteral("users?filter=role%3Dstudent")).status, 400);
}

void TestOneRoster::classStudentsTeachersAndEnrollments()
{
    const auto students = get(QStringLiteral("classes/TDX-4A-MAT/students"));
    QCOMPARE(students.status, 200);
    QCOMPARE(sourcedIds(students.json().value(QLatin1String("users")).toArray()),
             (QStringList{QStringLiteral("TDX-S1"), QStringLiteral("TDX-S2")}));
    const auto teachers = get(QStringLiteral("classes/TDX-4A-MAT/teachers"));
    QCOMPARE(sourcedIds(teachers.json().value(QLatin1String("users")).toArray()),
             QStringList{QStringLiteral("TDX-T1")});

    const auto schoolClasses = get(QStringLiteral("schools/SP-TDX-1/classes"));
    QVERIFY(sourcedIds(schoolClasses.json().value(QLatin1String("classes")).toArray())
                .contains(QStringLiteral("TDX-4A-MAT")));

    const auto enrollments =
        get(QStringLiteral("enrollments?filter=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("class.sourcedId='TDX-4A-MAT'"))));
    const QJsonArray rows = enrollments.json().value(QLatin1String("enrollments")).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("teacher"));
    QCOMPARE(rows[0].toObject().value(QLatin1String("primary")).toString(), QStringLiteral("true"));
    QCOMPARE(rows[1]
                 .toObject()
                 .value(QLatin1String("user"))
                 .toObject()
                 .value(QLatin1String("sourcedId"))
                 .toString(),
             QStringLiteral("TDX-S1"));
    QCOMPARE(rows[1].toObject().value(QLatin1String("beginDate")).toString(), QStringLiteral("2025-09-01"));

    // A student's classes.
    const auto classes = get(QStringLiteral("students/TDX-S2/classes"));
    QCOMPARE(sourcedIds(classes.json().value(QLatin1String("classes")).toArray()),
             QStringList{QStringLiteral("TDX-4A-MAT")});
    QCOMPARE(get(QStringLiteral("teachers/TDX-S2/classes")).status, 404);
}

void TestOneRoster::singleObjectsAndErrors()
{
    const auto oneClass = get(QStringLiteral("classes/TDX-4A-MAT"));
    QCOMPARE(oneClass.status, 200);
    const QJsonObject c = oneClass.json().value(QLatin1String("class")).toObject();
    QCOMPARE(c.value(QLatin1String("title")).toString(), QStringLiteral("4A Matematyka"));
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(c.value(QLatin1String("course")).toObject().value(QLatin1String("sourcedId")).toString(),
             QStringLiteral("TDX-MAT"));
    QCOMPARE(c.value(QLatin1String("school")).toObject().value(QLatin1String("sourcedId")).toString(),
             QStringLiteral("SP-TDX-1"));
    QCOMPARE(c.value(QLatin1String("terms"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("sourcedId"))
                 .toString(),
             QStringLiteral("TDX-2025-S1"));
    QVERIFY(c.value(QLatin1String("school"))
                .toObject()
                .value(QLatin1String("href"))
                .toString()
                .endsWith(QLatin1String("/ims/oneroster/v1p1/orgs/SP-TDX-1")));

    const auto user = get(QStringLiteral("users/TDX-S1"));
    QCOMPARE(user.status, 200);
    const QJsonObject u = user.json().value(QLatin1String("user")).toObject();
    QCOMPARE(u.value(QLatin1String("role")).toString(), QStringLiteral("student"));
    QCOMPARE(u.value(QLatin1String("enabledUser")).toString(), QStringLiteral("true"));
    QCOMPARE(u.value(QLatin1String("username")).toString(), QStringLiteral("tdx-s1"));
    QCOMPARE(u.value(QLatin1String("dateLastModified")).toString(),
             QStringLiteral("2024-03-01T08:00:00.000Z"));
    // sourcedId is the SIS id the directory keeps as the student's externalId.
    QCOMPARE(m_client->tenant()
                 .educationUsers.value(m_s1)
                 .value(QLatin1String("student"))
                 .toObject()
                 .value(QLatin1String("externalId"))
                 .toString(),
             u.value(QLatin1String("sourcedId")).toString());

    const auto school = get(QStringLiteral("schools/SP-TDX-1"));
    QCOMPARE(school.json().value(QLatin1String("org")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("school"));
    const auto terms = get(QStringLiteral("terms"));
    QVERIFY(sourcedIds(terms.json().value(QLatin1String("academicSessions")).toArray())
                .contains(QStringLiteral("TDX-2025-S1")));

    const auto missing = get(QStringLiteral("users/nobody"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(QLatin1String("imsx_codeMajor")).toString(), QStringLiteral("failure"));
    QCOMPARE(get(QStringLiteral("gradingPeriodsX")).status, 404);
    QCOMPARE(m_client->request("POST", QStringLiteral("/ims/oneroster/v1p1/users"), token(), "{}").status,
             405);
}

QTEST_GUILESS_MAIN(TestOneRoster)
#include "tst_oneroster.moc"
