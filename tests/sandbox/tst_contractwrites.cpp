#include "contractprobe.h"
#include "contracttargets.h"
#include "sandboxclient.h"
#include "schemavalidator.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QtTest>

#include <memory>

// Contract tests for writes: what the sandbox answers to creates (users, groups, administrative units),
// assignLicense, the calendarPermission lifecycle and $batch - the batch envelope and every item's body -
// validates against Microsoft's published v1.0 shapes (shared/graph-schema), open types strictly.
class TestContractWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createdItems();
    void calendarPermissionLifecycle();
    void batchResponseAndItsBodies();

private:
    SchemaValidator m_validator;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ContractProbe> m_probe;
    QByteArray m_token;
    ContractTargets m_targets;
};

#define CONTRACT(expression)                                                                                 \
    do {                                                                                                     \
        const QString contractProblems = (expression);                                                       \
        QVERIFY2(contractProblems.isEmpty(), qPrintable(contractProblems));                                  \
    } while (false)

void TestContractWrites::initTestCase()
{
    QVERIFY2(m_validator.schema().isLoaded(), qPrintable(m_validator.schema().loadError()));
    m_validator.setStrictOpenTypes(true);
    SandboxOptions options;
    options.users = 300;
    options.schools = 3;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_probe = std::make_unique<ContractProbe>(*m_client, m_validator);
    m_token = m_client->adminAppToken();
    QString error;
    QVERIFY2(m_targets.find(m_client->tenant(), &error), qPrintable(error));
}

void TestContractWrites::createdItems()
{
    const QString domain = m_client->tenant().initialDomain;
    const auto user = m_client->postJson(
        ContractProbe::graph(QStringLiteral("/users")), m_token,
        QJsonObject{{QStringLiteral("accountEnabled"), true},
                    {QStringLiteral("displayName"), QStringLiteral("Contract Probe")},
                    {QStringLiteral("mailNickname"), QStringLiteral("contract.probe")},
                    {QStringLiteral("userPrincipalName"), QStringLiteral("contract.probe@") + domain},
                    {QStringLiteral("usageLocation"), QStringLiteral("DK")},
                    {QStringLiteral("passwordProfile"),
                     QJsonObject{{QStringLiteral("forceChangePasswordNextSignIn"), true},
                                 {QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")}}}});
    CONTRACT(m_probe->check(QStringLiteral("POST /users"), user, {201},
                            QStringLiteral("poly.microsoft.graph.user")));
    const auto group =
        m_client->postJson(ContractProbe::graph(QStringLiteral("/groups")), m_token,
                           QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Contract Group")},
                                       {QStringLiteral("mailEnabled"), false},
                                       {QStringLiteral("mailNickname"), QStringLiteral("contractgroup")},
                                       {QStringLiteral("securityEnabled"), true}});
    CONTRACT(m_probe->check(QStringLiteral("POST /groups"), group, {201},
                            QStringLiteral("microsoft.graph.group")));
    const auto unit =
        m_client->postJson(ContractProbe::graph(QStringLiteral("/directory/administrativeUnits")), m_token,
                           QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Contract Unit")},
                                       {QStringLiteral("description"), QStringLiteral("contract test")}});
    CONTRACT(m_probe->check(QStringLiteral("POST /directory/administrativeUnits"), unit, {201},
                            QStringLiteral("microsoft.graph.administrativeUnit")));

    // assignLicense answers with the user.
    QString skuGuid;
    for (const QJsonValue &v : m_client->tenant().subscribedSkus) {
        const QJsonObject sku = v.toObject();
        if (sku.value(QLatin1String("prepaidUnits")).toObject().value(QLatin1String("enabled")).toInt() >
            sku.value(QLatin1String("consumedUnits")).toInt())
            skuGuid = sku.value(QLatin1String("skuId")).toString();
    }
    QVERIFY2(!skuGuid.isEmpty(), "the seeded tenant has a subscription with a free seat");
    const QString userId = user.json().value(QLatin1String("id")).toString();
    const auto licensed = m_client->postJson(
        ContractProbe::graph(QStringLiteral("/users/%1/assignLicense").arg(userId)), m_token,
        QJsonObject{{QStringLiteral("addLicenses"),
                     QJsonArray{QJsonObject{{QStringLiteral("skuId"), skuGuid},
                                            {QStringLiteral("disabledPlans"), QJsonArray()}}}},
                    {QStringLiteral("removeLicenses"), QJsonArray()}});
    CONTRACT(m_probe->check(QStringLiteral("POST /users/{id}/assignLicense"), licensed, {200},
                            QStringLiteral("poly.microsoft.graph.user")));
}

void TestContractWrites::calendarPermissionLifecycle()
{
    const QString collection =
        ContractProbe::graph(QStringLiteral("/users/%1/calendar/calendarPermissions").arg(m_targets.userId));
    const QString item = QStringLiteral("GET /users/{id}/calendar/calendarPermissions/{id}");
    const auto created =
        m_client->postJson(collection, m_token,
                           QJsonObject{{QStringLiteral("emailAddress"),
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Delegate")},
                                                    {QStringLiteral("address"), m_targets.delegateUpn}}},
                                       {QStringLiteral("role"), QStringLiteral("read")}});
    // Microsoft documents 200 for this create; 201 would be the OData default.
    CONTRACT(m_probe->check(QStringLiteral("POST calendarPermissions"), created, {200, 201}, item));
    const QString id = created.json().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString url = collection + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    CONTRACT(
        m_probe->check(QStringLiteral("GET calendarPermission"), m_client->get(url, m_token), {200}, item));
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("role"), QStringLiteral("write")}})
                                 .toJson(QJsonDocument::Compact);
    CONTRACT(m_probe->check(QStringLiteral("PATCH calendarPermission"),
                            m_client->request("PATCH", url, m_token, patch), {200}, item));
    QCOMPARE(m_client->request("DELETE", url, m_token).status, 204);
}

void TestContractWrites::batchResponseAndItsBodies()
{
    const QString missing = QStringLiteral("00000000-0000-4000-8000-00000000dead");
    // Each request with the operation its 2xx body must match.
    const QList<QPair<QJsonObject, QString>> requests{
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("/users?$top=3")}}, QStringLiteral("GET /users")},
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("/groups/") + m_targets.groupId}},
         QStringLiteral("GET /groups/{id}")},
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("/users/") + missing}},
         QStringLiteral("GET /users/{id}")},
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("subscribedSkus")}},
         QStringLiteral("GET /subscribedSkus")},
        {QJsonObject{{QStringLiteral("url"),
                      QStringLiteral("/directory/administrativeUnits/%1/members").arg(m_targets.unitId)}},
         QStringLiteral("GET /directory/administrativeUnits/{id}/members")},
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("/users?$top=1000")}},
         QStringLiteral("GET /users")},
        {QJsonObject{{QStringLiteral("url"), QStringLiteral("/users/") + m_targets.spareUserIds.at(2)},
                     {QStringLiteral("method"), QStringLiteral("PATCH")},
                     {QStringLiteral("headers"),
                      QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                     {QStringLiteral("body"),
                      QJsonObject{{QStringLiteral("department"), QStringLiteral("Contract")}}}},
         QString()},
    };
    QJsonArray items;
    for (int i = 0; i < requests.size(); ++i) {
        QJsonObject r = requests.at(i).first;
        r.insert(QStringLiteral("id"), QString::number(i + 1));
        if (!r.contains(QLatin1String("method")))
            r.insert(QStringLiteral("method"), QStringLiteral("GET"));
        items.append(r);
    }
    const QJsonObject batch{{QStringLiteral("requests"), items}};
    CONTRACT(m_probe->checkBody(QStringLiteral("the test's own batch request"), batch,
                                QStringLiteral("batch.request")));
    const auto reply = m_client->postJson(ContractProbe::graph(QStringLiteral("/$batch")), m_token, batch);
    CONTRACT(m_probe->check(QStringLiteral("POST /$batch"), reply, {200}, QStringLiteral("batch.response")));

    const QJsonArray responses = reply.json().value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.size(), requests.size());
    QSet<int> statuses;
    for (const QJsonValue &v : responses) {
        const QJsonObject response = v.toObject();
        const int index = response.value(QLatin1String("id")).toString().toInt() - 1;
        QVERIFY2(index >= 0 && index < requests.size(),
                 qPrintable(response.value(QLatin1String("id")).toString()));
        const int status = response.value(QLatin1String("status")).toInt();
        statuses.insert(status);
        const QString what = QStringLiteral("$batch item %1 (%2)").arg(index + 1).arg(status);
        if (status == 204) {
            QVERIFY2(!response.contains(QLatin1String("body")) ||
                         response.value(QLatin1String("body")).toObject().isEmpty(),
                     qPrintable(what));
            continue;
        }
        const QString contract = status >= 200 && status < 300
                                     ? requests.at(index).second
                                     : QStringLiteral("(any non-2xx JSON error body)");
        CONTRACT(m_probe->checkBody(what, response.value(QLatin1String("body")), contract));
    }
    QVERIFY2(statuses.contains(200) && statuses.contains(404) && statuses.contains(400) &&
                 statuses.contains(204),
             "the batch mixes successes, a 404, a 400 and a 204");
}

QTEST_GUILESS_MAIN(TestContractWrites)
#include "tst_contractwrites.moc"
