#pragma once

#include "cache/snapshotdiffresult.h"
#include "cache/snapshotgeneration.h"
#include "core/error.h"
#include "core/school.h"
#include "services/snapshotsync.h"
#include "services/userlisting.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QThread;
class SnapshotDatabase;
class TenantSession;

// One profile's snapshot, the use case the console and the command line share: open it (read in a worker
// thread, so a window shows it at once without any network call), what it holds (users, schools, when the
// tenant was last read), refresh it through the session (changes only, or everything), whether the tenant
// can be reached and why not (offline reason), its generations and the difference between two of them.
//
// The console opens, refreshes and listens; the command line does the same and waits for the signals.
class SnapshotService : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotService(QObject *parent = nullptr);
    ~SnapshotService() override;

    // Where the profile's snapshot is kept (~/.local/share/Tenantdesk/snapshots/<profile>.sqlite).
    static QString pathFor(const QString &profileName);
    // Deletes the profile's snapshot from this computer (its file, write-ahead log and lock files: the
    // tenant's people). Refused with a Storage error while a refresh writes to it; no error when none.
    static Error remove(const QString &profileName);

    // Opens the snapshot file and (unless setLoadsContents(false)) reads it; loaded() follows. `session` is
    // what refreshes use (null, not signed in, or its sign-in state not known yet: offline; followed when
    // its sign-in state changes). The same path again only takes the new session.
    // The previous session must stay alive until this returns.
    void open(const QString &snapshotPath, TenantSession *session);
    // Cancels a running refresh and forgets the session (call before destroying it).
    void close();
    QString snapshotPath() const { return m_path; }
    // Deletes the open snapshot's file (remove()): loaded() follows, with no snapshot; opening the path again
    // starts a new one. Refused with a Storage error while it is read or refreshed; then it stays as it was.
    Error deleteSnapshot();

    // Read the users and schools when opening (the console); the command line's sync does not need them.
    void setLoadsContents(bool loads) { m_loadsContents = loads; }
    // Start the first sync by itself when the snapshot is empty and the session has a saved sign-in (also
    // when the saved sign-in becomes known, or appears, later).
    void setSyncWhenEmpty(bool enabled) { m_syncWhenEmpty = enabled; }
    // Complete generations kept for diffs after each refresh (0 = all).
    void setGenerationsKept(int generations) { m_generationsKept = generations; }
    // Ask the tenant once, cheaply, after opening a signed-in profile, so that an unreachable tenant shows as
    // offline before anyone acts (the console; the command line's own request says it soon enough).
    void setProbesNetwork(bool probes) { m_probesNetwork = probes; }
    // Listings in flight at once during a refresh.
    void setParallelism(int requests) { m_parallelism = requests; }

    bool isLoading() const { return m_loading; }
    // A complete generation exists: the tenant was read at least once.
    bool hasSnapshot() const { return m_snapshotTaken.isValid(); }
    // When the last complete read of the tenant finished (UTC); invalid without a snapshot.
    QDateTime snapshotTaken() const { return m_snapshotTaken; }
    QList<School> schools() const { return m_schools; }
    // The users read by the last load, once; empty after it was taken.
    UserListing takeUserListing() { return std::exchange(m_users, UserListing()); }
    // Why the last load failed; no error when it worked.
    Error loadError() const { return m_loadError; }

    bool isOffline() const { return m_offline.isError(); }
    // Why the tenant cannot be reached now (SignInRequired, Network, Tls, Timeout); no error when online.
    Error offlineReason() const { return m_offline; }

    bool isRefreshing() const { return m_sync != nullptr; }
    // Reads the tenant into the snapshot. Progress and the end arrive as signals; on success the snapshot is
    // read again (loaded()) when contents are loaded.
    void refresh(SnapshotSync::Mode mode = SnapshotSync::Mode::Auto);
    void cancelRefresh();
    // The summary of the last refresh that finished.
    SnapshotSync::Summary lastRefresh() const { return m_lastRefresh; }

    // Read on the calling thread (quick; for the command line and dialogs).
    QList<SnapshotGeneration> generations(Error *error);
    Error diff(qint64 from, qint64 to, const QString &schoolId, SnapshotDiffResult *result);
    Error readUsers(UserListing *listing);

    // Errors that mean "the tenant cannot be reached or we may not talk to it now".
    static bool isOfflineError(const Error &error);

signals:
    // `reload`: the same snapshot is read again (after a refresh); otherwise another profile's snapshot.
    void loadStarted(bool reload);
    void loaded();
    void offlineChanged();
    void refreshStarted();
    void refreshProgress(const SnapshotSync::Progress &progress);
    // The saved change-tracking link had expired: a full read follows.
    void refreshFellBackToFull(const QString &message);
    // No error on success (a new load follows); Cancelled when cancelled.
    void refreshFinished(const Error &error);

private:
    struct LoadJob;
    void load(bool reload);
    void onLoaded(const std::shared_ptr<LoadJob> &job, QThread *thread, quint64 serial);
    void onSyncFinished();
    // A sync that ended or was cancelled: deleted once it has finished (and its writer let go of the
    // snapshot), the snapshot after it.
    void retire(SnapshotSync *sync);
    void setOffline(const Error &reason);
    void probe();
    void setSession(TenantSession *session);
    void updateSignInState();
    // The first sync of a snapshot that is still empty, once, when the session is signed in.
    void syncIfEmpty();
    Error ensureOpen();

    QString m_path;
    std::shared_ptr<SnapshotDatabase> m_database;
    bool m_databaseOpen = false;
    QPointer<TenantSession> m_session; // null once it is gone
    bool m_loadsContents = true;
    int m_generationsKept = 0;
    int m_parallelism = 16;
    bool m_syncWhenEmpty = true;
    bool m_syncedWhenEmpty = false;
    bool m_probesNetwork = false;
    bool m_probed = false; // for this session
    bool m_loading = false;
    bool m_refreshAfterLoad = false;
    SnapshotSync::Mode m_refreshMode = SnapshotSync::Mode::Auto;
    quint64 m_loadSerial = 0;
    std::vector<QThread *> m_threads;
    QDateTime m_snapshotTaken;
    QList<School> m_schools;
    UserListing m_users;
    Error m_loadError;
    Error m_offline;
    SnapshotSync *m_sync = nullptr; // the running refresh
    SnapshotSync::Summary m_lastRefresh;
    QList<QPointer<SnapshotSync>> m_retired;
};
