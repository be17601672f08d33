#include "services/snapshotservice.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotdiff.h"
#include "cache/snapshotreader.h"
#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/queries/tenantqueries.h"
#include "services/logging.h"
#include "services/tenantsession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <QUrl>

// One read of the snapshot, on a worker thread. Everything it makes is handed to the GUI thread once the
// thread has finished; the users model is moved there before.
struct SnapshotService::LoadJob
{
    std::shared_ptr<SnapshotDatabase> database;
    bool alreadyOpen = false;

    bool loadsContents = true;

    bool opened = false;
    Error error;
    QDateTime taken;
    QList<School> schools;
    UserListing users;

    void run()
    {
        QElapsedTimer timer;
        timer.start();
        if (!QFileInfo::exists(database->filePath()))
            return; // the tenant was never read on this computer
        if (!alreadyOpen) {
            error = database->open();
            opened = !error;
        }
        if (!error && loadsContents)
            read();
        database->closeThreadConnection();
        qCDebug(lcServices) << "Snapshot read in" << timer.elapsed() << "ms";
    }

    void read()
    {
        const QList<SnapshotGeneration> generations = database->generations(&error);
        qint64 generation = 0;
        for (auto it = generations.crbegin(); it != generations.crend(); ++it) {
            if (it->status == SnapshotGeneration::Status::Complete) {
                generation = it->id;
                taken = it->finished;
                break;
            }
        }
        if (error || generation == 0)
            return;
        const SnapshotReader reader(*database);
        std::vector<UserRecord> records;
        error = reader.loadUsers(&records, generation);
        if (!error)
            error = reader.schools(&schools, generation);
        if (!error)
            users = UserListing(std::move(records)); // the search text is built here, off the GUI thread
    }
};

SnapshotService::SnapshotService(QObject *parent) : QObject(parent)
{}

QString SnapshotService::pathFor(const QString &profileName)
{
    return SnapshotDatabase::defaultPath(profileName);
}

Error SnapshotService::remove(const QString &profileName)
{
    return SnapshotDatabase::remove(pathFor(profileName));
}

SnapshotService::~SnapshotService()
{
    blockSignals(true);
    cancelRefresh();
    // At exit: syncs still rolling back are finished here (their writer threads end with them).
    const QList<QPointer<SnapshotSync>> retired = m_retired;
    for (const QPointer<SnapshotSync> &sync : retired)
        delete sync.data();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void SnapshotService::open(const QString &snapshotPath, TenantSession *session)
{
    if (m_sync && session != m_session)
        cancelRefresh();
    setSession(session);
    if (snapshotPath == m_path && m_database) {
        syncIfEmpty();
        return;
    }
    cancelRefresh();
    m_path = snapshotPath;
    m_database = std::make_shared<SnapshotDatabase>(snapshotPath);
    m_databaseOpen = false;
    m_syncedWhenEmpty = false;
    m_refreshAfterLoad = false;
    m_snapshotTaken = QDateTime();
    m_schools.clear();
    m_users = UserListing();
    if (m_loadsContents)
        load(false); // the command line reads on its own thread, when it asks (ensureOpen())
}

Error SnapshotService::deleteSnapshot()
{
    if (m_path.isEmpty())
        return Error();
    if (isRefreshing() || m_loading) {
        Error error(Error::Kind::Storage, m_path);
        error.setMessage(tr("The local snapshot %1 could not be deleted: it is being read or refreshed. "
                            "Try again when that has finished.")
                             .arg(m_path));
        return error;
    }
    m_database.reset(); // its connection closes: nothing holds the file any more
    m_databaseOpen = false;
    if (const Error error = SnapshotDatabase::remove(m_path)) {
        open(std::exchange(m_path, QString()), m_session); // kept: shown again as it is
        return error;
    }
    // Nothing is shown from it any more; opening the profile again (signing in again) starts a new one.
    ++m_loadSerial;
    m_syncedWhenEmpty = false;
    m_refreshAfterLoad = false;
    m_snapshotTaken = QDateTime();
    m_schools.clear();
    m_users = UserListing();
    m_loadError = Error();
    emit loadStarted(false);
    emit loaded();
    return Error();
}

void SnapshotService::close()
{
    cancelRefresh();
    setSession(nullptr);
}

void SnapshotService::setSession(TenantSession *session)
{
    if (m_session != session) {
        m_probed = false;
        if (m_session)
            m_session->disconnect(this);
        // The saved sign-in is read in the background: until it is known the tenant counts as offline,
        // and the first sync of an empty snapshot waits for it.
        if (session)
            connect(session, &TenantSession::signInStateChanged, this, [this] {
                updateSignInState();
                syncIfEmpty();
                probe();
            });
    }
    m_session = session;
    updateSignInState();
    probe();
}

void SnapshotService::probe()
{
    if (!m_probesNetwork || m_probed || !m_session || !m_session->hasSavedSignIn() || m_sync)
        return;
    m_probed = true;
    ApiJob *job = m_session->graph()->get(TenantQueries::probe());
    const QPointer<TenantSession> session = m_session;
    connect(job, &ApiJob::finished, this, [this, job, session] {
        job->deleteLater();
        if (session != m_session || m_sync)
            return; // another profile, or a refresh that says more
        const Error error = job->error();
        if (isOfflineError(error))
            setOffline(error);
        else if (!error && m_offline.kind() != Error::Kind::SignInRequired)
            setOffline(Error());
    });
}

void SnapshotService::syncIfEmpty()
{
    if (!m_database || m_loading || m_loadError || hasSnapshot() || !m_syncWhenEmpty || m_syncedWhenEmpty ||
        isOffline())
        return;
    m_syncedWhenEmpty = true;
    refresh();
}

void SnapshotService::load(bool reload)
{
    ++m_loadSerial;
    m_loading = true;
    auto job = std::make_shared<LoadJob>();
    job->database = m_database;
    job->alreadyOpen = m_databaseOpen;
    job->loadsContents = m_loadsContents;
    QThread *worker = QThread::create([job] { job->run(); });
    worker->setObjectName(QStringLiteral("snapshot-load"));
    m_threads.push_back(worker);
    const quint64 serial = m_loadSerial;
    connect(worker, &QThread::finished, this, [this, job, worker, serial] { onLoaded(job, worker, serial); });
    emit loadStarted(reload);
    worker->start(QThread::LowPriority);
}

void SnapshotService::onLoaded(const std::shared_ptr<LoadJob> &job, QThread *thread, quint64 serial)
{
    thread->wait();
    m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
    thread->deleteLater();
    if (serial != m_loadSerial)
        return; // another profile was opened meanwhile
    m_loading = false;
    if (job->opened)
        m_databaseOpen = true;
    m_loadError = job->error;
    if (m_loadError)
        qCWarning(lcServices) << "Snapshot could not be read:" << m_loadError.fullText();
    m_snapshotTaken = job->taken;
    m_schools = job->schools;
    m_users = std::move(job->users);
    emit loaded();

    if (std::exchange(m_refreshAfterLoad, false))
        refresh();
    else
        syncIfEmpty();
}

bool SnapshotService::isOfflineError(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Network:
    case Error::Kind::Tls:
    case Error::Kind::Timeout:
    case Error::Kind::SignInRequired:
        return true;
    default:
        return false;
    }
}

void SnapshotService::refresh(SnapshotSync::Mode mode)
{
    if (m_sync || !m_database)
        return;
    m_refreshMode = mode;
    if (m_loading) {
        m_refreshAfterLoad = true;
        return;
    }
    emit refreshStarted();
    if (!m_session) {
        const Error error(Error::Kind::SignInRequired, QString());
        setOffline(error);
        emit refreshFinished(error);
        return;
    }
    if (const Error error = ensureOpen()) {
        emit refreshFinished(error);
        return;
    }
    m_sync = new SnapshotSync(m_session, m_database.get());
    m_sync->setGenerationsKept(m_generationsKept);
    m_sync->setParallelism(m_parallelism);
    connect(m_sync, &SnapshotSync::progress, this, &SnapshotService::refreshProgress);
    connect(m_sync, &SnapshotSync::fallingBackToFull, this, &SnapshotService::refreshFellBackToFull);
    connect(m_sync, &SnapshotSync::finished, this, &SnapshotService::onSyncFinished);
    m_sync->start(m_refreshMode);
}

void SnapshotService::cancelRefresh()
{
    SnapshotSync *sync = std::exchange(m_sync, nullptr);
    if (!sync)
        return;
    // The sync lets go of the session at once; its writer rolls back in the background and the sync is
    // deleted when it has (retire()), so nothing here waits.
    sync->disconnect(this);
    sync->cancel();
    m_lastRefresh = sync->summary();
    retire(sync);
    emit refreshFinished(Error(Error::Kind::Cancelled, QString()));
}

void SnapshotService::retire(SnapshotSync *sync)
{
    // The snapshot goes after the sync that writes to it.
    std::shared_ptr<SnapshotDatabase> database = m_database;
    m_retired.append(sync);
    const auto dispose = [this, sync, database] {
        m_retired.removeAll(sync);
        sync->deleteLater();
        Q_UNUSED(database)
    };
    if (sync->isRunning())
        connect(sync, &SnapshotSync::finished, this, dispose, Qt::QueuedConnection);
    else
        QTimer::singleShot(0, this, dispose);
}

void SnapshotService::onSyncFinished()
{
    SnapshotSync *sync = std::exchange(m_sync, nullptr);
    if (!sync)
        return;
    const Error error = sync->error();
    m_lastRefresh = sync->summary();
    retire(sync);
    if (!error) {
        qCInfo(lcServices) << "Snapshot refreshed:" << (m_lastRefresh.full ? "full" : "delta") << "generation"
                           << m_lastRefresh.generation;
        setOffline(Error());
    } else if (isOfflineError(error)) {
        setOffline(error);
    }
    emit refreshFinished(error);
    if (!error && m_loadsContents)
        load(true);
}

void SnapshotService::setOffline(const Error &reason)
{
    if (reason.kind() == m_offline.kind() && reason.message() == m_offline.message())
        return;
    m_offline = reason;
    emit offlineChanged();
}

void SnapshotService::updateSignInState()
{
    if (!m_session || !m_session->hasSavedSignIn())
        setOffline(Error(Error::Kind::SignInRequired, QString()));
    else if (m_offline.kind() == Error::Kind::SignInRequired)
        setOffline(Error());
}

Error SnapshotService::ensureOpen()
{
    if (!m_database)
        return Error(Error::Kind::Storage, QString());
    if (!m_databaseOpen) {
        if (const Error error = m_database->open())
            return error;
        m_databaseOpen = true;
    }
    return Error();
}

QList<SnapshotGeneration> SnapshotService::generations(Error *error)
{
    if ((*error = ensureOpen()))
        return {};
    return m_database->generations(error);
}

Error SnapshotService::diff(qint64 from, qint64 to, const QString &schoolId, SnapshotDiffResult *result)
{
    if (Error error = ensureOpen())
        return error;
    return SnapshotDiff(*m_database).diff(from, to, result, schoolId);
}

Error SnapshotService::readUsers(UserListing *listing)
{
    if (Error error = ensureOpen())
        return error;
    std::vector<UserRecord> users;
    if (Error error = SnapshotReader(*m_database).loadUsers(&users))
        return error;
    *listing = UserListing(std::move(users));
    return Error();
}
