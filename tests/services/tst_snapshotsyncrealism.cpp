// The snapshot sync against a sandbox that pages large groups as Microsoft Graph does ("delta-members=N":
// a group or school whose members exceed N comes back on several pages, each with a part of its
// members@delta) and answers an expired delta link 400 syncStateNotFound ("delta-400") as identity
// resources do: every member is stored exactly once, and a refresh falls back to a full sync.
#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "core/tenantprofile.h"
#include "sandboxclient.h"
#include "sandboxsignin.h"
#include "services/snapshotsync.h"
#include "services/tenantsession.h"
#include "testrealism.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/server/sandboxserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSnapshotSyncRealism : public QObject
{
    Q_OBJECT

    static constexpr int kMembersPerPage = 7;

    static void waitFor(SnapshotSync &sync)
    {
        QEventLoop loop;
        QObject::connect(&sync, &SnapshotSync::finished, &loop, &QEventLoop::quit);
        if (sync.isRunning())
            loop.exec();
    }

    // The container's members as the tenant holds them (users and groups that exist).
    QSet<QString> liveMembers(const QStringList &members)
    {
        QSet<QString> out;
        for (const QString &id : members) {
            if (m_client->tenant().users.find(id) || m_client->tenant().groups.find(id))
                out.insert(id);
        }
        return out;
    }

    // Every container's stored members are its live members, each once. Returns how many containers had
    // more members than one page carries (their lists were split across pages).
    int checkMembers(SnapshotRelation relation, const QHash<QString, QStringList> &containers)
    {
        SnapshotReader reader(*m_database);
        int split = 0;
        for (auto it = containers.cbegin(); it != containers.cend(); ++it) {
            const QSet<QString> expected = liveMembers(it.value());
            QStringList stored;
            const Error error = reader.members(relation, it.key(), &stored);
            if (error)
                qFatal("%s", qPrintable(error.fullText()));
            if (QSet<QString>(stored.begin(), stored.end()).size() != stored.size() ||
                QSet<QString>(stored.begin(), stored.end()) != expected) {
                qWarning("container %s: %lld stored, %lld expected", qPrintable(it.key()),
                         qint64(stored.size()), qint64(expected.size()));
                return -1;
            }
            split += expected.size() > kMembersPerPage;
        }
        return split;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxOptions options =
            quickRealismOptions(400, QStringLiteral("delta-members=%1,delta-400").arg(kMembersPerPage));
        options.schools = 2;
        const QString failure =
            SandboxSignIn::start(options, QStringLiteral("sync-test"), &m_client, &m_profile, &m_session);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString opened = SandboxSignIn::openSnapshot(m_dir, &m_database);
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
    }

    void cleanupTestCase()
    {
        if (m_session)
            QVERIFY(SandboxSignIn::signOut(*m_session));
    }

    void largeGroupsPagedByMembersAreStoredWhole()
    {
        SnapshotSync sync(m_session.get(), m_database.get());
        sync.start(SnapshotSync::Mode::Full);
        waitFor(sync);
        QVERIFY2(!sync.error(), qPrintable(sync.error().fullText()));
        QVERIFY(sync.summary().full);
        const int splitGroups = checkMembers(SnapshotRelation::GroupMember, m_client->tenant().groupMembers);
        QVERIFY2(splitGroups > 0, "no group has more members than one page carries: this proves nothing");
        const int splitUnits =
            checkMembers(SnapshotRelation::AdministrativeUnitMember, m_client->tenant().unitMembers);
        QVERIFY(splitUnits > 0);
        qInfo("%d groups and %d schools had their members split across pages", splitGroups, splitUnits);
    }

    void expiredDeltaAs400FallsBackToFull()
    {
        QCOMPARE(m_client->postJson(QStringLiteral("/_sandbox/expire-delta-tokens"), {}, {}).status / 100, 2);
        SnapshotSync sync(m_session.get(), m_database.get());
        QSignalSpy fallback(&sync, &SnapshotSync::fallingBackToFull);
        sync.start(SnapshotSync::Mode::Auto);
        waitFor(sync);
        QVERIFY2(!sync.error(), qPrintable(sync.error().fullText()));
        QCOMPARE(fallback.size(), 1);
        QVERIFY(sync.summary().fellBackToFull);
        QVERIFY(sync.summary().full);
        QVERIFY(checkMembers(SnapshotRelation::GroupMember, m_client->tenant().groupMembers) > 0);
    }

    // A listing that worked is remembered; when the tenant later refuses it (here: UPN ranges, which this
    // sandbox took until now), the sync forgets it, probes again and still reads every user.
    void aRememberedListingRefusedLaterIsPlannedAgain()
    {
        SnapshotSync first(m_session.get(), m_database.get());
        first.start(SnapshotSync::Mode::Full);
        waitFor(first);
        QVERIFY2(!first.error(), qPrintable(first.error().fullText()));
        QCOMPARE(first.summary().usersListing, QStringLiteral("ranges"));
        QCOMPARE(m_database->metaValue(UserListingPlan::strategyKey()), QStringLiteral("ranges"));

        m_client->sandbox().server().realism().upnRangesRefused = true;
        const auto restore =
            qScopeGuard([this] { m_client->sandbox().server().realism().upnRangesRefused = false; });
        SnapshotSync again(m_session.get(), m_database.get());
        again.start(SnapshotSync::Mode::Full);
        waitFor(again);
        QVERIFY2(!again.error(), qPrintable(again.error().fullText()));
        QCOMPARE(again.summary().usersListing, QStringLiteral("prefixes"));
        QVERIFY(again.summary().restarts >= 1);
        QCOMPARE(m_database->metaValue(UserListingPlan::strategyKey()), QStringLiteral("prefixes"));
        std::vector<UserRecord> users;
        QVERIFY(!SnapshotReader(*m_database).loadUsers(&users));
        QSet<QString> stored;
        for (const UserRecord &user : users)
            stored.insert(user.id);
        QCOMPARE(qsizetype(stored.size()), qsizetype(users.size()));
        QCOMPARE(qsizetype(users.size()), m_client->tenant().users.aliveCount());
    }

private:
    std::unique_ptr<SandboxClient> m_client;
    TenantProfile m_profile;
    std::unique_ptr<TenantSession> m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<SnapshotDatabase> m_database;
};

QTEST_MAIN(TestSnapshotSyncRealism)
#include "tst_snapshotsyncrealism.moc"
