// POST /users/{id|upn}/assignLicense: seats, usage location, unknown SKUs, scope, delta visibility.
#include "sandboxclient.h"
#include "schemavalidator.h"
#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestGraphLicenses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assignAddsLicenceAndConsumesASeat();
    void assignByUserPrincipalName();
    void disabledPlansAreHonoured();
    void removeFreesTheSeat();
    void removingALicenceTheUserLacksFails();
    void userWithoutUsageLocationIsRefused();
    void unknownSkuIsRefused();
    void noSeatsLeft();
    void bothArraysAreRequired();
    void malformedSkuIds();
    void technicianOnlyInsideTheirUnit();
    void permissionsAndMissingUser();
    void seededUsersAndSkus();

private:
    static QString errorCode(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
    static QString errorMessage(const SandboxClient::Reply &reply)
    {
        return reply.json()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("message"))
            .toString();
    }
    SandboxClient::Reply assign(const QString &user, const QJsonArray &add, const QJsonArray &remove,
                                const QByteArray &token = QByteArray())
    {
        return m_client.postJson(
            QStringLiteral("/v1.0/users/%1/assignLicense").arg(user), token.isNull() ? m_admin : token,
            QJsonObject{{QStringLiteral("addLicenses"), add}, {QStringLiteral("removeLicenses"), remove}});
    }
    static QJsonArray add(const QString &skuId, const QJsonArray &disabledPlans = QJsonArray())
    {
        return QJsonArray{
            QJsonObject{{QStringLiteral("skuId"), skuId}, {QStringLiteral("disabledPlans"), disabledPlans}}};
    }
    int consumed(const QString &skuId) const
    {
        for (const QJsonValue &v : m_client.tenant().subscribedSkus) {
            if (v.toObject().value(QLatin1String("skuId")).toString() == skuId)
                return v.toObject().value(QLatin1String("consumedUnits")).toInt();
        }
        return -1;
    }
    QJsonArray licences(const QString &userId) const
    {
        return m_client.tenant().users.find(userId)->value(QLatin1String("assignedLicenses")).toArray();
    }
    QString newUser(const QString &name, bool withUsageLocation = true)
    {
        const QString upn = QStringLiteral("tdl.%1@%2").arg(name, m_client.tenant().initialDomain);
        return TenantFixtures(m_client.tenant())
            .addUser(upn, QStringLiteral("Lic ") + name,
                     withUsageLocation ? QJsonObject{{QStringLiteral("usageLocation"), QStringLiteral("DK")}}
                                       : QJsonObject());
    }

    // mutable: the client's tenant is read in const helpers
    mutable SandboxClient m_client;
    SchemaValidator m_schema;
    QByteArray m_admin;
    QString m_skuA, m_skuFull, m_planExchange, m_planTeams;
};

void TestGraphLicenses::initTestCase()
{
    QVERIFY2(m_client.isRunning(), qPrintable(m_client.startError()));
    Tenant &tenant = m_client.tenant();
    if (tenant.initialDomain.isEmpty())
        tenant.initialDomain = QStringLiteral("tdtest.onmicrosoft.com");
    m_admin = m_client.mintToken({QStringLiteral("User.ReadWrite.All")});
    m_planExchange = Tenant::newGuid();
    m_planTeams = Tenant::newGuid();
    const auto plan = [](const QString &id, const char *name) {
        return QJsonObject{{QStringLiteral("servicePlanId"), id},
                           {QStringLiteral("servicePlanName"), QLatin1String(name)},
                           {QStringLiteral("provisioningStatus"), QStringLiteral("Success")},
                           {QStringLiteral("appliesTo"), QStringLiteral("User")}};
    };
    TenantFixtures fixtures(tenant);
    m_skuA =
        fixtures.addSku(QStringLiteral("TDL_A1_STUDENT"), 1000, 1,
                        QJsonArray{plan(m_planExchange, "EXCHANGE_S_STANDARD"), plan(m_planTeams, "TEAMS1")});
    m_skuFull = fixtures.addSku(QStringLiteral("TDL_FULL"), 2, 2);
}

void TestGraphLicenses::assignAddsLicenceAndConsumesASeat()
{
    const QString user = newUser(QStringLiteral("anna"));
    const int before = consumed(m_skuA);
    const quint64 sequence = m_client.tenant().sequence;

    const auto reply = assign(user, add(m_skuA), QJsonArray());
    QCOMPARE(reply.status, 200);
    // The reply is the user with Graph's default properties.
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QLatin1String("id")).toString(), user);
    QVERIFY(body.value(QLatin1String("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#users/$entity")));
    QVERIFY(body.contains(QLatin1String("businessPhones")));
    QVERIFY(body.contains(QLatin1String("jobTitle")));
    const QList<SchemaValidator::Error> errors =
        m_schema.validate(body, QStringLiteral("microsoft.graph.user"));
    QVERIFY2(errors.isEmpty(), qPrintable(SchemaValidator::describe(errors)));

    QCOMPARE(consumed(m_skuA), before + 1);
    const QJsonArray held = licences(user);
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().toObject().value(QLatin1String("skuId")).toString(), m_skuA);
    const QJsonArray plans =
        m_client.tenant().users.find(user)->value(QLatin1String("assignedPlans")).toArray();
    QCOMPARE(plans.size(), 2);
    for (const QJsonValue &p : plans)
        QCOMPARE(p.toObject().value(QLatin1String("capabilityStatus")).toString(), QStringLiteral("Enabled"));

    // Delta sees the change.
    bool logged = false;
    for (const auto &change : m_client.tenant().users.changesSince(sequence))
        logged = logged || change.id == user;
    QVERIFY(logged);

    // GET /subscribedSkus agrees.
    const auto skus = m_client.get(QStringLiteral("/v1.0/subscribedSkus"),
                                   m_client.mintToken({QStringLiteral("Organization.Read.All")}));
    bool seen = false;
    for (const QJsonValue &v : skus.json().value(QLatin1String("value")).toArray()) {
        if (v.toObject().value(QLatin1String("skuId")).toString() == m_skuA) {
            QCOMPARE(v.toObject().value(QLatin1String("consumedUnits")).toInt(), before + 1);
            seen = true;
        }
    }
    QVERIFY(seen);

    // Assigning a licence the user already has does not take a second seat.
    QCOMPARE(assign(user, add(m_skuA), QJsonArray()).status, 200);
    QCOMPARE(consumed(m_skuA), before + 1);
    QCOMPARE(licences(user).size(), 1);
}

void TestGraphLicenses::assignByUserPrincipalName()
{
    const QString user = newUser(QStringLiteral("bo"));
    const QString upn =
        m_client.tenant().users.find(user)->value(QLatin1String("userPrincipalName")).toString();
    const auto reply = assign(upn, add(m_skuA), QJsonArray());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("id")).toString(), user);
    QCOMPARE(licences(user).size(), 1);
}

void TestGraphLicenses::disabledPlansAreHonoured()
{
    const QString user = newUser(QStringLiteral("carl"));
    QCOMPARE(assign(user, add(m_skuA, QJsonArray{m_planTeams}), QJsonArray()).status, 200);
    const QJsonObject licence = licences(user).first().toObject();
    QCOMPARE(licence.value(QLatin1String("disabledPlans")).toArray(), QJsonArray{m_planTeams});
    const QJsonArray plans =
        m_client.tenant().users.find(user)->value(QLatin1String("assignedPlans")).toArray();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().toObject().value(QLatin1String("servicePlanId")).toString(), m_planExchange);
    QCOMPARE(plans.first().toObject().value(QLatin1String("service")).toString(), QStringLiteral("exchange"));
}

void TestGraphLicenses::removeFreesTheSeat()
{
    const QString user = newUser(QStringLiteral("dina"));
    QCOMPARE(assign(user, add(m_skuA), QJsonArray()).status, 200);
    const int held = consumed(m_skuA);
    const auto reply = assign(user, QJsonArray(), QJsonArray{m_skuA});
    QCOMPARE(reply.status, 200);
    QCOMPARE(consumed(m_skuA), held - 1);
    QVERIFY(licences(user).isEmpty());
    // The service plans stay listed, as Deleted.
    const QJsonArray plans =
        m_client.tenant().users.find(user)->value(QLatin1String("assignedPlans")).toArray();
    QCOMPARE(plans.size(), 2);
    for (const QJsonValue &p : plans)
        QCOMPARE(p.toObject().value(QLatin1String("capabilityStatus")).toString(), QStringLiteral("Deleted"));
}

void TestGraphLicenses::removingALicenceTheUserLacksFails()
{
    const QString user = newUser(QStringLiteral("emil"));
    const int before = consumed(m_skuA);
    const auto reply = assign(user, QJsonArray(), QJsonArray{m_skuA});
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    QCOMPARE(errorMessage(reply), QStringLiteral("User does not have a corresponding license."));
    QCOMPARE(consumed(m_skuA), before);
}

void TestGraphLicenses::userWithoutUsageLocationIsRefused()
{
    const QString user = newUser(QStringLiteral("frej"), false);
    const int before = consumed(m_skuA);
    const quint64 sequence = m_client.tenant().sequence;
    const auto reply = assign(user, add(m_skuA), QJsonArray());
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    QCOMPARE(errorMessage(reply),
             QStringLiteral("License assignment cannot be done for user with invalid usage location."));
    QCOMPARE(consumed(m_skuA), before);
    QVERIFY(licences(user).isEmpty());
    QCOMPARE(m_client.tenant().sequence, sequence); // nothing changed

    // Once the usage location is set, the same request succeeds.
    m_client.tenant().users.update(user, QJsonObject{{QStringLiteral("usageLocation"), QStringLiteral("NO")}},
                                   m_client.tenant().nextSequence());
    QCOMPARE(assign(user, add(m_skuA), QJsonArray()).status, 200);
    QCOMPARE(consumed(m_skuA), before + 1);
}

void TestGraphLicenses::unknownSkuIsRefused()
{
    const QString user = newUser(QStringLiteral("gry"));
    const QString bogus = Tenant::newGuid();
    for (const auto &reply :
         {assign(user, add(bogus), QJsonArray()), assign(user, QJsonArray(), QJsonArray{bogus})}) {
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorMessage(reply),
                 QStringLiteral("License %1 does not correspond to a valid company License.").arg(bogus));
    }
    // All or nothing: a valid licence next to an unknown one is not assigned either.
    const int before = consumed(m_skuA);
    const auto mixed = assign(user, QJsonArray{add(m_skuA).first(), add(bogus).first()}, QJsonArray());
    QCOMPARE(mixed.status, 400);
    QCOMPARE(consumed(m_skuA), before);
    QVERIFY(licences(user).isEmpty());
}

void TestGraphLicenses::noSeatsLeft()
{
    const QString user = newUser(QStringLiteral("hans"));
    const auto reply = assign(user, add(m_skuFull), QJsonArray());
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_BadRequest"));
    QCOMPARE(consumed(m_skuFull), 2);
    QVERIFY(licences(user).isEmpty());

    // A one-seat subscription: the first user gets it, the second does not, and a freed seat is reusable.
    const QString oneSeat = TenantFixtures(m_client.tenant()).addSku(QStringLiteral("TDL_ONE"), 1, 0);
    const QString first = newUser(QStringLiteral("ida"));
    const QString second = newUser(QStringLiteral("jon"));
    QCOMPARE(assign(first, add(oneSeat), QJsonArray()).status, 200);
    QCOMPARE(assign(second, add(oneSeat), QJsonArray()).status, 400);
    QCOMPARE(consumed(oneSeat), 1);
    QCOMPARE(assign(first, QJsonArray(), QJsonArray{oneSeat}).status, 200);
    QCOMPARE(assign(second, add(oneSeat), QJsonArray()).status, 200);
    QCOMPARE(consumed(oneSeat), 1);
}

void TestGraphLicenses::bothArraysAreRequired()
{
    const QString user = newUser(QStringLiteral("kaj"));
    const auto reply = m_client.postJson(QStringLiteral("/v1.0/users/%1/assignLicense").arg(user), m_admin,
                                         QJsonObject{{QStringLiteral("addLicenses"), add(m_skuA)}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorMessage(reply),
             QStringLiteral("One or more parameters of the operation 'assignLicense' are missing "
                            "from the request payload. The missing parameters are: removeLicenses."));
    QVERIFY(licences(user).isEmpty());
}

void TestGraphLicenses::malformedSkuIds()
{
    const QString user = newUser(QStringLiteral("lis"));
    const auto notGuid =
        assign(user, add(QStringLiteral("u86tgb54-b296-42f0-b197-1e91e994b900")), QJsonArray());
    QCOMPARE(notGuid.status, 400);
    const auto null =
        assign(user, QJsonArray{QJsonObject{{QStringLiteral("skuId"), QJsonValue::Null}}}, QJsonArray());
    QCOMPARE(null.status, 400);
    QVERIFY(errorMessage(null).contains(QLatin1String("Edm.Guid")));
}

void TestGraphLicenses::technicianOnlyInsideTheirUnit()
{
    Tenant &tenant = m_client.tenant();
    TenantFixtures fixtures(tenant);
    const QString unit = fixtures.addUnit(QStringLiteral("TDL School"));
    const QString technician = newUser(QStringLiteral("tech"));
    fixtures.addRole(technician, DirectoryRoles::LicenseAdministrator,
                     QStringLiteral("/administrativeUnits/") + unit);
    const QString inside = newUser(QStringLiteral("inside"));
    const QString outside = newUser(QStringLiteral("outside"));
    fixtures.addUnitMember(unit, inside);

    const QByteArray token = m_client.mintToken({QStringLiteral("User.ReadWrite.All")}, technician);
    QCOMPARE(assign(inside, add(m_skuA), QJsonArray(), token).status, 200);
    const int before = consumed(m_skuA);
    const auto denied = assign(outside, add(m_skuA), QJsonArray(), token);
    QCOMPARE(denied.status, 403);
    QCOMPARE(errorCode(denied), QStringLiteral("Authorization_RequestDenied"));
    QVERIFY(licences(outside).isEmpty());
    QCOMPARE(consumed(m_skuA), before);

    // A signed-in user without any directory role may not assign licences at all.
    const QString nobody = newUser(QStringLiteral("nobody"));
    QCOMPARE(assign(inside, QJsonArray(), QJsonArray{m_skuA},
                    m_client.mintToken({QStringLiteral("User.ReadWrite.All")}, nobody))
                 .status,
             403);
}

void TestGraphLicenses::permissionsAndMissingUser()
{
    const QString user = newUser(QStringLiteral("mads"));
    const auto readOnly =
        assign(user, add(m_skuA), QJsonArray(), m_client.mintToken({QStringLiteral("User.Read.All")}));
    QCOMPARE(readOnly.status, 403);
    QCOMPARE(errorCode(readOnly), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(assign(user, add(m_skuA), QJsonArray(),
                    m_client.mintToken({QStringLiteral("LicenseAssignment.ReadWrite.All")}))
                 .status,
             200);
    const auto missing = assign(Tenant::newGuid(), add(m_skuA), QJsonArray());
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("Request_ResourceNotFound"));
    const auto get = m_client.get(QStringLiteral("/v1.0/users/%1/assignLicense").arg(user), m_admin);
    QCOMPARE(get.status, 405);
}

void TestGraphLicenses::seededUsersAndSkus()
{
    // A seeded user without a usage location cannot get a seeded licence; one with a location can,
    // while the subscription has free seats.
    Tenant &tenant = m_client.tenant();
    QString skuWithSeats;
    for (const QJsonValue &v : tenant.subscribedSkus) {
        const QJsonObject sku = v.toObject();
        const int free =
            sku.value(QLatin1String("prepaidUnits")).toObject().value(QLatin1String("enabled")).toInt() -
            sku.value(QLatin1String("consumedUnits")).toInt();
        if (free > 0 &&
            !sku.value(QLatin1String("skuPartNumber")).toString().startsWith(QLatin1String("TDL_")))
            skuWithSeats = sku.value(QLatin1String("skuId")).toString();
    }
    QString located, unlocated;
    for (qsizetype i = 0; i < tenant.users.slotCount(); ++i) {
        if (!tenant.users.isAlive(i))
            continue;
        const QJsonObject &u = tenant.users.at(i);
        if (u.value(QLatin1String("userPrincipalName")).toString().startsWith(QLatin1String("tdl.")))
            continue;
        const bool hasLocation = !u.value(QLatin1String("usageLocation")).toString().isEmpty();
        const bool licensed = !u.value(QLatin1String("assignedLicenses")).toArray().isEmpty();
        if (hasLocation && !licensed && located.isEmpty())
            located = u.value(QLatin1String("id")).toString();
        if (!hasLocation && unlocated.isEmpty())
            unlocated = u.value(QLatin1String("id")).toString();
    }
    if (skuWithSeats.isEmpty() || located.isEmpty())
        QSKIP("The seeded tenant has no free seat or no unlicensed user with a usage location");
    const int before = consumed(skuWithSeats);
    QCOMPARE(assign(located, add(skuWithSeats), QJsonArray()).status, 200);
    QCOMPARE(consumed(skuWithSeats), before + 1);
    if (!unlocated.isEmpty()) {
        QCOMPARE(assign(unlocated, add(skuWithSeats), QJsonArray()).status, 400);
        QCOMPARE(consumed(skuWithSeats), before + 1);
    }
}

QTEST_GUILESS_MAIN(TestGraphLicenses)
#include "tst_graphlicenses.moc"
