#include "graphdirectoryfixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/graph/graphdeltaendpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QtTest>

#include <memory>

// Delta queries on users and groups: the initial round in server-sized pages ending in a deltaLink, the
// replay of updates, soft and hard deletes and restores, $select and id filters kept in the tokens,
// $deltatoken=latest, expired tokens (410 syncStateNotFound) and members@delta on groups.
class TestGraphDelta : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initialRoundPagesToADeltaLink();
    void replayShowsEveryKindOfChange();
    void largeReplayIsPaged();
    void latestStartsFromNow();
    void idFilterLimitsTheObjects();
    void expiredTokenAnswers410();
    void malformedTokenIsRejected();
    void groupsDeltaCarriesMembersDelta();
    void directoryObjectsAndUnitsDelta();

private:
    struct Round
    {
        QJsonArray items;
        QString deltaLink;
        int pages = 0;
        QList<int> pageSizes;
    };
    // Follows nextLinks from `url` to the deltaLink.
    bool walk(const QString &url, Round *round, QString *error);
    QJsonObject byId(const QJsonArray &items, const QString &id) const;
    SandboxClient::Reply post(const QString &path, const QJsonObject &body = QJsonObject())
    {
        return m_client->request("POST", path, m_token, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GraphDirectoryFixture> m_fixture;
    QByteArray m_token;
};

void TestGraphDelta::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_fixture = std::make_unique<GraphDirectoryFixture>(*m_client, 1000);
    m_token = m_fixture->appToken();
}

bool TestGraphDelta::walk(const QString &url, Round *round, QString *error)
{
    QString next = url;
    while (round->pages < 100) {
        const auto reply = m_client->get(next, m_token);
        ++round->pages;
        if (reply.status != 200) {
            *error = QStringLiteral("GET %1 -> %2 %3")
                         .arg(next)
                         .arg(reply.status)
                         .arg(QString::fromUtf8(reply.body));
            return false;
        }
        const QJsonObject page = reply.json();
        const QJsonArray value = page.value(QLatin1String("value")).toArray();
        round->pageSizes.append(int(value.size()));
        for (const QJsonValue &v : value)
            round->items.append(v);
        if (page.contains(QLatin1String("@odata.deltaLink"))) {
            if (page.contains(QLatin1String("@odata.nextLink"))) {
                *error = QStringLiteral("a page with both links");
                return false;
            }
            round->deltaLink = page.value(QLatin1String("@odata.deltaLink")).toString();
            return true;
        }
        next = page.value(QLatin1String("@odata.nextLink")).toString();
        // An absolute link to the same delta collection, carrying only the opaque $skiptoken.
        if (!next.startsWith(m_client->baseUrl()) || QUrl(next).path() != QUrl(url).path() ||
            !next.contains(QLatin1String("/delta?$skiptoken="))) {
            *error = QStringLiteral("unexpected nextLink: ") + next;
            return false;
        }
    }
    *error = QStringLiteral("no deltaLink after 100 pages");
    return false;
}

QJsonObject TestGraphDelta::byId(const QJsonArray &items, const QString &id) const
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return QJsonObject();
}

void TestGraphDelta::initialRoundPagesToADeltaLink()
{
    Round round;
    QString error;
    QVERIFY2(
        walk(QStringLiteral("/v1.0/users/delta?$select=displayName,jobTitle,accountEnabled"), &round, &error),
        qPrintable(error));
    const qsizetype alive = m_client->tenant().users.aliveCount();
    QCOMPARE(round.items.size(), alive);
    QCOMPARE(round.pages, int((alive + GraphDeltaEndpoints::kPageSize - 1) / GraphDeltaEndpoints::kPageSize));
    QCOMPARE(round.pageSizes.first(), GraphDeltaEndpoints::kPageSize);
    const QStringList ids = GraphDirectoryFixture::ids(round.items);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QStringList keys = round.items.first().toObject().keys();
    keys.sort();
    QCOMPARE(keys, QStringList({"accountEnabled", "displayName", "id", "jobTitle"}));
    QVERIFY(
        round.deltaLink.startsWith(m_client->baseUrl() + QStringLiteral("/v1.0/users/delta?$deltatoken=")));

    const auto first = m_client->get(QStringLiteral("/v1.0/users/delta?$select=displayName"), m_token);
    QCOMPARE(first.json().value(QLatin1String("@odata.context")).toString(),
             m_client->baseUrl() + QStringLiteral("/v1.0/$metadata#users(displayName)"));
    // Nothing changed: the deltaLink replays nothing and hands out a new deltaLink.
    const auto quiet = m_client->get(round.deltaLink, m_token);
    QCOMPARE(quiet.status, 200);
    QVERIFY(quiet.json().value(QLatin1String("value")).toArray().isEmpty());
    QVERIFY(quiet.json().contains(QLatin1String("@odata.deltaLink")));
}

void TestGraphDelta::replayShowsEveryKindOfChange()
{
    const QStringList users = m_fixture->userIds();
    const QString changed = users.at(100), softDeleted = users.at(101), purged = users.at(102),
                  restored = users.at(103);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + restored, m_token).status, 204);

    Round initial;
    QString error;
    QVERIFY2(walk(QStringLiteral("/v1.0/users/delta?$select=displayName,jobTitle"), &initial, &error),
             qPrintable(error));
    QVERIFY(byId(initial.items, restored).isEmpty());

    QCOMPARE(
        m_client
            ->request("PATCH", QStringLiteral("/v1.0/users/") + changed, m_token,
                      QJsonDocument(QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Principal")}})
                          .toJson())
            .status,
        204);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + softDeleted, m_token).status, 204);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + purged, m_token).status, 204);
    QCOMPARE(
        m_client->request("DELETE", QStringLiteral("/v1.0/directory/deletedItems/") + purged, m_token).status,
        204);
    QCOMPARE(post(QStringLiteral("/v1.0/directory/deletedItems/%1/restore").arg(restored)).status, 200);

    Round replay;
    QVERIFY2(walk(initial.deltaLink, &replay, &error), qPrintable(error));
    QCOMPARE(replay.items.size(), 4);
    const QJsonObject c = byId(replay.items, changed);
    QCOMPARE(c.value(QLatin1String("jobTitle")).toString(), QStringLiteral("Principal"));
    QVERIFY(c.contains(QLatin1String("displayName"))); // all selected properties, not only the changed one
    QVERIFY(!c.contains(QLatin1String("mail")));
    const QJsonObject s = byId(replay.items, softDeleted);
    QCOMPARE(s.value(QLatin1String("@removed")).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("changed"));
    QCOMPARE(s.keys().size(), 2);
    const QJsonObject p = byId(replay.items, purged);
    QCOMPARE(p.value(QLatin1String("@removed")).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("deleted"));
    const QJsonObject r = byId(replay.items, restored);
    QVERIFY(!r.contains(QLatin1String("@removed")));
    QVERIFY(!r.value(QLatin1String("displayName")).toString().isEmpty());
    // The restored user has its own name back, without the deleted-items prefix.
    const auto restoredUser = m_client->get(QStringLiteral("/v1.0/users/") + restored, m_token);
    QCOMPARE(restoredUser.json().value(QLatin1String("userPrincipalName")).toString(),
             m_fixture->user(restored).value(QLatin1String("userPrincipalName")).toString());
    QVERIFY(restoredUser.json()
                .value(QLatin1String("userPrincipalName"))
                .toString()
                .startsWith(QLatin1String("tdd.")));

    Round after;
    QVERIFY2(walk(replay.deltaLink, &after, &error), qPrintable(error));
    QVERIFY(after.items.isEmpty());
}

void TestGraphDelta::largeReplayIsPaged()
{
    Round initial;
    QString error;
    QVERIFY2(walk(QStringLiteral("/v1.0/users/delta?$select=jobTitle"), &initial, &error), qPrintable(error));
    const auto touched =
        post(QStringLiteral("/_sandbox/touch-users"), QJsonObject{{QStringLiteral("count"), 450}});
    QCOMPARE(touched.status, 200);
    const QJsonArray touchedIds = touched.json().value(QLatin1String("ids")).toArray();
    QCOMPARE(touchedIds.size(), 450);
    Round replay;
    QVERIFY2(walk(initial.deltaLink, &replay, &error), qPrintable(error));
    QCOMPARE(replay.pageSizes, QList<int>({200, 200, 50}));
    const QStringList ids = GraphDirectoryFixture::ids(replay.items);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 450);
    for (const QJsonValue &id : touchedIds) {
        const QJsonObject item = byId(replay.items, id.toString());
        QCOMPARE(item.value(QLatin1String("jobTitle")).toString(),
                 m_fixture->user(id.toString()).value(QLatin1String("jobTitle")).toString());
    }
}

void TestGraphDelta::latestStartsFromNow()
{
    const auto latest =
        m_client->get(QStringLiteral("/v1.0/users/delta?$deltatoken=latest&$select=displayName"), m_token);
    QCOMPARE(latest.status, 200);
    QVERIFY(latest.json().value(QLatin1String("value")).toArray().isEmpty());
    const QString link = latest.json().value(QLatin1String("@odata.deltaLink")).toString();
    QVERIFY(!link.isEmpty());
    const QString id = m_fixture->userIds().at(200);
    QCOMPARE(m_client
                 ->request("PATCH", QStringLiteral("/v1.0/users/") + id, m_token,
                           QJsonDocument(
                               QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Renamed Pupil")}})
                               .toJson())
                 .status,
             204);
    Round replay;
    QString error;
    QVERIFY2(walk(link, &replay, &error), qPrintable(error));
    QCOMPARE(replay.items.size(), 1);
    QCOMPARE(replay.items.first().toObject().value(QLatin1String("displayName")).toString(),
             QStringLiteral("Renamed Pupil"));
}

void TestGraphDelta::idFilterLimitsTheObjects()
{
    const QString a = m_fixture->userIds().at(300), b = m_fixture->userIds().at(301);
    const QString filter = QStringLiteral("id eq '%1' or id eq '%2'").arg(a, b);
    Round initial;
    QString error;
    QVERIFY2(walk(QStringLiteral("/v1.0/users/delta?$filter=") +
                      QString::fromLatin1(QUrl::toPercentEncoding(filter)),
                  &initial, &error),
             qPrintable(error));
    QStringList ids = GraphDirectoryFixture::ids(initial.items);
    ids.sort();
    QStringList want{a, b};
    want.sort();
    QCOMPARE(ids, want);
    post(QStringLiteral("/_sandbox/touch-users"), QJsonObject{{QStringLiteral("count"), 1000}});
    Round replay;
    QVERIFY2(walk(initial.deltaLink, &replay, &error), qPrintable(error));
    ids = GraphDirectoryFixture::ids(replay.items);
    ids.sort();
    QCOMPARE(ids, want);
    const auto other = m_client->get(
        QStringLiteral("/v1.0/users/delta?$filter=") +
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("jobTitle eq 'Teacher'"))),
        m_token);
    QCOMPARE(other.status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/delta?$orderby=displayName"), m_token).status, 400);
}

void TestGraphDelta::expiredTokenAnswers410()
{
    Round initial;
    QString error;
    QVERIFY2(walk(QStringLiteral("/v1.0/users/delta?$select=displayName"), &initial, &error),
             qPrintable(error));
    post(QStringLiteral("/_sandbox/touch-users"), QJsonObject{{QStringLiteral("count"), 3}});
    QCOMPARE(post(QStringLiteral("/_sandbox/expire-delta-tokens")).status, 200);
    const auto expired = m_client->get(initial.deltaLink, m_token);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("syncStateNotFound"));
    const QString location = QString::fromUtf8(expired.header("Location"));
    QVERIFY2(location.startsWith(m_client->baseUrl() + QStringLiteral("/v1.0/users/delta")),
             qPrintable(location));
    QVERIFY(location.contains(QLatin1String("displayName")));
    // Restarting from the Location is a fresh initial round.
    Round again;
    QVERIFY2(walk(location, &again, &error), qPrintable(error));
    QCOMPARE(again.items.size(), m_client->tenant().users.aliveCount());
}

void TestGraphDelta::malformedTokenIsRejected()
{
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/delta?$deltatoken=bm90LWEtdG9rZW4"), m_token).status,
             400);
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/delta?$skiptoken=garbage"), m_token).status, 400);
    const auto groups = m_client->get(QStringLiteral("/v1.0/groups/delta"), m_token);
    const QString groupLink = groups.json().value(QLatin1String("@odata.deltaLink")).toString();
    QVERIFY(!groupLink.isEmpty());
    const QString token = QUrlQuery(QUrl(groupLink).query()).queryItemValue(QStringLiteral("$deltatoken"));
    QCOMPARE(m_client->get(QStringLiteral("/v1.0/users/delta?$deltatoken=") + token, m_token).status, 400);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/users/delta"),
                       m_client->mintToken({QStringLiteral("Group.Read.All")}))
                 .status,
             403);
}

void TestGraphDelta::groupsDeltaCarriesMembersDelta()
{
    Round initial;
    QString error;
    QVERIFY2(walk(QStringLiteral("/v1.0/groups/delta?$select=displayName,members"), &initial, &error),
             qPrintable(error));
    const QJsonObject cls = byId(initial.items, m_fixture->classGroupId);
    QCOMPARE(cls.value(QLatin1String("members@delta")).toArray().size(), 3);
    QCOMPARE(cls.value(QLatin1String("members@delta"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("@odata.type"))
                 .toString(),
             QStringLiteral("#microsoft.graph.user"));
    QVERIFY(!cls.contains(QLatin1String("members")));

    const QString added = m_fixture->userIds().at(400);
    const QString removed = m_fixture->userIds().at(0);
    const QString group = m_fixture->classGroupId;
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(group),
                  QJsonObject{{QStringLiteral("@odata.id"),
                               QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") + added}})
                 .status,
             204);
    QCOMPARE(m_client
                 ->request("DELETE", QStringLiteral("/v1.0/groups/%1/members/%2/$ref").arg(group, removed),
                           m_token)
                 .status,
             204);
    Round replay;
    QVERIFY2(walk(initial.deltaLink, &replay, &error), qPrintable(error));
    QCOMPARE(replay.items.size(), 1);
    const QJsonArray members =
        replay.items.first().toObject().value(QLatin1String("members@delta")).toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).toObject().value(QLatin1String("id")).toString(), added);
    QVERIFY(!members.at(0).toObject().contains(QLatin1String("@removed")));
    QCOMPARE(members.at(1).toObject().value(QLatin1String("id")).toString(), removed);
    QCOMPARE(members.at(1)
                 .toObject()
                 .value(QLatin1String("@removed"))
                 .toObject()
                 .value(QLatin1String("reason"))
                 .toString(),
             QStringLiteral("deleted"));

    // Without members in $select, membership changes are not tracked.
    Round plain;
    QVERIFY2(walk(QStringLiteral("/v1.0/groups/delta?$select=displayName"), &plain, &error),
             qPrintable(error));
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(group),
                  QJsonObject{{QStringLiteral("@odata.id"),
                               QStringLiteral("https://graph.microsoft.com/v1.0/users/") + removed}})
                 .status,
             204);
    Round quiet;
    QVERIFY2(walk(plain.deltaLink, &quiet, &error), qPrintable(error));
    QVERIFY(quiet.items.isEmpty());
}

void TestGraphDelta::directoryObjectsAndUnitsDelta()
{
    const Tenant &t = m_client->tenant();
    Round all;
    QString error;
    QVERIFY2(walk(QStringLiteral("/v1.0/directoryObjects/delta"), &all, &error), qPrintable(error));
    QCOMPARE(all.items.size(), t.users.aliveCount() + t.groups.aliveCount());
    QCOMPARE(all.items.first().toObject().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.user"));
    QCOMPARE(all.items.last().toObject().value(QLatin1String("@odata.type")).toString(),
             QStringLiteral("#microsoft.graph.group"));

    Round groupsOnly;
    const QString isof =
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("isof('microsoft.graph.group')")));
    QVERIFY2(walk(QStringLiteral("/v1.0/directoryObjects/delta?$filter=") + isof, &groupsOnly, &error),
             qPrintable(error));
    QCOMPARE(groupsOnly.items.size(), t.groups.aliveCount());
    const QString id = m_fixture->userIds().at(500);
    QCOMPARE(m_client->request("DELETE", QStringLiteral("/v1.0/users/") + id, m_token).status, 204);
    QCOMPARE(post(QStringLiteral("/v1.0/groups/%1/members/$ref").arg(m_fixture->securityGroupId),
                  QJsonObject{{QStringLiteral("@odata.id"),
                               QStringLiteral("https://graph.microsoft.com/v1.0/directoryObjects/") +
                                   m_fixture->userIds().at(501)}})
                 .status,
             204);
    Round replay;
    QVERIFY2(walk(all.deltaLink, &replay, &error), qPrintable(error));
    const QJsonObject removed = byId(replay.items, id);
    QCOMPARE(removed.value(QLatin1String("@odata.type")).toString(), QStringLiteral("#microsoft.graph.user"));
    QVERIFY(removed.contains(QLatin1String("@removed")));
    QCOMPARE(
        byId(replay.items, m_fixture->securityGroupId).value(QLatin1String("members@delta")).toArray().size(),
        1);
    Round groupReplay;
    QVERIFY2(walk(groupsOnly.deltaLink, &groupReplay, &error), qPrintable(error));
    QCOMPARE(GraphDirectoryFixture::ids(groupReplay.items), QStringList{m_fixture->securityGroupId});

    Round units;
    QVERIFY2(walk(QStringLiteral("/v1.0/directory/administrativeUnits/delta"), &units, &error),
             qPrintable(error));
    QCOMPARE(units.items.size(), t.administrativeUnits.aliveCount());
    QCOMPARE(byId(units.items, m_fixture->unitId).value(QLatin1String("members@delta")).toArray().size(), 20);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1.0/directory/administrativeUnits/delta"),
                       m_client->mintToken({QStringLiteral("User.Read.All")}))
                 .status,
             403);
}

QTEST_GUILESS_MAIN(TestGraphDelta)
#include "tst_graphdelta.moc"
