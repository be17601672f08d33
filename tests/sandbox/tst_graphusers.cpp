#include "graphdirectoryfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <memory>

// Graph users: paging over a large directory, $top limits, $select and the default property set, single
// reads by id and UPN, create/update/delete with Entra ID's validation, permissions and the scope of a
// school technician.
class TestGraphUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingVisitsEveryUserOnce();
    void defaultPageAndEnvelope();
    void topMustBeWithinRange();
    void skipIsNotSupported();
    void selectAndDefaultProperties();
    void singleUserByIdAndUpn();
    void countNeedsConsistencyLevel();
    void createValidatesLikeEntra();
    void createdUserCanBeRead();
    void patchAndSoftDelete();
    void permissionsAreChecked();
    void technicianIsLimitedToTheirSchool();
    void meIsTheSignedInUser();

private:
    QByteArray token() { return m_token; }
    static QString errorCode(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    static QString errorMessage(const SandboxClient::Reply &r)
    {
        return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    }
    SandboxClient::Reply patch(const QString &path, const QJsonObject &body, const QByteArray &token)
    {
        return m_client->request("PATCH", path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QJsonObject newUser(const QString &nick, const QString &upn) const
    {
        return QJsonObject{{QStringLiteral("accountEnabled"), true},
                           {QStringLiteral("displayName"), QStringLiteral("New ") + nick},
                           {QStringLiteral("mailNickname"), nick},
                           {QStringLiteral("userPrincipalName"), upn},
                           {QStringLiteral("usageLocation"), QStringLiteral("DK")},
                           {QStringLiteral("passwordProfile"),
                            QJsonObject{{QStringLiteral("forceChangePasswordNextSignIn"), true},
                                        {QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")}}}};
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GraphDirectoryFixture> m_fixture;
    QByteArray m_token;
};

void TestGraphUsers::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_fixture = std::make_unique<GraphDirectoryFixture>(*m_client, 5200);
    m_token = m_fixture->appToken();
}

void TestGraphUsers::pagingVisitsEveryUserOnce()
{
    QJsonArray items;
    QString error;
    int pages = 0;
    QVERIFY2(m_fixture->collect(QStringLiteral("/v1.0/users?$top=999&$select=id,displayName"), token(),
                                &items, &error, {}, 400, &pages),
             qPrintable(error));
    const Tenant &t = m_client->tenant();
    QCOMPARE(items.size(), t.users.aliveCount());
    const QStringList ids = GraphDirectoryFixture::ids(items);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const QString &id : m_fixture->userIds())
        QVERIFY(ids.contains(id));
    QCOMPARE(pages, int((t.users.aliveCount() + 998) / 999));
}

void TestGraphUsers::defaultPageAndEnvelope()
{
    const auto reply = m_client->get(QStringLiteral("/v1.0/users"), token());
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonObject page = reply.json();
    QCOMPARE(page.value(QLatin1String("value")).toArray().size(), 100);
    QCOMPARE(page.value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() + QStringLiteral("/v1.0/$metadata#users"));
    const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
    QVERIFY2(next.startsWith(m_client->baseUrl() + QStringLiteral("/v1.0/users?")) &&
                 next.contains(QLatin1String("$skiptoken=")),
             qPrintable(next));
    QVERIFY(!page.contains(QLatin1String("@odata.count")));
    const auto second = m_client->get(next, token());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(QLatin1String("value")).toArray().size(), 100);
    QVERIFY(
        second.json().value(QLatin1String("value")).toArray().first().toObject().value(QLatin1String("id")) !=
        page.value(QLatin1String("value")).toArray().first().toObject().value(QLatin1String("id")));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users?$skiptoken=bm9wZQ"), token()).status, 400);
}

void TestGraphUsers::topMustBeWithinRange()
{
    const auto tooBig = m_client->get(QStringLiteral("/v1.0/users?$top=1000"), token());
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(errorMessage(tooBig),
             QStringLiteral("Invalid page size specified: '1000'. Must be between 1 and 999 inclusive."));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users?$top=0"), token()).status, 400);
    const auto one = m_client->get(QStringLiteral("/v1.0/users?$top=1"), token());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("value")).toArray().size(), 1);
    QVERIFY(one.json().value(QLatin1String("@odata.nextLink")).toString().contains(QLatin1String("$top=1")));
}

void TestGraphUsers::skipIsNotSupported()
{
    const auto reply = m_client->get(QStringLiteral("/v1.0/users?$skip=10"), token());
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
}

void TestGraphUsers::selectAndDefaultProperties()
{
    const QString id = m_fixture->userIds().at(1);
    const auto plain = m_client->get(QStringLiteral("/v1.0/users/") + id, token());
    QCOMPARE(plain.status, 200);
    QJsonObject user = plain.json();
    user.remove(QStringLiteral("@odata.context"));
    QStringList keys = user.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({"businessPhones", "displayName", "givenName", "id", "jobTitle", "mail",
                                "mobilePhone", "officeLocation", "preferredLanguage", "surname",
                                "userPrincipalName"}));
    QVERIFY(user.value(QLatin1String("mobilePhone")).isNull());
    QVERIFY(user.value(QLatin1String("businessPhones")).isArray());

    const auto selected = m_client->get(
        QStringLiteral(
            "/v1.0/users?$select=displayName,accountEnabled,assignedLicenses,passwordProfile&$top=3"),
        token());
    QCOMPARE(selected.status, 200);
    QCOMPARE(selected.json().value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() +
                 QStringLiteral(
                     "/v1.0/$metadata#users(displayName,accountEnabled,assignedLicenses,passwordProfile)"));
    for (const QJsonValue &v : selected.json().value(QLatin1String("value")).toArray()) {
        QStringList k = v.toObject().keys();
        k.sort();
        QCOMPARE(k,
                 QStringList({"accountEnabled", "assignedLicenses", "displayName", "id", "passwordProfile"}));
        QVERIFY(v.toObject().value(QLatin1String("passwordProfile")).isNull());
    }
    const auto unknown =
        m_client->get(QStringLiteral("/v1.0/users?$select=displayName,favouriteColour"), token());
    QCOMPARE(unknown.status, 400);
    QVERIFY(errorMessage(unknown).contains(QLatin1String("favouriteColour")));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users?$select=aboutMe"), token()).status, 501);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/%1?$select=aboutMe").arg(id), token()).status, 200);
}

void TestGraphUsers::singleUserByIdAndUpn()
{
    const QString id = m_fixture->userIds().at(7);
    const QString upn = m_fixture->user(id).value(QLatin1String("userPrincipalName")).toString();
    const auto byUpn = m_client->get(QStringLiteral("/v1.0/users/") + upn.toUpper(), token());
    QCOMPARE(byUpn.status, 200);
    QCOMPARE(byUpn.json().value(QLatin1String("id")).toString(), id);
    QCOMPARE(byUpn.json().value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() + QStringLiteral("/v1.0/$metadata#users/$entity"));
    const QString missing = QStringLiteral("00000000-0000-4000-8000-00000000beef");
    const auto none = m_client->get(QStringLiteral("/v1.0/users/") + missing, token());
    QCOMPARE(none.status, 404);
    QCOMPARE(errorCode(none), QStringLiteral("Request_ResourceNotFound"));
    QCOMPARE(errorMessage(none),
             QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                            "objects are not present.")
                 .arg(missing));
    QVERIFY(!none.json()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("innerError"))
                 .toObject()
                 .value(QLatin1String("request-id"))
                 .toString()
                 .isEmpty());
}

void TestGraphUsers::countNeedsConsistencyLevel()
{
    const auto plain = m_client->get(QStringLiteral("/v1.0/users/$count"), token());
    QCOMPARE(plain.status, 400);
    QCOMPARE(errorCode(plain), QStringLiteral("Request_UnsupportedQuery"));
    const auto counted = m_client->request("GET", QStringLiteral("/v1.0/users/$count"), token(), QByteArray(),
                                           GraphDirectoryFixture::eventual());
    QCOMPARE(counted.status, 200);
    QVERIFY(counted.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(counted.body.toLongLong(), qlonglong(m_client->tenant().users.aliveCount()));
    const auto filtered =
        m_client->request("GET", QStringLiteral("/v1.0/users/$count?$filter=accountEnabled eq false"),
                          token(), QByteArray(), GraphDirectoryFixture::eventual());
    qlonglong disabled = 0;
    const Tenant &t = m_client->tenant();
    for (qsizetype p = 0; p < t.users.slotCount(); ++p)
        disabled +=
            t.users.isAlive(p) && t.users.at(p).value(QLatin1String("accountEnabled")) == QJsonValue(false);
    QCOMPARE(filtered.body.toLongLong(), disabled);

    // $count=true: the total on the first page only, and only with the header (silently ignored without).
    const auto first = m_client->request("GET", QStringLiteral("/v1.0/users?$count=true&$top=50"), token(),
                                         QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QLatin1String("@odata.count")).toInteger(), qint64(t.users.aliveCount()));
    const auto second =
        m_client->request("GET", first.json().value(QLatin1String("@odata.nextLink")).toString(), token(),
                          QByteArray(), GraphDirectoryFixture::eventual());
    QCOMPARE(second.status, 200);
    QVERIFY(!second.json().contains(QLatin1String("@odata.count")));
    const auto ignored = m_client->get(QStringLiteral("/v1.0/users?$count=true&$top=5"), token());
    QCOMPARE(ignored.status, 200);
    QVERIFY(!ignored.json().contains(QLatin1String("@odata.count")));
}

void TestGraphUsers::createValidatesLikeEntra()
{
    const QString domain = m_fixture->domain();
    const QString taken =
        m_fixture->user(m_fixture->userIds().at(2)).value(QLatin1String("userPrincipalName")).toString();
    const auto duplicate =
        m_client->postJson(QStringLiteral("/v1.0/users"), token(), newUser(QStringLiteral("dup"), taken));
    QCOMPARE(duplicate.status, 400);
    const QJsonObject error = duplicate.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("Request_BadRequest"));
    QCOMPARE(
        error.value(QLatin1String("message")).toString(),
        QStringLiteral("Another object with the same value for property userPrincipalName already exists."));
    const QJsonObject detail = error.value(QLatin1String("details")).toArray().first().toObject();
    QCOMPARE(detail.value(QLatin1String("code")).toString(), QStringLiteral("ObjectConflict"));
    QCOMPARE(detail.value(QLatin1String("target")).toString(), QStringLiteral("userPrincipalName"));

    const auto foreignDomain =
        m_client->postJson(QStringLiteral("/v1.0/users"), token(),
                           newUser(QStringLiteral("x1"), QStringLiteral("x1@not-ours.example")));
    QCOMPARE(foreignDomain.status, 400);
    QVERIFY(errorMessage(foreignDomain).contains(QLatin1String("verified domain")));

    const auto accented =
        m_client->postJson(QStringLiteral("/v1.0/users"), token(),
                           newUser(QStringLiteral("bjorn"), QStringLiteral("bjørn.ærø@") + domain));
    QCOMPARE(accented.status, 400);
    QCOMPARE(errorMessage(accented),
             QStringLiteral("Invalid value specified for property 'userPrincipalName' of resource 'User'."));

    QJsonObject noPassword = newUser(QStringLiteral("x2"), QStringLiteral("x2@") + domain);
    noPassword.remove(QStringLiteral("passwordProfile"));
    QCOMPARE(m_client->postJson(QStringLiteral("/v1.0/users"), token(), noPassword).status, 400);

    QJsonObject weak = newUser(QStringLiteral("x3"), QStringLiteral("x3@") + domain);
    weak.insert(QStringLiteral("passwordProfile"),
                QJsonObject{{QStringLiteral("password"), QStringLiteral("password")}});
    const auto weakReply = m_client->postJson(QStringLiteral("/v1.0/users"), token(), weak);
    QCOMPARE(weakReply.status, 400);
    QVERIFY(errorMessage(weakReply).contains(QLatin1String("complexity")));

    QJsonObject unknown = newUser(QStringLiteral("x4"), QStringLiteral("x4@") + domain);
    unknown.insert(QStringLiteral("shoeSize"), 44);
    QCOMPARE(m_client->postJson(QStringLiteral("/v1.0/users"), token(), unknown).status, 400);
    QCOMPARE(
        m_client->request("POST", QStringLiteral("/v1.0/users"), token(), QByteArray("{not json")).status,
        400);
}

void TestGraphUsers::createdUserCanBeRead()
{
    const QString upn = QStringLiteral("created.pupil@") + m_fixture->domain();
    const auto created = m_client->postJson(QStringLiteral("/v1.0/users"), token(),
                                            newUser(QStringLiteral("created.pupil"), upn));
    QCOMPARE(created.status, 201);
    const QJsonObject user = created.json();
    QCOMPARE(user.value(QLatin1String("userPrincipalName")).toString(), upn);
    QVERIFY(!user.contains(QLatin1String("passwordProfile")));
    QCOMPARE(user.value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() + QStringLiteral("/v1.0/$metadata#users/$entity"));
    const QString id = user.value(QLatin1String("id")).toString();
    const auto read = m_client->get(
        QStringLiteral("/v1.0/users/%1?$select=accountEnabled,usageLocation,createdDateTime").arg(id),
        token());
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().value(QLatin1String("usageLocation")).toString(), QStringLiteral("DK"));
    QVERIFY(!read.json().value(QLatin1String("createdDateTime")).toString().isEmpty());
    QCOMPARE(m_client->postJson(QStringLiteral("/v1.0/users"), token(), newUser(QStringLiteral("again"), upn))
                 .status,
             400);
}

void TestGraphUsers::patchAndSoftDelete()
{
    const QString id = m_fixture->userIds().at(30);
    QCOMPARE(patch(QStringLiteral("/v1.0/users/") + id, {{QStringLiteral("accountEnabled"), false}}, token())
                 .status,
             204);
    QCOMPARE(patch(QStringLiteral("/v1.0/users/") + id,
                   {{QStringLiteral("passwordProfile"),
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("N3w-Passw0rd!")},
                                 {QStringLiteral("forceChangePasswordNextSignIn"), true}}}},
                   token())
                 .status,
             204);
    const auto read = m_client->get(
        QStringLiteral("/v1.0/users/%1?$select=accountEnabled,passwordProfile").arg(id), token());
    QCOMPARE(read.json().value(QLatin1String("accountEnabled")), QJsonValue(false));
    QVERIFY(read.json().value(QLatin1String("passwordProfile")).isNull());
    QCOMPARE(patch(QStringLiteral("/v1.0/users/") + id,
                   {{QStringLiteral("accountEnabled"), QStringLiteral("no")}}, token())
                 .status,
             400);
    QCOMPARE(patch(QStringLiteral("/v1.0/users/") + id,
                   {{QStringLiteral("mail"), QStringLiteral("x@y.example")}}, token())
                 .status,
             400);

    const QString upn = m_fixture->user(id).value(QLatin1String("userPrincipalName")).toString();
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + id, token()).status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/") + id, token()).status, 404);
    const auto deleted = m_client->get(QStringLiteral("/v1.0/directory/deletedItems/") + id, token());
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.user"));
    QVERIFY(!deleted.json().value(QLatin1String("deletedDateTime")).toString().isEmpty());
    // Entra ID frees the name: the deleted user's UPN carries its object id as a prefix.
    QCOMPARE(deleted.json().value(QLatin1String("userPrincipalName")).toString(),
             QString(id).remove(QLatin1Char('-')) + upn);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + id, token()).status, 404);
}

void TestGraphUsers::permissionsAreChecked()
{
    const QString id = m_fixture->userIds().at(31);
    const QByteArray none = m_client->mintToken({QStringLiteral("Calendars.Read")});
    const auto denied = m_client->get(QStringLiteral("/v1.0/users"), none);
    QCOMPARE(denied.status, 403);
    QCOMPARE(errorCode(denied), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(errorMessage(denied), QStringLiteral("Insufficient privileges to complete the operation."));
    const QByteArray reader = m_fixture->readOnlyToken();
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/") + id, reader).status, 200);
    QCOMPARE(patch(QStringLiteral("/v1.0/users/") + id, {{QStringLiteral("jobTitle"), QStringLiteral("x")}},
                   reader)
                 .status,
             403);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + id, reader).status, 403);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users"), QByteArray()).status, 401);
}

void TestGraphUsers::technicianIsLimitedToTheirSchool()
{
    const QByteArray technician = m_fixture->technicianToken();
    const QString inside = m_fixture->userIds().at(5);   // a member of the technician's unit
    const QString outside = m_fixture->userIds().at(25); // not in the unit
    const auto refused = patch(QStringLiteral("/v1.0/users/") + outside,
                               {{QStringLiteral("jobTitle"), QStringLiteral("Janitor")}}, technician);
    QCOMPARE(refused.status, 403);
    QCOMPARE(errorCode(refused), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(patch(QStringLiteral("/v1.0/users/") + inside,
                   {{QStringLiteral("jobTitle"), QStringLiteral("Librarian")}}, technician)
                 .status,
             204);
    QCOMPARE(m_fixture->user(inside).value(QLatin1String("jobTitle")).toString(),
             QStringLiteral("Librarian"));
    QCOMPARE(m_fixture->user(outside).value(QLatin1String("jobTitle")).toString() == QLatin1String("Janitor"),
             false);
    // Reading outside the school is allowed.
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/") + outside, technician).status, 200);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + outside, technician).status, 403);
}

void TestGraphUsers::meIsTheSignedInUser()
{
    const QByteArray delegated = m_client->mintToken({QStringLiteral("User.Read")}, m_fixture->technicianId);
    const auto me = m_client->get(QStringLiteral("/v1.0/me"), delegated);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QLatin1String("id")).toString(), m_fixture->technicianId);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/me"), token()).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/") + m_fixture->userIds().first(), delegated).status,
             403);
}

QTEST_GUILESS_MAIN(TestGraphUsers)
#include "tst_graphusers.moc"
