#include "graphdirectoryfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

// JSON batching (POST /v1.0/$batch): item URLs in every form clients send, per-item status/headers/body,
// dependsOn with 424 for failed dependencies, the 20-request limit, per-item throttling, and the sandbox
// control endpoints tests use to shape the server.
class TestGraphBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void itemsRunWithTheBatchCaller();
    void dependsOnSequencesAndFails();
    void batchShapeIsChecked();
    void eachItemIsThrottled();
    void controlEndpoints();

private:
    SandboxClient::Reply batch(const QJsonArray &requests, const QByteArray &token)
    {
        return m_client->postJson(QStringLiteral("/v1.0/$batch"), token,
                                  QJsonObject{{QStringLiteral("requests"), requests}});
    }
    static QJsonObject item(const QString &id, const QString &method, const QString &url)
    {
        return QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    }
    static QJsonObject response(const SandboxClient::Reply &reply, const QString &id)
    {
        for (const QJsonValue &v : reply.json().value(QLatin1String("responses")).toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        }
        return QJsonObject();
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GraphDirectoryFixture> m_fixture;
    QByteArray m_token;
};

void TestGraphBatch::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_fixture = std::make_unique<GraphDirectoryFixture>(*m_client, 120);
    m_token = m_fixture->appToken();
}

void TestGraphBatch::init()
{
    m_client->sandbox().server().throttle().setProfile(QStringLiteral("off"));
}

void TestGraphBatch::itemsRunWithTheBatchCaller()
{
    const QString id = m_fixture->userIds().at(3);
    QJsonObject update = item(QStringLiteral("3"), QStringLiteral("PATCH"), QStringLiteral("/users/") + id);
    update.insert(QStringLiteral("body"),
                  QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Batch Teacher")}});
    update.insert(QStringLiteral("headers"),
                  QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
    QJsonObject counted =
        item(QStringLiteral("5"), QStringLiteral("GET"),
             QStringLiteral("users?$select=id,displayName&$filter=city eq null&$count=true&$top=2"));
    counted.insert(QStringLiteral("headers"),
                   QJsonObject{{QStringLiteral("ConsistencyLevel"), QStringLiteral("eventual")}});
    const auto reply = batch(
        QJsonArray{
            item(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/users/") + id),
            item(QStringLiteral("2"), QStringLiteral("GET"),
                 QStringLiteral("/v1.0/groups/") + m_fixture->classGroupId),
            update,
            item(QStringLiteral("4"), QStringLiteral("GET"), QStringLiteral("/users/nobody@nowhere.example")),
            counted,
            item(QStringLiteral("6"), QStringLiteral("GET"),
                 QStringLiteral("https://graph.microsoft.com/v1.0/users/%1?$select=jobTitle").arg(id))},
        m_token);
    QCOMPARE(reply.status, 200);
    const QJsonArray responses = reply.json().value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.size(), 6);
    const QJsonObject first = response(reply, QStringLiteral("1"));
    QCOMPARE(first.value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(first.value(QLatin1String("body")).toObject().value(QLatin1String("id")).toString(), id);
    QVERIFY(first.value(QLatin1String("headers"))
                .toObject()
                .value(QLatin1String("Content-Type"))
                .toString()
                .startsWith(QLatin1String("application/json")));
    QCOMPARE(response(reply, QStringLiteral("2")).value(QLatin1String("status")).toInt(), 200);
    const QJsonObject patched = response(reply, QStringLiteral("3"));
    QCOMPARE(patched.value(QLatin1String("status")).toInt(), 204);
    QVERIFY(!patched.contains(QLatin1String("body")));
    const QJsonObject missing = response(reply, QStringLiteral("4"));
    QCOMPARE(missing.value(QLatin1String("status")).toInt(), 404);
    QCOMPARE(missing.value(QLatin1String("body"))
                 .toObject()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("Request_ResourceNotFound"));
    const QJsonObject withCount = response(reply, QStringLiteral("5"));
    QCOMPARE(withCount.value(QLatin1String("status")).toInt(), 200);
    QVERIFY(withCount.value(QLatin1String("body")).toObject().contains(QLatin1String("@odata.count")));
    QCOMPARE(response(reply, QStringLiteral("6"))
                 .value(QLatin1String("body"))
                 .toObject()
                 .value(QLatin1String("jobTitle"))
                 .toString(),
             QStringLiteral("Batch Teacher"));

    // Items are authorised with the batch's own caller.
    const auto readOnly = batch(QJsonArray{update}, m_fixture->readOnlyToken());
    QCOMPARE(readOnly.status, 200);
    QCOMPARE(response(readOnly, QStringLiteral("3")).value(QLatin1String("status")).toInt(), 403);
}

void TestGraphBatch::dependsOnSequencesAndFails()
{
    const QString group = m_fixture->securityGroupId;
    QJsonObject add = item(QStringLiteral("add"), QStringLiteral("POST"),
                           QStringLiteral("/groups/%1/members/$ref").arg(group));
    add.insert(QStringLiteral("body"),
               QJsonObject{{QStringLiteral("@odata.id"),
                            QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") +
                                m_fixture->userIds().at(50)}});
    add.insert(QStringLiteral("headers"),
               QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
    QJsonObject list =
        item(QStringLiteral("list"), QStringLiteral("GET"), QStringLiteral("/groups/%1/members").arg(group));
    list.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("add")});
    QJsonObject again = add;
    again.insert(QStringLiteral("id"), QStringLiteral("again"));
    again.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("list")});
    QJsonObject after =
        item(QStringLiteral("after"), QStringLiteral("GET"), QStringLiteral("/groups/") + group);
    after.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("again")});
    // Listed out of order on purpose: dependencies decide the order.
    const auto reply = batch(QJsonArray{after, list, again, add}, m_token);
    QCOMPARE(reply.status, 200);
    QCOMPARE(response(reply, QStringLiteral("add")).value(QLatin1String("status")).toInt(), 204);
    const QJsonArray members = response(reply, QStringLiteral("list"))
                                   .value(QLatin1String("body"))
                                   .toObject()
                                   .value(QLatin1String("value"))
                                   .toArray();
    QVERIFY(GraphDirectoryFixture::ids(members).contains(m_fixture->userIds().at(50)));
    QCOMPARE(response(reply, QStringLiteral("again")).value(QLatin1String("status")).toInt(), 400);
    const QJsonObject failed = response(reply, QStringLiteral("after"));
    QCOMPARE(failed.value(QLatin1String("status")).toInt(), 424);
    QVERIFY(failed.value(QLatin1String("body")).toObject().contains(QLatin1String("error")));
}

void TestGraphBatch::batchShapeIsChecked()
{
    QJsonArray tooMany;
    for (int i = 1; i <= 21; ++i)
        tooMany.append(item(QString::number(i), QStringLiteral("GET"), QStringLiteral("/users?$top=1")));
    const auto refused = batch(tooMany, m_token);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("BadRequest"));
    tooMany.removeLast();
    QCOMPARE(batch(tooMany, m_token).status, 200);

    QCOMPARE(batch(QJsonArray{item(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/users")),
                              item(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/groups"))},
                   m_token)
                 .status,
             400);
    QJsonObject noType = item(QStringLiteral("1"), QStringLiteral("PATCH"),
                              QStringLiteral("/users/") + m_fixture->userIds().at(1));
    noType.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("x")}});
    QCOMPARE(batch(QJsonArray{noType}, m_token).status, 400);
    QJsonObject unknownDependency =
        item(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/users"));
    unknownDependency.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("9")});
    QCOMPARE(batch(QJsonArray{unknownDependency}, m_token).status, 400);
    QCOMPARE(batch(QJsonArray(), m_token).status, 400);
    QCOMPARE(m_client->request("POST", QStringLiteral("/v1.0/$batch"), m_token, QByteArray("[1,2")).status,
             400);
    QCOMPARE(batch(QJsonArray{item(QStringLiteral("1"), QStringLiteral("GET"), QStringLiteral("/users"))},
                   QByteArray())
                 .status,
             401);
}

void TestGraphBatch::eachItemIsThrottled()
{
    m_client->sandbox().server().throttle().setProfile(QStringLiteral("storm"));
    QJsonArray requests;
    for (int i = 1; i <= 20; ++i)
        requests.append(item(QString::number(i), QStringLiteral("GET"),
                             QStringLiteral("/users/") + m_fixture->userIds().at(i)));
    const auto reply = batch(requests, m_token);
    QCOMPARE(reply.status, 200);
    int ok = 0, throttled = 0;
    for (const QJsonValue &v : reply.json().value(QLatin1String("responses")).toArray()) {
        const QJsonObject r = v.toObject();
        const int status = r.value(QLatin1String("status")).toInt();
        if (status == 200) {
            ++ok;
        } else {
            QCOMPARE(status, 429);
            ++throttled;
            QVERIFY(r.value(QLatin1String("headers"))
                        .toObject()
                        .value(QLatin1String("Retry-After"))
                        .toString()
                        .toInt() >= 1);
            QCOMPARE(r.value(QLatin1String("body"))
                         .toObject()
                         .value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("code"))
                         .toString(),
                     QStringLiteral("TooManyRequests"));
        }
    }
    QVERIFY2(ok > 0 && throttled > 0,
             qPrintable(QStringLiteral("%1 ok, %2 throttled").arg(ok).arg(throttled)));
}

void TestGraphBatch::controlEndpoints()
{
    const auto stats = m_client->get(QStringLiteral("/_sandbox/stats"), QByteArray());
    QCOMPARE(stats.status, 200);
    QVERIFY(stats.json().value(QLatin1String("requests")).toDouble() > 10);
    QCOMPARE(stats.json().value(QLatin1String("users")).toInt(), int(m_client->tenant().users.aliveCount()));

    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/throttle"), QByteArray(),
                            QJsonObject{{QStringLiteral("profile"), QStringLiteral("storm")}})
                 .status,
             204);
    QCOMPARE(m_client->sandbox().server().throttle().profile(), QStringLiteral("storm"));
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/throttle"), QByteArray(),
                            QJsonObject{{QStringLiteral("profile"), QStringLiteral("hurricane")}})
                 .status,
             400);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/throttle"), QByteArray(),
                            QJsonObject{{QStringLiteral("profile"), QStringLiteral("off")}})
                 .status,
             204);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/faults"), QByteArray(),
                            QJsonObject{{QStringLiteral("spec"), QStringLiteral("503=2")}})
                 .status,
             400);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/faults"), QByteArray(),
                            QJsonObject{{QStringLiteral("spec"), QStringLiteral("503=1")}})
                 .status,
             204);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users?$top=1"), m_token).status, 503);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/faults"), QByteArray(),
                            QJsonObject{{QStringLiteral("spec"), QString()}})
                 .status,
             204);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users?$top=1"), m_token).status, 200);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/latency"), QByteArray(),
                            QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 1}})
                 .status,
             204);
    QCOMPARE(m_client
                 ->postJson(QStringLiteral("/_sandbox/latency"), QByteArray(),
                            QJsonObject{{QStringLiteral("min"), 5}, {QStringLiteral("max"), 1}})
                 .status,
             400);
    const auto touched = m_client->postJson(QStringLiteral("/_sandbox/touch-users"), QByteArray(),
                                            QJsonObject{{QStringLiteral("count"), 7}});
    QCOMPARE(touched.status, 200);
    QCOMPARE(touched.json().value(QLatin1String("ids")).toArray().size(), 7);
    QCOMPARE(m_client->get(QStringLiteral("/_sandbox/nothing"), QByteArray()).status, 404);
}

QTEST_GUILESS_MAIN(TestGraphBatch)
#include "tst_graphbatch.moc"
