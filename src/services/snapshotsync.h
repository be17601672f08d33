#pragma once

#include "core/directorykind.h"
#include "core/error.h"
#include "services/userlistingplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class SnapshotDatabase;
struct DirectoryChanges;
class SnapshotWriteWorker;
class TenantSession;

// Brings a tenant's snapshot up to date: a full sync (delta token taken first, users listed in parallel
// partitions, groups with their members, schools, licences, domains, classes, then the delta replayed from
// the token so nothing that changed during the listing is missed) or a refresh by delta for users and groups.
// An expired delta link falls back to a full sync on its own and says so. Every run is one snapshot
// generation: complete, or invisible (cancel, failure, crash).
class SnapshotSync : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Auto,
        Full
    }; // Auto: delta when the snapshot has delta links, else full

    struct Progress
    {
        QString phase;        // translated: "Listing users", "Replaying changes", ...
        qint64 objects = 0;   // objects received so far
        qint64 expected = -1; // estimated total (-1 unknown)
        quint64 requests = 0; // HTTP requests so far
        double perSecond = 0; // objects per second
        qint64 etaSeconds = -1;
    };

    struct Summary
    {
        bool full = false;
        bool fellBackToFull = false; // the delta link had expired
        qint64 generation = 0;
        QMap<QString, qint64> objectsByKind; // "users", "groups", "schools", "licences", "domains", "classes"
        quint64 requests = 0;
        quint64 retries = 0;
        quint64 throttled = 0;
        quint64 restarts = 0; // listings restarted from their first page (expired page token, failed page)
        QString usersListing; // full sync: "ranges", "prefixes" or "delta" (UserListingPlan)
        double seconds = 0;
        QJsonObject toJson() const;
    };

    SnapshotSync(TenantSession *session, SnapshotDatabase *database, QObject *parent = nullptr);
    ~SnapshotSync() override;

    // Parallel listing: at most this many listings in flight (default 16); the session's own bounds are not
    // changed.
    void setParallelism(int requests) { m_parallelism = requests; }
    // After a successful sync, keep this many complete generations (0 = keep all); older ones are compacted.
    void setGenerationsKept(int generations) { m_generationsKept = generations; }

    void start(Mode mode);
    // Stops at once with Error::Kind::Cancelled: nothing uses the session any more when this returns. The
    // unfinished generation is rolled back on the writer's thread; finished() follows when it has been.
    void cancel();
    bool isRunning() const { return m_running; }

    Error error() const { return m_error; }
    Summary summary() const { return m_summary; }

signals:
    void progress(const SnapshotSync::Progress &progress);
    // The delta link had expired: a full sync follows (a message for the user).
    void fallingBackToFull(const QString &message);
    void finished();

private:
    void makeWriter();
    void write(const DirectoryChanges &changes);
    void startFull();
    void fallBackToFull();
    void restartFull(const std::function<Error()> &whileStopped);
    void stopIterators();
    void startDelta();
    void runPartitions();
    void runDeltaReplay();
    void finishListing();
    // One listing of a full sync: where its first page is (asked again at each restart, so a lowered page
    // size applies), and what to do with its item count once it is complete.
    struct Listing
    {
        std::function<QString()> path;
        QString kind;
        DirectoryKind type;
        std::function<void(qint64 items)> done;
        QString prefix; // a user partition by prefix, which an expiring token may split further
    };
    void listCollection(const QString &path, const QString &kind, DirectoryKind type);
    void startListing(const Listing &listing, int restarts);
    bool mayRestart(const Error &error);
    void listUsers();
    void startUserListing(UserListingPlan::Strategy strategy);
    Listing userListing(const QString &filter, const QString &prefix = QString());
    bool splitUserPartition(const Listing &listing);
    void verifyUsers();
    void rememberUserListing();
    void replanUsers();
    void schedule(std::function<void()> start);
    void runNext();
    static DirectoryKind containerKind(DirectoryRelation relation);
    void commit();
    void fail(const Error &error);
    void takeStatistics();
    void finish();
    void countPage(const QString &kind, qint64 items);
    void reportProgress(const QString &phase);

    TenantSession *m_session;
    SnapshotDatabase *m_database;
    SnapshotWriteWorker *m_writer = nullptr;
    static constexpr int kWriterBacklog = 12; // pages queued for the writer before listings hold back
    int m_parallelism = 16;
    int m_generationsKept = 0;
    bool m_running = false;
    bool m_stopping = false;               // failed or cancelled: waiting for the writer to roll back
    quint64 m_run = 0;                     // which start() callbacks belong to (a restart may be pending)
    int m_pending = 0;                     // listings still running in the current phase
    int m_active = 0;                      // listings started and not finished
    QList<std::function<void()>> m_queued; // listings waiting for a free slot
    QString m_usersDeltaToken;             // deltaLink taken before the listing
    UserListingPlan *m_plan = nullptr;
    UserListingPlan::Strategy m_userStrategy = UserListingPlan::Strategy::Unknown;
    int m_userPageSize = 0;
    int m_userPartitions = 0; // user listings still running
    qint64 m_userItems = 0;   // users the complete partitions listed
    bool m_usersVerified = false;
    bool m_userPlanRemembered = false; // the users' listing came from an earlier sync, without probing
    bool m_replanned = false;          // ... and was refused: this run forgot it and started again
    bool m_countFinished = false;
    QList<QPointer<QObject>> m_iterators;
    QElapsedTimer m_clock;
    QString m_phase;
    qint64 m_expectedUsers = -1;
    quint64 m_requestsAtStart = 0;
    quint64 m_retriesAtStart = 0;
    quint64 m_throttledAtStart = 0;
    Summary m_summary;
    Error m_error;
};

Q_DECLARE_METATYPE(SnapshotSync::Progress)
