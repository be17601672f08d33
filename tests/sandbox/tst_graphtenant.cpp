// GET /organization, /subscribedSkus and GET/PATCH /policies/authorizationPolicy against the sandbox.
#include "sandboxclient.h"
#include "schemavalidator.h"
#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestGraphTenant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void organizationIsACollectionOfOne();
    void organizationById();
    void organizationWithUserReadOnlyShowsBasics();
    void organizationNeedsPermission();
    void subscribedSkusList();
    void subscribedSkusSelect();
    void subscribedSkusRejectsFilter();
    void subscribedSkuById();
    void authorizationPolicyGet();
    void authorizationPolicyPatch();
    void authorizationPolicyPatchValidates();
    void authorizationPolicyPatchNeedsPermissionAndRole();

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
    QByteArray app(const QStringList &permissions) { return m_client.mintToken(permissions); }

    SandboxClient m_client;
    SchemaValidator m_schema;
    QString m_skuId;
    QString m_globalAdminId;
    QString m_plainUserId;
};

void TestGraphTenant::initTestCase()
{
    QVERIFY2(m_client.isRunning(), qPrintable(m_client.startError()));
    QVERIFY2(m_schema.schema().isLoaded(), qPrintable(m_schema.schema().loadError()));
    Tenant &tenant = m_client.tenant();
    if (tenant.tenantId.isEmpty())
        tenant.tenantId = Tenant::newGuid();
    if (tenant.initialDomain.isEmpty())
        tenant.initialDomain = QStringLiteral("tdtest.onmicrosoft.com");
    TenantFixtures fixtures(tenant);
    m_skuId = fixtures.addSku(
        QStringLiteral("STANDARDWOFFPACK_STUDENT"), 25, 14,
        QJsonArray{QJsonObject{{QStringLiteral("servicePlanId"), Tenant::newGuid()},
                               {QStringLiteral("servicePlanName"), QStringLiteral("EXCHANGE_S_STANDARD")},
                               {QStringLiteral("provisioningStatus"), QStringLiteral("Success")},
                               {QStringLiteral("appliesTo"), QStringLiteral("User")}}});
    m_globalAdminId =
        fixtures.addUser(QStringLiteral("tdt.admin@") + tenant.initialDomain, QStringLiteral("Tenant Admin"));
    fixtures.addRole(m_globalAdminId, DirectoryRoles::GlobalAdministrator);
    m_plainUserId =
        fixtures.addUser(QStringLiteral("tdt.pupil@") + tenant.initialDomain, QStringLiteral("Plain Pupil"));
}

void TestGraphTenant::organizationIsACollectionOfOne()
{
    const auto reply =
        m_client.get(QStringLiteral("/v1.0/organization"), app({QStringLiteral("Organization.Read.All")}));
    QCOMPARE(reply.status, 200);
    const QJsonArray value = reply.json().value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 1);
    const QJsonObject org = value.first().toObject();
    QCOMPARE(org.value(QLatin1String("id")).toString(), m_client.tenant().tenantId);
    QVERIFY(!org.value(QLatin1String("verifiedDomains")).toArray().isEmpty());
    QVERIFY(reply.json()
                .value(QLatin1String("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#organization")));
}

void TestGraphTenant::organizationById()
{
    const QByteArray token = app({QStringLiteral("Directory.Read.All")});
    const auto reply =
        m_client.get(QStringLiteral("/v1.0/organization/") + m_client.tenant().tenantId, token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("id")).toString(), m_client.tenant().tenantId);

    const auto missing = m_client.get(QStringLiteral("/v1.0/organization/") + Tenant::newGuid(), token);
    QCOMPARE(missing.status, 404);
    QCOMPARE(errorCode(missing), QStringLiteral("Request_ResourceNotFound"));
    validate(missing.json(), QStringLiteral("odata.error"));
}

void TestGraphTenant::organizationWithUserReadOnlyShowsBasics()
{
    const auto reply = m_client.get(QStringLiteral("/v1.0/organization"),
                                    m_client.mintToken({QStringLiteral("User.Read")}, m_plainUserId));
    QCOMPARE(reply.status, 200);
    const QJsonObject org = reply.json().value(QLatin1String("value")).toArray().first().toObject();
    QStringList keys = org.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("displayName"), QStringLiteral("id"),
                                QStringLiteral("verifiedDomains")}));
}

void TestGraphTenant::organizationNeedsPermission()
{
    const auto reply =
        m_client.get(QStringLiteral("/v1.0/organization"), app({QStringLiteral("Calendars.Read")}));
    QCOMPARE(reply.status, 403);
    QCOMPARE(errorCode(reply), QStringLiteral("Authorization_RequestDenied"));
    QCOMPARE(reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("Insufficient privileges to complete the operation."));
    validate(reply.json(), QStringLiteral("odata.error"));
}

void TestGraphTenant::subscribedSkusList()
{
    const auto reply =
        m_client.get(QStringLiteral("/v1.0/subscribedSkus"), app({QStringLiteral("Organization.Read.All")}));
    QCOMPARE(reply.status, 200);
    validate(reply.json(), QStringLiteral("microsoft.graph.subscribedSkuCollectionResponse"));
    bool found = false;
    for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray()) {
        const QJsonObject sku = v.toObject();
        if (sku.value(QLatin1String("skuId")).toString() != m_skuId)
            continue;
        found = true;
        QCOMPARE(sku.value(QLatin1String("consumedUnits")).toInt(), 14);
        QCOMPARE(sku.value(QLatin1String("prepaidUnits")).toObject().value(QLatin1String("enabled")).toInt(),
                 25);
        QCOMPARE(sku.value(QLatin1String("id")).toString(),
                 m_client.tenant().tenantId + QLatin1Char('_') + m_skuId);
    }
    QVERIFY(found);
    QVERIFY(!reply.json().contains(QLatin1String("@odata.nextLink")));

    // The Microsoft example itself is what a client must handle; the sandbox shape agrees with its schema.
    const auto none =
        m_client.get(QStringLiteral("/v1.0/subscribedSkus"), app({QStringLiteral("User.Read.All")}));
    QCOMPARE(none.status, 403);
}

void TestGraphTenant::subscribedSkusSelect()
{
    const auto reply = m_client.get(QStringLiteral("/v1.0/subscribedSkus?$select=skuId,consumedUnits"),
                                    app({QStringLiteral("Organization.Read.All")}));
    QCOMPARE(reply.status, 200);
    for (const QJsonValue &v : reply.json().value(QLatin1String("value")).toArray()) {
        QStringList keys = v.toObject().keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("consumedUnits"), QStringLiteral("skuId")}));
    }
    const auto bad = m_client.get(QStringLiteral("/v1.0/subscribedSkus?$select=nonsense"),
                                  app({QStringLiteral("Organization.Read.All")}));
    QCOMPARE(bad.status, 400);
}

void TestGraphTenant::subscribedSkusRejectsFilter()
{
    const auto reply = m_client.get(QStringLiteral("/v1.0/subscribedSkus?$filter=skuPartNumber%20eq%20'X'"),
                                    app({QStringLiteral("Organization.Read.All")}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("Request_UnsupportedQuery"));
    validate(reply.json(), QStringLiteral("odata.error"));
}

void TestGraphTenant::subscribedSkuById()
{
    const QByteArray token = app({QStringLiteral("Organization.Read.All")});
    const QString id = m_client.tenant().tenantId + QLatin1Char('_') + m_skuId;
    const auto reply = m_client.get(QStringLiteral("/v1.0/subscribedSkus/") + id, token);
    QCOMPARE(reply.status, 200);
    validate(reply.json(), QStringLiteral("microsoft.graph.subscribedSku"));
    QCOMPARE(reply.json().value(QLatin1String("skuPartNumber")).toString(),
             QStringLiteral("STANDARDWOFFPACK_STUDENT"));
    const auto missing = m_client.get(QStringLiteral("/v1.0/subscribedSkus/") + m_client.tenant().tenantId +
                                          QLatin1Char('_') + Tenant::newGuid(),
                                      token);
    QCOMPARE(missing.status, 404);
}

void TestGraphTenant::authorizationPolicyGet()
{
    const auto reply = m_client.get(QStringLiteral("/v1.0/policies/authorizationPolicy"),
                                    app({QStringLiteral("Policy.Read.All")}));
    QCOMPARE(reply.status, 200);
    const QJsonObject policy = reply.json();
    validate(policy, QStringLiteral("microsoft.graph.authorizationPolicy"));
    QCOMPARE(policy.value(QLatin1String("id")).toString(), QStringLiteral("authorizationPolicy"));
    QVERIFY(!policy.contains(QLatin1String("value"))); // v1.0: the object itself, not a collection
    QVERIFY(policy.value(QLatin1String("allowEmailVerifiedUsersToJoinOrganization")).isBool());
    QVERIFY(policy.value(QLatin1String("allowedToSignUpEmailBasedSubscriptions")).isBool());

    const auto denied = m_client.get(QStringLiteral("/v1.0/policies/authorizationPolicy"),
                                     app({QStringLiteral("User.Read.All")}));
    QCOMPARE(denied.status, 403);
}

void TestGraphTenant::authorizationPolicyPatch()
{
    const QByteArray token = app({QStringLiteral("Policy.ReadWrite.Authorization")});
    const QByteArray body =
        R"({"allowEmailVerifiedUsersToJoinOrganization":false,"allowedToSignUpEmailBasedSubscriptions":false,
                               "defaultUserRolePermissions":{"allowedToCreateApps":false}})";
    const auto patch =
        m_client.request("PATCH", QStringLiteral("/v1.0/policies/authorizationPolicy"), token, body);
    QCOMPARE(patch.status, 204);
    QVERIFY(patch.body.isEmpty());

    const auto reply = m_client.get(QStringLiteral("/v1.0/policies/authorizationPolicy"), token);
    QCOMPARE(reply.status, 200);
    const QJsonObject policy = reply.json();
    validate(policy, QStringLiteral("microsoft.graph.authorizationPolicy"));
    QCOMPARE(policy.value(QLatin1String("allowEmailVerifiedUsersToJoinOrganization")).toBool(true), false);
    QCOMPARE(policy.value(QLatin1String("allowedToSignUpEmailBasedSubscriptions")).toBool(true), false);
    const QJsonObject permissions = policy.value(QLatin1String("defaultUserRolePermissions")).toObject();
    QCOMPARE(permissions.value(QLatin1String("allowedToCreateApps")).toBool(true), false);
    QVERIFY(permissions.contains(QLatin1String("allowedToReadOtherUsers"))); // the rest was kept
    QCOMPARE(m_client.tenant()
                 .authorizationPolicy.value(QLatin1String("allowEmailVerifiedUsersToJoinOrganization"))
                 .toBool(true),
             false);
}

void TestGraphTenant::authorizationPolicyPatchValidates()
{
    const QByteArray token = app({QStringLiteral("Policy.ReadWrite.Authorization")});
    const QJsonObject before =
        m_client.get(QStringLiteral("/v1.0/policies/authorizationPolicy"), token).json();
    const QList<QByteArray> bodies{
        R"({"allowEmailVerifiedUsersToJoinOrganization":"no"})",
        R"({"allowEmailVerifiedUsersToJoinOrganization":false,"selfServiceSignUp":true})",
        R"({"allowInvitesFrom":"anyone"})",
        R"({"defaultUserRolePermissions":{"allowedToFly":true}})",
        R"({"id":"other"})",
        "not json"};
    for (const QByteArray &body : bodies) {
        const auto reply =
            m_client.request("PATCH", QStringLiteral("/v1.0/policies/authorizationPolicy"), token, body);
        QVERIFY2(reply.status == 400, body.constData());
        validate(reply.json(), QStringLiteral("odata.error"));
    }
    // Nothing of a rejected request was applied.
    QJsonObject after = m_client.get(QStringLiteral("/v1.0/policies/authorizationPolicy"), token).json();
    QCOMPARE(after, before);
}

void TestGraphTenant::authorizationPolicyPatchNeedsPermissionAndRole()
{
    const QByteArray body = R"({"allowedToUseSSPR":false})";
    const auto readOnly = m_client.request("PATCH", QStringLiteral("/v1.0/policies/authorizationPolicy"),
                                           app({QStringLiteral("Policy.Read.All")}), body);
    QCOMPARE(readOnly.status, 403);
    QCOMPARE(errorCode(readOnly), QStringLiteral("Authorization_RequestDenied"));

    const auto plainUser = m_client.request(
        "PATCH", QStringLiteral("/v1.0/policies/authorizationPolicy"),
        m_client.mintToken({QStringLiteral("Policy.ReadWrite.Authorization")}, m_plainUserId), body);
    QCOMPARE(plainUser.status, 403);

    const auto admin = m_client.request(
        "PATCH", QStringLiteral("/v1.0/policies/authorizationPolicy"),
        m_client.mintToken({QStringLiteral("Policy.ReadWrite.Authorization")}, m_globalAdminId), body);
    QCOMPARE(admin.status, 204);
    QCOMPARE(m_client.tenant().authorizationPolicy.value(QLatin1String("allowedToUseSSPR")).toBool(true),
             false);
}

QTEST_GUILESS_MAIN(TestGraphTenant)
#include "tst_graphtenant.moc"
