#include "graph/apiclient.h"

#include "graph/apijob.h"
#include "graph/logging.h"

#include <QNetworkAccessManager>

#include <algorithm>

ApiClient::ApiClient(QNetworkAccessManager *network, AccessTokenSource *tokens, const RetryPolicy &policy,
                     QObject *parent)
    : QObject(parent), m_tokens(tokens), m_policy(policy)
{
    m_networks.append(network);
    m_clock.start();
}

void ApiClient::addNetwork(QNetworkAccessManager *network)
{
    m_networks.append(network);
}

ApiClient::~ApiClient()
{
    // Jobs are children: make them forget the client before they are destroyed with it.
    const auto jobs = findChildren<ApiJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs)
        job->m_client = nullptr;
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request, m_policy);
    QMetaObject::invokeMethod(
        job, [job] { job->start(); }, Qt::QueuedConnection);
    return job;
}

ApiJob *ApiClient::failed(const ApiRequest &request, const Error &error)
{
    auto *job = new ApiJob(this, request, m_policy);
    QMetaObject::invokeMethod(
        job, [job, error] { job->fail(error); }, Qt::QueuedConnection);
    return job;
}

ApiJob *ApiClient::sendBelow(const ApiRequest &request, const QUrl &baseUrl, const QString &resource)
{
    ApiRequest r = request;
    if (r.baseUrl.isEmpty())
        r.baseUrl = baseUrl;
    if (r.resource.isEmpty())
        r.resource = resource;
    const QUrl url = r.resolvedUrl();
    if (!ApiRequest::isSameOrigin(url, baseUrl)) {
        qCWarning(lcGraph).noquote() << "Refused a link to another host:" << url.host();
        return failed(r, Error(Error::Kind::Insecure, r.where(),
                               QStringLiteral("Link to %1 is not on %2").arg(url.host(), baseUrl.host())));
    }
    return send(r);
}

void ApiClient::setMaxConcurrentPerHost(int max)
{
    m_maxPerHost = std::max(1, max);
    const QStringList keys = m_hosts.keys();
    for (const QString &key : keys)
        pump(key);
}

void ApiClient::setLaneLimit(const QString &lane, int max)
{
    if (max > 0)
        m_laneLimits.insert(lane, max);
    else
        m_laneLimits.remove(lane);
    const QStringList keys = m_hosts.keys();
    for (const QString &key : keys)
        pump(key);
}

bool ApiClient::laneIsFull(const Host &host, const QString &lane) const
{
    const int limit = lane.isEmpty() ? 0 : m_laneLimits.value(lane);
    return limit > 0 && host.laneInFlight.value(lane) >= limit;
}

void ApiClient::resetStatistics()
{
    m_stats = Statistics();
}

QString ApiClient::hostKey(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(
               url.port(url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443));
}

int ApiClient::inFlight(const QUrl &url) const
{
    return m_hosts.value(hostKey(url)).inFlight;
}

qint64 ApiClient::throttledForMs(const QUrl &url) const
{
    return std::max<qint64>(0, m_hosts.value(hostKey(url)).blockedUntilMs - m_clock.elapsed());
}

void ApiClient::enqueue(ApiJob *job, const QUrl &url)
{
    const QString key = hostKey(url);
    m_hosts[key].waiting.append(job);
    pump(key);
}

void ApiClient::dequeue(ApiJob *job, const QUrl &url)
{
    auto it = m_hosts.find(hostKey(url));
    if (it == m_hosts.end())
        return;
    it->waiting.removeIf([job](const QPointer<ApiJob> &p) { return !p || p == job; });
}

void ApiClient::release(const QUrl &url, const QString &lane, int networkIndex)
{
    const QString key = hostKey(url);
    auto it = m_hosts.find(key);
    if (it == m_hosts.end())
        return;
    it->inFlight = std::max(0, it->inFlight - 1);
    if (networkIndex >= 0 && networkIndex < it->inFlightPerNetwork.size())
        it->inFlightPerNetwork[networkIndex] = std::max(0, it->inFlightPerNetwork[networkIndex] - 1);
    if (!lane.isEmpty() && --it->laneInFlight[lane] <= 0)
        it->laneInFlight.remove(lane);
    // Let the finishing job complete first; then hand the slot on.
    QMetaObject::invokeMethod(
        this, [this, key] { pump(key); }, Qt::QueuedConnection);
}

void ApiClient::noteThrottled(const QUrl &url, int status, qint64 retryAfterMs)
{
    if (status == 429)
        ++m_stats.throttledResponses;
    Host &host = m_hosts[hostKey(url)];
    const qint64 until = m_clock.elapsed() + std::max<qint64>(0, retryAfterMs);
    if (until > host.blockedUntilMs) {
        host.blockedUntilMs = until;
        qCInfo(lcGraph).noquote() << url.host() << "is throttling; holding its queue for" << retryAfterMs
                                  << "ms";
    }
}

void ApiClient::noteAttempt(bool retry)
{
    ++m_stats.requestsSent;
    if (retry)
        ++m_stats.retries;
}

void ApiClient::schedulePump(const QString &key, qint64 delayMs)
{
    Host &host = m_hosts[key];
    if (host.pumpScheduled)
        return;
    host.pumpScheduled = true;
    QTimer::singleShot(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())), this, [this, key] {
        m_hosts[key].pumpScheduled = false;
        pump(key);
    });
}

void ApiClient::pump(const QString &key)
{
    for (;;) {
        auto it = m_hosts.find(key);
        if (it == m_hosts.end())
            return;
        const qint64 wait = it->blockedUntilMs - m_clock.elapsed();
        if (wait > 0) {
            if (!it->waiting.isEmpty())
                schedulePump(key, wait);
            return;
        }
        while (!it->waiting.isEmpty() && !it->waiting.first())
            it->waiting.removeFirst();
        if (it->inFlight >= m_maxPerHost || it->waiting.isEmpty())
            return;
        // The first waiting job whose lane has room (a full lane does not hold up the others).
        const auto next =
            std::find_if(it->waiting.begin(), it->waiting.end(),
                         [&](const QPointer<ApiJob> &p) { return p && !laneIsFull(*it, p->request().lane); });
        if (next == it->waiting.end())
            return;
        QPointer<ApiJob> job = *next;
        it->waiting.erase(next);
        ++it->inFlight;
        m_stats.maxInFlightPerHost = std::max(m_stats.maxInFlightPerHost, it->inFlight);
        const QString lane = job->request().lane;
        if (!lane.isEmpty()) {
            const int inLane = ++it->laneInFlight[lane];
            m_stats.maxInFlightInLane = std::max(m_stats.maxInFlightInLane, inLane);
        }
        it->inFlightPerNetwork.resize(m_networks.size());
        const auto least = std::min_element(it->inFlightPerNetwork.begin(), it->inFlightPerNetwork.end());
        ++*least;
        job->transmit(int(least - it->inFlightPerNetwork.begin())); // may touch m_hosts: look it up again
    }
}
