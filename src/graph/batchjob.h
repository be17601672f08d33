#pragma once

#include "core/error.h"
#include "graph/batchitem.h"
#include "graph/batchitemresult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ApiJob;
class GraphClient;

// Runs any number of BatchItems as POST /$batch requests of at most 20 (dependsOn chains kept together).
// Items answered 429 inside a batch, and items safe to repeat (GET, HEAD, PUT, DELETE) answered 503/504, are
// sent again in a later batch after their Retry-After (and the items that were skipped with 424 because of
// them); a POST or PATCH answered 502/503/504 may have been applied and ends with Error::Kind::UnknownOutcome
// (as every item does when the answer to the whole $batch request is lost). An item that succeeded is never
// sent again. Every item ends with exactly one itemFinished(); then finished() once. Call
// start() after connecting.
class BatchJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPerBatch = 20;

    BatchJob(GraphClient *client, const QList<BatchItem> &items, QObject *parent = nullptr);
    ~BatchJob() override;

    void start();
    void cancel(); // unfinished items end with Error::Kind::Cancelled

    bool isFinished() const { return m_finished; }
    // Set when the job could not run as asked (duplicate ids, a dependency chain over 20 items, cancelled);
    // item failures are in the item results.
    Error error() const { return m_error; }
    BatchItemResult result(const QString &id) const { return m_results.value(id); }
    QHash<QString, BatchItemResult> results() const { return m_results; }
    int batchesSent() const { return m_batchesSent; }
    int itemRetries() const { return m_itemRetries; }

signals:
    void itemFinished(const QString &id, int status, const QJsonObject &body);
    void finished();

private:
    void sendRound();
    void onBatchFinished(ApiJob *job, const QStringList &ids);
    void settle(const QString &id, const BatchItemResult &result);
    void failPending(const Error &error);
    void finishIfDone();
    QList<QStringList> plan(const QStringList &ids) const;
    QJsonObject itemJson(const BatchItem &item) const;

    QPointer<GraphClient> m_client;
    QList<BatchItem> m_items;
    QHash<QString, int> m_index; // id -> m_items position
    QHash<QString, BatchItemResult> m_results;
    QHash<QString, int> m_attempts;
    QStringList m_pending; // ids to send in the next round, in item order
    QList<QPointer<ApiJob>> m_jobs;
    QTimer m_roundTimer;
    qint64 m_nextDelayMs = 0;
    Error m_error;
    int m_batchesSent = 0;
    int m_itemRetries = 0;
    bool m_started = false;
    bool m_finished = false;
};
