#include "models/snapshotcontroller.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotreader.h"
#include "models/logging.h"
#include "models/usersmodel.h"
#include "services/tenantsession.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <QUrl>

// One read of the snapshot, on a worker thread. Everything it makes is handed to the GUI thread once the
// thread has finished; the users model is moved there before.
struct SnapshotController::LoadJob
{
    std::shared_ptr<SnapshotDatabase> database;
    bool alreadyOpen = false;
    QThread *target = nullptr;

    bool opened = false;
    Error error;
    QDateTime taken;
    QList<School> schools;
    std::unique_ptr<UsersModel> users;

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
        if (!error)
            read();
        database->closeThreadConnection();
        qCDebug(lcModels) << "Snapshot read in" << timer.elapsed() << "ms";
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
        if (error)
            return;
        users = std::make_unique<UsersModel>();
        users->setUsers(std::move(records));
        users->moveToThread(target);
    }
};

SnapshotController::SnapshotController(QObject *parent) : QObject(parent)
{}

SnapshotController::~SnapshotController()
{
    blockSignals(true);
    cancelRefresh();
    purgeRetired();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void SnapshotController::open(const QString &snapshotPath, TenantSession *session)
{
    if (m_sync && session != m_session)
        cancelRefresh();
    m_session = session;
    updateSignInState();
    if (snapshotPath == m_path && m_database) {
        if (!m_loading && !hasSnapshot() && m_syncWhenEmpty && !m_syncedWhenEmpty && !isOffline()) {
            m_syncedWhenEmpty = true;
            refresh();
        }
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
    m_users.reset();
    load(false);
}

void SnapshotController::close()
{
    cancelRefresh();
    m_session = nullptr;
    updateSignInState();
}

std::unique_ptr<UsersModel> SnapshotController::takeUsersModel()
{
    return std::move(m_users);
}

void SnapshotController::load(bool reload)
{
    ++m_loadSerial;
    m_loading = true;
    auto job = std::make_shared<LoadJob>();
    job->database = m_database;
    job->alreadyOpen = m_databaseOpen;
    job->target = thread();
    QThread *worker = QThread::create([job] { job->run(); });
    worker->setObjectName(QStringLiteral("snapshot-load"));
    m_threads.push_back(worker);
    const quint64 serial = m_loadSerial;
    connect(worker, &QThread::finished, this, [this, job, worker, serial] { onLoaded(job, worker, serial); });
    emit loadStarted(reload);
    worker->start(QThread::LowPriority);
}

void SnapshotController::onLoaded(const std::shared_ptr<LoadJob> &job, QThread *thread, quint64 serial)
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
        qCWarning(lcModels) << "Snapshot could not be read:" << m_loadError.fullText();
    m_snapshotTaken = job->taken;
    m_schools = job->schools;
    m_users = std::move(job->users);
    emit loaded();

    const bool firstSync =
        m_syncWhenEmpty && !m_syncedWhenEmpty && !hasSnapshot() && !m_loadError && !isOffline();
    if (firstSync)
        m_syncedWhenEmpty = true;
    if (std::exchange(m_refreshAfterLoad, false) || firstSync)
        refresh();
}

bool SnapshotController::isOfflineError(const Error &error)
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

void SnapshotController::refresh()
{
    if (m_sync || !m_database)
        return;
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
    if (!m_databaseOpen) {
        if (const Error error = m_database->open()) {
            emit refreshFinished(error);
            return;
        }
        m_databaseOpen = true;
    }
    m_sync = new SnapshotSync(m_session, m_database.get());
    m_sync->setGenerationsKept(m_generationsKept);
    connect(m_sync, &SnapshotSync::progress, this, &SnapshotController::refreshProgress);
    connect(m_sync, &SnapshotSync::fallingBackToFull, this, &SnapshotController::refreshFellBackToFull);
    connect(m_sync, &SnapshotSync::finished, this, &SnapshotController::onSyncFinished);
    m_sync->start(SnapshotSync::Mode::Auto);
}

void SnapshotController::cancelRefresh()
{
    if (m_sync)
        m_sync->cancel(); // finishes at once (onSyncFinished)
}

void SnapshotController::onSyncFinished()
{
    SnapshotSync *sync = m_sync;
    m_sync = nullptr;
    if (!sync)
        return;
    const Error error = sync->error();
    m_retired.push_back({sync, m_database});
    QTimer::singleShot(0, this, &SnapshotController::purgeRetired);
    if (!error) {
        const SnapshotSync::Summary summary = sync->summary();
        qCInfo(lcModels) << "Snapshot refreshed:" << (summary.full ? "full" : "delta") << "generation"
                         << summary.generation;
        setOffline(Error());
    } else if (isOfflineError(error)) {
        setOffline(error);
    }
    emit refreshFinished(error);
    if (!error)
        load(true);
}

void SnapshotController::purgeRetired()
{
    for (RetiredSync &retired : m_retired)
        delete retired.sync; // waits for its writer thread; the snapshot goes after it
    m_retired.clear();
}

void SnapshotController::setOffline(const Error &reason)
{
    if (reason.kind() == m_offline.kind() && reason.message() == m_offline.message())
        return;
    m_offline = reason;
    emit offlineChanged();
}

void SnapshotController::updateSignInState()
{
    if (!m_session || !m_session->hasSavedSignIn())
        setOffline(Error(Error::Kind::SignInRequired, QString()));
    else if (m_offline.kind() == Error::Kind::SignInRequired)
        setOffline(Error());
}
