#pragma once

#include "core/error.h"
#include "graph/apiresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class ApiJob;
class GraphClient;

// Reads an object the caller has just created (Graph POST, Exchange New-Mailbox...). Microsoft 365 is
// eventually consistent: for a while such a read can answer 404 Request_ResourceNotFound, and a mailbox
// created in Exchange reaches Graph only after a delay. This GETs `path` and repeats a 404 with growing
// pauses (kFirstPauseMs, doubled, at most kMaxPauseMs) until `waitMs` have passed; any other answer ends it.
// Emits finished() exactly once; result() and error() as ApiJob's (the last 404 when the object never
// appeared). Only for objects known to exist: for any other read a 404 is the answer.
class ReadAfterWriteJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstPauseMs = 250;
    static constexpr int kMaxPauseMs = 4000;
    static constexpr int kDefaultWaitMs = 60000;

    ReadAfterWriteJob(GraphClient *graph, const QString &path, int waitMs = kDefaultWaitMs,
                      QObject *parent = nullptr);
    ~ReadAfterWriteJob() override;

    void start();
    void cancel(); // finished() follows once with Error::Kind::Cancelled unless already finished

    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    const ApiResponse &result() const { return m_result; }
    int reads() const { return m_reads; } // GETs answered (each may itself have been retried)

signals:
    void finished();

private:
    void read();
    void onRead();
    void finish(const Error &error);

    GraphClient *m_graph;
    QString m_path;
    int m_waitMs;
    int m_pauseMs = kFirstPauseMs;
    int m_reads = 0;
    QPointer<ApiJob> m_job;
    QTimer m_pause;
    QElapsedTimer m_clock;
    ApiResponse m_result;
    Error m_error;
    bool m_finished = false;
};
