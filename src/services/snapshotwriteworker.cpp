#include "services/snapshotwriteworker.h"

#include "cache/snapshotdatabase.h"
#include "cache/snapshotwriter.h"

#include <QAtomicInteger>
#include <QThread>

// The part that lives on the worker thread: the writer and its thread's database connection.
class SnapshotWriteWorker::Engine : public QObject
{
public:
    explicit Engine(SnapshotDatabase &database) : m_database(database) {}

    SnapshotWriter &writer()
    {
        if (!m_writer)
            m_writer = std::make_unique<SnapshotWriter>(m_database);
        return *m_writer;
    }
    void finish()
    {
        m_writer.reset();
        m_database.closeThreadConnection();
    }

    QAtomicInteger<qint64> written = 0;
    QAtomicInteger<int> backlog = 0;
    QAtomicInteger<qint64> generation = 0;
    bool failed = false;

private:
    SnapshotDatabase &m_database;
    std::unique_ptr<SnapshotWriter> m_writer;
};

SnapshotWriteWorker::SnapshotWriteWorker(SnapshotDatabase &database, QObject *parent)
    : QObject(parent), m_database(database), m_thread(new QThread), m_engine(new Engine(database))
{
    m_thread->setObjectName(QStringLiteral("snapshot writer"));
    m_engine->moveToThread(m_thread);
    m_thread->start();
}

SnapshotWriteWorker::~SnapshotWriteWorker()
{
    // Anything still running is aborted by the writer's destructor, on its own thread.
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->finish(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_engine;
    delete m_thread;
}

void SnapshotWriteWorker::post(std::function<Error(SnapshotWriter &)> operation)
{
    Engine *engine = m_engine;
    SnapshotWriteWorker *self = this; // alive: the destructor waits for the engine's queue
    QMetaObject::invokeMethod(engine, [engine, operation, self] {
        if (engine->failed)
            return;
        const Error error = operation(engine->writer());
        if (error) {
            engine->failed = true;
            QMetaObject::invokeMethod(self, [self, error] { emit self->failed(error); });
        }
    });
}

void SnapshotWriteWorker::begin(SnapshotGeneration::Kind kind)
{
    Engine *engine = m_engine;
    post([kind, engine](SnapshotWriter &writer) {
        const Error error = writer.beginGeneration(kind);
        engine->generation = writer.generationId();
        return error;
    });
}

void SnapshotWriteWorker::apply(const DirectoryChanges &changes)
{
    Engine *engine = m_engine;
    SnapshotWriteWorker *self = this; // alive: the destructor waits for the engine's queue
    const int lowWater = m_lowWater;
    ++engine->backlog;
    post([changes, engine, self, lowWater](SnapshotWriter &writer) {
        const Error error = writer.apply(changes);
        engine->written += changes.records.size();
        if (engine->backlog.fetchAndSubOrdered(1) == lowWater + 1)
            QMetaObject::invokeMethod(self, [self] { emit self->backlogLow(); });
        return error;
    });
}

int SnapshotWriteWorker::backlog() const
{
    return m_engine->backlog.loadRelaxed();
}

void SnapshotWriteWorker::setMembers(SnapshotRelation relation, const QString &containerId,
                                     const QList<MemberRef> &members)
{
    post([relation, containerId, members](SnapshotWriter &writer) {
        return writer.setMembers(relation, containerId, members);
    });
}

void SnapshotWriteWorker::markUnseenRemoved(SnapshotObjectType type)
{
    post([type](SnapshotWriter &writer) { return writer.markUnseenRemoved(type); });
}

void SnapshotWriteWorker::setDeltaLink(SnapshotObjectType type, const QString &link)
{
    post([type, link](SnapshotWriter &writer) { return writer.setDeltaLink(type, link); });
}

void SnapshotWriteWorker::commit(int generationsKept)
{
    Engine *engine = m_engine;
    SnapshotWriteWorker *self = this; // alive: the destructor waits for the engine's queue
    SnapshotDatabase *database = &m_database;
    QMetaObject::invokeMethod(engine, [engine, self, database, generationsKept] {
        Error error;
        if (engine->failed) {
            engine->writer().abortGeneration();
            error = Error(Error::Kind::Storage, QString());
            error.setMessage(
                SnapshotWriter::tr("The snapshot was not updated because an earlier write failed."));
        } else {
            error = engine->writer().commitGeneration();
        }
        if (!error && generationsKept > 0)
            error = database->compact(generationsKept);
        engine->finish();
        QMetaObject::invokeMethod(self, [self, error] { emit self->finished(error); });
    });
}

void SnapshotWriteWorker::abort()
{
    Engine *engine = m_engine;
    SnapshotWriteWorker *self = this; // alive: the destructor waits for the engine's queue
    QMetaObject::invokeMethod(engine, [engine, self] {
        if (engine->writer().isRunning())
            engine->writer().abortGeneration();
        engine->finish();
        QMetaObject::invokeMethod(self,
                                  [self] { emit self->finished(Error(Error::Kind::Cancelled, QString())); });
    });
}

qint64 SnapshotWriteWorker::written() const
{
    return m_engine->written;
}
qint64 SnapshotWriteWorker::generationId() const
{
    return m_engine->generation;
}
