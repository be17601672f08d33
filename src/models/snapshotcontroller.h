#pragma once

#include "core/error.h"
#include "core/school.h"
#include "services/snapshotsync.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QThread;
class SnapshotDatabase;
class TenantSession;
class UsersModel;

// The open profile's snapshot for the console: reads it in a worker thread (users, schools and when the
// tenant was last read) so the window shows it at once, without any network call, and refreshes it through
// SnapshotSync for the session. It keeps track of whether the console works offline (not signed in, or the
// tenant could not be reached) and why.
class SnapshotController : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotController(QObject *parent = nullptr);
    ~SnapshotController() override;

    // Opens the snapshot file (SnapshotDatabase::defaultPath(profile) in the console) and reads it; loaded()
    // follows. `session` is what refreshes use (null or not signed in: offline). The same path again only
    // takes the new session. The previous session must stay alive until this returns.
    void open(const QString &snapshotPath, TenantSession *session);
    // Cancels a running refresh and forgets the session (call before destroying it).
    void close();
    QString snapshotPath() const { return m_path; }

    // Start the first sync by itself when the snapshot is empty and the session has a saved sign-in.
    void setSyncWhenEmpty(bool enabled) { m_syncWhenEmpty = enabled; }
    // Complete generations kept for diffs after each refresh (0 = all).
    void setGenerationsKept(int generations) { m_generationsKept = generations; }

    bool isLoading() const { return m_loading; }
    // A complete generation exists: the tenant was read at least once.
    bool hasSnapshot() const { return m_snapshotTaken.isValid(); }
    // When the last complete read of the tenant finished (UTC); invalid without a snapshot.
    QDateTime snapshotTaken() const { return m_snapshotTaken; }
    QList<School> schools() const { return m_schools; }
    // The users read by the last load, once; null after it was taken.
    std::unique_ptr<UsersModel> takeUsersModel();
    // Why the last load failed; no error when it worked.
    Error loadError() const { return m_loadError; }

    bool isOffline() const { return m_offline.isError(); }
    // Why the console works offline (SignInRequired, Network, Tls, Timeout); no error when online.
    Error offlineReason() const { return m_offline; }

    bool isRefreshing() const { return m_sync != nullptr; }
    // Reads the tenant into the snapshot (delta when possible). Progress and the end arrive as signals; on
    // success the snapshot is read again (loaded()).
    void refresh();
    void cancelRefresh();

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
    // A finished sync and the snapshot it wrote to: deleted together, the sync first (its writer thread may
    // still be rolling back), outside the sync's own signals.
    struct RetiredSync
    {
        SnapshotSync *sync;
        std::shared_ptr<SnapshotDatabase> database;
    };
    void load(bool reload);
    void onLoaded(const std::shared_ptr<LoadJob> &job, QThread *thread, quint64 serial);
    void onSyncFinished();
    void purgeRetired();
    void setOffline(const Error &reason);
    void updateSignInState();

    QString m_path;
    std::shared_ptr<SnapshotDatabase> m_database;
    bool m_databaseOpen = false;
    TenantSession *m_session = nullptr;
    int m_generationsKept = 0;
    bool m_syncWhenEmpty = true;
    bool m_syncedWhenEmpty = false;
    bool m_loading = false;
    bool m_refreshAfterLoad = false;
    quint64 m_loadSerial = 0;
    std::vector<QThread *> m_threads;
    QDateTime m_snapshotTaken;
    QList<School> m_schools;
    std::unique_ptr<UsersModel> m_users;
    Error m_loadError;
    Error m_offline;
    SnapshotSync *m_sync = nullptr; // the running refresh
    std::vector<RetiredSync> m_retired;
};
