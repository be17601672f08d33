#include "graph/batchjob.h"

#include "graph/apiclient.h"
#include "graph/apierrormapper.h"
#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {
bool safeMethod(const QByteArray &method)
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "DELETE" || m == "PUT";
}

QString headerValue(const QJsonObject &headers, const QString &name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return QString();
}
} // namespace

BatchJob::BatchJob(GraphClient *client, const QList<BatchItem> &items, QObject *parent)
    : QObject(parent), m_client(client), m_items(items)
{
    m_roundTimer.setSingleShot(true);
    connect(&m_roundTimer, &QTimer::timeout, this, &BatchJob::sendRound);
}

BatchJob::~BatchJob()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
            job->deleteLater();
        }
    }
}

void BatchJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    QSet<QString> seen;
    for (int i = 0; i < m_items.size(); ++i) {
        const QString key = m_items.at(i).id.toLower();
        if (m_items.at(i).id.isEmpty() || seen.contains(key)) {
            m_error = Error(Error::Kind::Configuration, QStringLiteral("POST /$batch"),
                            QStringLiteral("Empty or duplicate batch item id '%1'").arg(m_items.at(i).id));
            failPending(m_error);
            return;
        }
        seen.insert(key);
        m_index.insert(m_items.at(i).id, i);
    }
    for (const BatchItem &item : std::as_const(m_items)) {
        for (const QString &dependency : item.dependsOn) {
            if (!m_index.contains(dependency)) {
                m_error =
                    Error(Error::Kind::Configuration, QStringLiteral("POST /$batch"),
                          QStringLiteral("Item '%1' depends on unknown item '%2'").arg(item.id, dependency));
                failPending(m_error);
                return;
            }
        }
        m_pending.append(item.id);
    }
    QTimer::singleShot(0, this, &BatchJob::sendRound);
}

QList<QStringList> BatchJob::plan(const QStringList &ids) const
{
    // Connected components over dependsOn (among the ids being sent), then first-fit into batches of 20.
    QHash<QString, QString> parent;
    for (const QString &id : ids)
        parent.insert(id, id);
    std::function<QString(const QString &)> root = [&](const QString &id) {
        QString r = id;
        while (parent.value(r) != r)
            r = parent.value(r);
        parent[id] = r;
        return r;
    };
    for (const QString &id : ids) {
        for (const QString &dependency : m_items.at(m_index.value(id)).dependsOn) {
            if (parent.contains(dependency))
                parent[root(id)] = root(dependency);
        }
    }
    QHash<QString, QStringList> components;
    QStringList order;
    for (const QString &id : ids) {
        const QString r = root(id);
        if (!components.contains(r))
            order.append(r);
        components[r].append(id);
    }
    QList<QStringList> batches;
    for (const QString &r : std::as_const(order)) {
        const QStringList &component = components[r];
        auto fits = std::find_if(batches.begin(), batches.end(), [&](const QStringList &b) {
            return b.size() + component.size() <= kMaxPerBatch;
        });
        if (fits != batches.end())
            fits->append(component);
        else
            batches.append(component);
    }
    return batches;
}

QJsonObject BatchJob::itemJson(const BatchItem &item) const
{
    QJsonObject o{{QStringLiteral("id"), item.id},
                  {QStringLiteral("method"), QString::fromLatin1(item.method.toUpper())},
                  {QStringLiteral("url"), item.url}};
    QJsonObject headers;
    for (const auto &h : item.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    if (!item.body.isNull()) {
        o.insert(QStringLiteral("body"),
                 item.body.isArray() ? QJsonValue(item.body.array()) : QJsonValue(item.body.object()));
        if (headerValue(headers, QStringLiteral("Content-Type")).isEmpty())
            headers.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    }
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), headers);
    return o;
}

void BatchJob::sendRound()
{
    if (m_finished || !m_client)
        return;
    const QStringList pending = m_pending;
    m_pending.clear();
    m_nextDelayMs = 0;
    const QSet<QString> sending(pending.begin(), pending.end());
    const QList<QStringList> batches = plan(pending);
    for (const QStringList &ids : batches) {
        if (ids.size() > kMaxPerBatch) {
            for (const QString &id : ids) {
                BatchItemResult r;
                r.id = id;
                r.error =
                    Error(Error::Kind::Configuration, QStringLiteral("POST /$batch"),
                          QStringLiteral("A dependsOn chain of %1 items does not fit in one batch of %2")
                              .arg(ids.size())
                              .arg(kMaxPerBatch));
                settle(id, r);
            }
            continue;
        }
        QJsonArray requests;
        bool safe = true;
        for (const QString &id : ids) {
            BatchItem item = m_items.at(m_index.value(id));
            // Dependencies that already succeeded in an earlier batch are satisfied.
            item.dependsOn.erase(std::remove_if(item.dependsOn.begin(), item.dependsOn.end(),
                                                [&](const QString &d) { return !sending.contains(d); }),
                                 item.dependsOn.end());
            QJsonObject json = itemJson(item);
            if (!item.dependsOn.isEmpty())
                json.insert(QStringLiteral("dependsOn"), QJsonArray::fromStringList(item.dependsOn));
            requests.append(json);
            safe = safe && safeMethod(item.method);
            ++m_attempts[id];
        }
        ApiRequest request =
            m_client->request("POST", QStringLiteral("/$batch"),
                              QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}));
        request.idempotent = safe; // a batch of only safe items may be repeated after a lost answer
        ApiJob *job = m_client->send(request);
        ++m_batchesSent;
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, ids] { onBatchFinished(job, ids); });
    }
    finishIfDone();
}

void BatchJob::onBatchFinished(ApiJob *job, const QStringList &ids)
{
    m_jobs.removeAll(job);
    job->deleteLater();
    if (m_finished)
        return;
    if (job->error()) {
        for (const QString &id : ids) {
            BatchItemResult r;
            r.id = id;
            r.status = 0;
            r.error = job->error();
            settle(id, r);
        }
    } else {
        QHash<QString, QJsonObject> responses;
        for (const QJsonValue &v : job->result().object().value(QLatin1String("responses")).toArray())
            responses.insert(v.toObject().value(QLatin1String("id")).toString().toLower(), v.toObject());
        const RetryPolicy &policy = m_client->api()->retryPolicy();
        QSet<QString> retry;
        for (const QString &id : ids) {
            const QJsonObject response = responses.value(id.toLower());
            const int status = response.value(QLatin1String("status")).toInt();
            if (!RetryPolicy::isThrottleStatus(status) || m_attempts.value(id) >= policy.maxAttempts())
                continue;
            // 429: Graph did not process the item. 503/504: it may have been applied, so only an item that
            // is harmless to repeat goes again; a POST or PATCH ends with its status.
            if (status != 429 && !safeMethod(m_items.at(m_index.value(id)).method))
                continue;
            const QByteArray retryAfter = headerValue(response.value(QLatin1String("headers")).toObject(),
                                                      QStringLiteral("Retry-After"))
                                              .toLatin1();
            qint64 delay = RetryPolicy::parseRetryAfterMs(retryAfter, QDateTime::currentDateTimeUtc());
            if (delay < 0)
                delay = policy.backoffMs(m_attempts.value(id), QRandomGenerator::global()->generateDouble());
            m_nextDelayMs = std::max(m_nextDelayMs, delay);
            retry.insert(id);
        }
        // Items skipped (424) because something they depend on will be retried go again too.
        bool grew = true;
        while (grew) {
            grew = false;
            for (const QString &id : ids) {
                if (retry.contains(id) ||
                    responses.value(id.toLower()).value(QLatin1String("status")).toInt() != 424)
                    continue;
                const QStringList &deps = m_items.at(m_index.value(id)).dependsOn;
                if (std::any_of(deps.begin(), deps.end(),
                                [&](const QString &d) { return retry.contains(d); })) {
                    retry.insert(id); // it never ran; retried with its dependency whatever its attempts
                    grew = true;
                }
            }
        }
        for (const QString &id : ids) {
            if (retry.contains(id)) {
                ++m_itemRetries;
                continue;
            }
            const QJsonObject response = responses.value(id.toLower());
            BatchItemResult r;
            r.id = id;
            if (response.isEmpty()) {
                r.error = ApiErrorMapper::invalidReply(QStringLiteral("POST /$batch"),
                                                       QStringLiteral("No response for item '%1'").arg(id),
                                                       job->result().requestId);
            } else {
                r.status = response.value(QLatin1String("status")).toInt();
                r.body = response.value(QLatin1String("body"));
                r.headers = response.value(QLatin1String("headers")).toObject();
            }
            settle(id, r);
        }
        for (const BatchItem &item : std::as_const(m_items)) {
            if (retry.contains(item.id))
                m_pending.append(item.id);
        }
    }
    if (m_jobs.isEmpty() && !m_pending.isEmpty() && !m_finished) {
        qCInfo(lcGraph) << "batch: retrying" << m_pending.size() << "throttled items in" << m_nextDelayMs
                        << "ms";
        m_roundTimer.start(int(std::min<qint64>(m_nextDelayMs, std::numeric_limits<int>::max())));
        return;
    }
    finishIfDone();
}

void BatchJob::settle(const QString &id, const BatchItemResult &result)
{
    if (m_results.contains(id))
        return;
    BatchItemResult r = result;
    r.attempts = m_attempts.value(id);
    if (!r.error && !r.isSuccess()) {
        const BatchItem &item = m_items.at(m_index.value(id));
        const QString where = QString::fromLatin1(item.method.toUpper()) + QLatin1Char(' ') +
                              item.url.section(QLatin1Char('?'), 0, 0);
        const QByteArray body = r.body.isObject() ? QJsonDocument(r.body.toObject()).toJson() : QByteArray();
        r.error = ApiErrorMapper::fromHttp(
            r.status, body, headerValue(r.headers, QStringLiteral("request-id")), where,
            RetryPolicy::isThrottleStatus(r.status) && (r.status == 429 || safeMethod(item.method)));
        RetryPolicy::Outcome outcome;
        outcome.status = r.status;
        if (RetryPolicy::isUnknownOutcome(outcome, safeMethod(item.method)))
            r.error = ApiErrorMapper::unknownOutcome(r.error); // a POST or PATCH answered 502/503/504
    }
    m_results.insert(id, r);
    emit itemFinished(id, r.status, r.body.toObject());
}

void BatchJob::failPending(const Error &error)
{
    for (const BatchItem &item : std::as_const(m_items)) {
        BatchItemResult r;
        r.id = item.id;
        r.error = error;
        settle(item.id, r);
    }
    m_pending.clear();
    finishIfDone();
}

void BatchJob::cancel()
{
    if (m_finished)
        return;
    m_roundTimer.stop();
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
            job->deleteLater();
        }
    }
    m_jobs.clear();
    m_error = Error(Error::Kind::Cancelled, QStringLiteral("POST /$batch"));
    failPending(m_error);
}

void BatchJob::finishIfDone()
{
    if (m_finished || !m_jobs.isEmpty() || !m_pending.isEmpty())
        return;
    for (const BatchItem &item : std::as_const(m_items)) {
        if (!m_results.contains(item.id))
            return;
    }
    m_finished = true;
    QTimer::singleShot(0, this, [this] { emit finished(); });
}
