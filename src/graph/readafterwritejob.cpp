#include "graph/readafterwritejob.h"

#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/logging.h"

#include <algorithm>

ReadAfterWriteJob::ReadAfterWriteJob(GraphClient *graph, const QString &path, int waitMs, QObject *parent)
    : QObject(parent), m_graph(graph), m_path(path), m_waitMs(std::max(0, waitMs))
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &ReadAfterWriteJob::read);
}

ReadAfterWriteJob::~ReadAfterWriteJob()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
    }
}

void ReadAfterWriteJob::start()
{
    if (m_finished || m_clock.isValid())
        return;
    m_clock.start();
    read();
}

void ReadAfterWriteJob::read()
{
    if (m_finished)
        return;
    m_job = m_graph->get(m_path);
    connect(m_job, &ApiJob::finished, this, &ReadAfterWriteJob::onRead);
}

void ReadAfterWriteJob::onRead()
{
    ApiJob *job = m_job;
    if (!job || m_finished)
        return;
    m_job = nullptr;
    job->deleteLater();
    ++m_reads;
    m_result = job->result();
    const bool notYet = job->error().kind() == Error::Kind::Http && job->error().httpStatus() == 404;
    const qint64 left = m_waitMs - m_clock.elapsed();
    if (!notYet || left <= 0) {
        finish(job->error());
        return;
    }
    const int pause = int(std::min<qint64>(m_pauseMs, left));
    qCDebug(lcGraph).noquote() << job->request().where() << "not visible yet; reading again in" << pause
                               << "ms";
    m_pauseMs = std::min(m_pauseMs * 2, kMaxPauseMs);
    m_pause.start(pause);
}

void ReadAfterWriteJob::cancel()
{
    if (m_finished)
        return;
    m_pause.stop();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    finish(Error(Error::Kind::Cancelled, QStringLiteral("GET ") + m_path.section(QLatin1Char('?'), 0, 0)));
}

void ReadAfterWriteJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    QTimer::singleShot(0, this, [this] { emit finished(); });
}
