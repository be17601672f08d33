#include "exchangefixture.h"
#include "sandboxclient.h"
#include "testrealism.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The sandbox's --realism switches on the wire, as a plain HTTPS client sees them: sparse Exchange write
// replies, the rotating Exchange error shapes, the 400 form of an expired delta link, a large group's
// members split across delta pages, faults inside a 200 $batch and the replication lag of a new object.
class TestSandboxRealism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exchangeWritesAnswerSparsely();
    void exchangeErrorsRotateOverThreeShapes();
    void expiredDeltaLinkAnswers400();
    void largeGroupsRepeatOnDeltaPages();
    void batchItemsFailInsideA200();
    void newObjectsAppearAfterTheLag();

private:
    static constexpr int kMembersPerPage = 5;
    static constexpr int kLagMs = 800;
    SandboxClient::Reply folderWrite(const QString &cmdlet, const QString &rights = QString())
    {
        QJsonObject parameters{
            {QStringLiteral("Identity"), m_exo->bjornAddress() + QStringLiteral(":\\Kalender")},
            {QStringLiteral("User"), m_exo->annaAddress()}};
        if (!rights.isEmpty())
            parameters.insert(QStringLiteral("AccessRights"), QJsonArray{rights});
        return m_exo->invoke(m_exo->adminToken(), cmdlet, parameters);
    }
    // Follows a delta round from `path` to its deltaLink; the pages' values.
    QList<QJsonArray> deltaRound(const QString &path, QString *deltaLink)
    {
        QList<QJsonArray> pages;
        QString url = path;
        for (int i = 0; i < 500 && !url.isEmpty(); ++i) {
            const auto reply = m_client->get(url, m_token);
            if (reply.status != 200)
                return {};
            pages.append(reply.json().value(QLatin1String("value")).toArray());
            url = reply.json().value(QLatin1String("@odata.nextLink")).toString();
            *deltaLink = reply.json().value(QLatin1String("@odata.deltaLink")).toString();
        }
        return pages;
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
    QByteArray m_token;
};

void TestSandboxRealism::initTestCase()
{
    SandboxOptions options =
        quickRealismOptions(120, QStringLiteral("exchange-sparse,exchange-errors,delta-400,delta-members=%1,"
                                                "batch-faults=0.5,replication-lag=%2")
                                     .arg(kMembersPerPage)
                                     .arg(kLagMs));
    options.schools = 1;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_exo = std::make_unique<ExchangeFixture>(*m_client);
    m_token = m_client->adminAppToken();
}

void TestSandboxRealism::exchangeWritesAnswerSparsely()
{
    // Two writes in a row: one answers 204 without a body, the other 200 with "value":null.
    const auto add = folderWrite(QStringLiteral("Add-MailboxFolderPermission"), QStringLiteral("Reviewer"));
    const auto set = folderWrite(QStringLiteral("Set-MailboxFolderPermission"), QStringLiteral("Editor"));
    QCOMPARE(QSet<int>({add.status, set.status}), QSet<int>({200, 204}));
    for (const SandboxClient::Reply *reply : {&add, &set}) {
        if (reply->status == 204) {
            QVERIFY(reply->body.isEmpty());
        } else {
            QVERIFY(reply->json().contains(QLatin1String("value")));
            QVERIFY(reply->json().value(QLatin1String("value")).isNull());
        }
    }
    // Reads answer in full.
    const auto get =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-MailboxFolderPermission"),
                      {{QStringLiteral("Identity"), m_exo->bjornAddress() + QStringLiteral(":\\Kalender")}});
    QCOMPARE(get.status, 200);
    QVERIFY(get.json().value(QLatin1String("value")).toArray().size() >= 3);
}

void TestSandboxRealism::exchangeErrorsRotateOverThreeShapes()
{
    // Anna's entry exists (above): each Add- is refused, in the next of the three shapes.
    QSet<QString> shapes;
    for (int i = 0; i < 3; ++i) {
        const auto refused =
            folderWrite(QStringLiteral("Add-MailboxFolderPermission"), QStringLiteral("Reviewer"));
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("Error executing cmdlet"));
        const QJsonArray details = error.value(QLatin1String("details")).toArray();
        const QString detail = details.isEmpty()
                                   ? QString()
                                   : details.at(0).toObject().value(QLatin1String("message")).toString();
        const QJsonObject inner = error.value(QLatin1String("innererror")).toObject();
        QVERIFY(!inner.contains(QLatin1String("internalexception")));
        if (detail.contains(QLatin1String("|UserAlreadyExistsInPermissionEntryException|")) ||
            detail.contains(QLatin1String(".UserAlreadyExistsInPermissionEntryException|")))
            shapes.insert(QStringLiteral("pipe"));
        else if (QJsonDocument::fromJson(detail.toUtf8())
                     .object()
                     .value(QLatin1String("TypeName"))
                     .toString()
                     .endsWith(QLatin1String("UserAlreadyExistsInPermissionEntryException")))
            shapes.insert(QStringLiteral("json"));
        else if (detail.isEmpty() &&
                 inner.value(QLatin1String("type"))
                     .toString()
                     .endsWith(QLatin1String("UserAlreadyExistsInPermissionEntryException")))
            shapes.insert(QStringLiteral("innererror"));
    }
    QCOMPARE(shapes,
             (QSet<QString>{QStringLiteral("pipe"), QStringLiteral("json"), QStringLiteral("innererror")}));
}

void TestSandboxRealism::expiredDeltaLinkAnswers400()
{
    QString link;
    QVERIFY(!deltaRound(QStringLiteral("/v1.0/users/delta?$select=id&$deltatoken=latest"), &link).isEmpty());
    QVERIFY(!link.isEmpty());
    QCOMPARE(m_client->postJson(QStringLiteral("/_sandbox/expire-delta-tokens"), {}, {}).status / 100, 2);
    const auto expired = m_client->get(link, m_token);
    QCOMPARE(expired.status, 400);
    const QJsonObject error = expired.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("syncStateNotFound"));
    QVERIFY(error.value(QLatin1String("message"))
                .toString()
                .startsWith(QLatin1String("The sync state generation is not found.")));
}

void TestSandboxRealism::largeGroupsRepeatOnDeltaPages()
{
    for (const QString &entity : {QStringLiteral("groups"), QStringLiteral("administrativeUnits")}) {
        const bool units = entity == QLatin1String("administrativeUnits");
        QString link;
        const QList<QJsonArray> pages =
            deltaRound(QStringLiteral("/v1.0/%1/delta?$select=displayName,members")
                           .arg(units ? QStringLiteral("directory/administrativeUnits") : entity),
                       &link);
        QVERIFY(!pages.isEmpty());
        QHash<QString, QStringList> members; // container -> members, across pages
        QHash<QString, int> appearances;
        for (const QJsonArray &page : pages) {
            for (const QJsonValue &v : page) {
                const QJsonObject object = v.toObject();
                const QString id = object.value(QLatin1String("id")).toString();
                ++appearances[id];
                const QJsonArray delta = object.value(QLatin1String("members@delta")).toArray();
                QVERIFY(delta.size() <= kMembersPerPage);
                for (const QJsonValue &m : delta)
                    members[id].append(m.toObject().value(QLatin1String("id")).toString());
            }
        }
        const QHash<QString, QStringList> &expected =
            units ? m_client->tenant().unitMembers : m_client->tenant().groupMembers;
        int repeated = 0;
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            QCOMPARE(QSet<QString>(it.value().begin(), it.value().end()).size(),
                     it.value().size()); // once each
            const QStringList live = expected.value(it.key());
            QCOMPARE(it.value().size(),
                     qsizetype(std::count_if(live.begin(), live.end(), [this](const QString &id) {
                         return m_client->tenant().users.find(id) || m_client->tenant().groups.find(id);
                     })));
            if (appearances.value(it.key()) > 1) {
                ++repeated;
                QCOMPARE(appearances.value(it.key()),
                         int((it.value().size() + kMembersPerPage - 1) / kMembersPerPage));
            }
        }
        QVERIFY2(repeated > 0, qPrintable(entity + QStringLiteral(": no container was split")));
    }
}

void TestSandboxRealism::batchItemsFailInsideA200()
{
    QJsonArray requests;
    for (int i = 0; i < 20; ++i)
        requests.append(QJsonObject{{QStringLiteral("id"), QString::number(i)},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("url"), QStringLiteral("/users?$top=1&$select=id")}});
    const auto reply = m_client->postJson(QStringLiteral("/v1.0/$batch"), m_token,
                                          QJsonObject{{QStringLiteral("requests"), requests}});
    QCOMPARE(reply.status, 200);
    QSet<int> statuses;
    for (const QJsonValue &v : reply.json().value(QLatin1String("responses")).toArray())
        statuses.insert(v.toObject().value(QLatin1String("status")).toInt());
    // At a rate of 0.5 over 20 items (seeded): both faults and successes.
    QVERIFY(statuses.contains(200));
    QVERIFY(statuses.contains(503) || statuses.contains(504));
    QVERIFY((statuses - QSet<int>{200, 503, 504}).isEmpty());
}

void TestSandboxRealism::newObjectsAppearAfterTheLag()
{
    const QString upn = QStringLiteral("tdr.lagged@") + m_client->tenant().initialDomain;
    const auto created = m_client->postJson(
        QStringLiteral("/v1.0/users"), m_token,
        QJsonObject{{QStringLiteral("accountEnabled"), true},
                    {QStringLiteral("displayName"), QStringLiteral("tdr.lagged")},
                    {QStringLiteral("mailNickname"), QStringLiteral("tdrlagged")},
                    {QStringLiteral("userPrincipalName"), upn},
                    {QStringLiteral("passwordProfile"),
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("xWwvJ]6NMw+bWH-d")}}}});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QLatin1String("id")).toString();
    const auto early = m_client->get(QStringLiteral("/v1.0/users/") + id, m_token);
    QCOMPARE(early.status, 404);
    QCOMPARE(early.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("Request_ResourceNotFound"));
    const QString listing =
        QStringLiteral("/v1.0/users?$filter=startswith(displayName,'tdr.lagged')&$select=id");
    QCOMPARE(m_client->get(listing, m_token).json().value(QLatin1String("value")).toArray().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/v1.0/users/") + id, m_token).status, 200, 10000);
    QCOMPARE(m_client->get(listing, m_token).json().value(QLatin1String("value")).toArray().size(), 1);
}

QTEST_MAIN(TestSandboxRealism)
#include "tst_sandboxrealism.moc"
