#include "graph/pageiterator.h"

#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/jsonslices.h"
#include "graph/logging.h"

#include <QTimer>

PageIterator::PageIterator(GraphClient *client, const QString &pathOrUrl, const ApiRequest::Headers &headers,
                           QObject *parent)
    : PageIterator(client, client->request("GET", pathOrUrl, QJsonDocument(), headers), parent)
{}

PageIterator::PageIterator(RequestSender *sender, const ApiRequest &first, QObject *parent)
    : QObject(parent), m_sender(sender), m_first(first)
{}

PageIterator::~PageIterator()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
    }
}

QList<QByteArray> PageIterator::pageItemsJson() const
{
    QList<QByteArray> items;
    if (m_pageBody.isEmpty() || !JsonSlices::arrayItems(m_pageBody, QByteArrayLiteral("value"), &items) ||
        items.size() != m_pageItems)
        return {};
    return items;
}

void PageIterator::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    fetch(m_first.resolvedUrl());
}

void PageIterator::fetch(const QUrl &url)
{
    ApiRequest r = m_first;
    r.url = url;
    m_nextLink = url;
    m_job = m_sender->send(r);
    connect(m_job, &ApiJob::finished, this, &PageIterator::onPage);
}

void PageIterator::onPage()
{
    ApiJob *job = m_job;
    if (!job || m_finished)
        return;
    m_job = nullptr;
    job->deleteLater();
    if (job->error()) {
        finish(job->error());
        return;
    }
    QString next, delta;
    if (const std::shared_ptr<const DirectoryPage> listed = job->result().page) {
        if (!listed->hasValue && !m_acceptsEmptyAnswers) {
            finish(
                Error(Error::Kind::InvalidReply, job->request().where(), QStringLiteral("No \"value\" array"))
                    .setRequestId(job->result().requestId));
            return;
        }
        if (m_pages == 0)
            m_annotations = listed->annotations;
        ++m_pages;
        m_items += listed->items.size();
        next = listed->nextLink;
        delta = listed->deltaLink;
        emit directoryPage(*listed);
    } else {
        const QJsonObject object = job->result().object();
        const QJsonValue value = object.value(QLatin1String("value"));
        const bool empty = value.isUndefined() || value.isNull();
        if (!value.isArray() && !(m_acceptsEmptyAnswers && empty)) {
            finish(
                Error(Error::Kind::InvalidReply, job->request().where(), QStringLiteral("No \"value\" array"))
                    .setRequestId(job->result().requestId));
            return;
        }
        const QJsonArray items = value.toArray();
        if (m_pages == 0) {
            m_annotations = object;
            m_annotations.remove(QLatin1String("value"));
        }
        ++m_pages;
        m_items += items.size();
        next = object.value(QLatin1String("@odata.nextLink")).toString();
        delta = object.value(QLatin1String("@odata.deltaLink")).toString();
        m_pageBody = job->result().rawBody;
        m_pageItems = items.size();
        emit page(items);
        m_pageBody.clear();
    }
    if (m_finished) // cancelled from a page() slot
        return;
    if (!next.isEmpty()) {
        const QUrl link(next);
        if (!m_sender->isAllowedLink(link)) {
            finish(Error(Error::Kind::Insecure, job->request().where(),
                         QStringLiteral("nextLink to %1 refused").arg(link.host())));
            return;
        }
        if (m_pages >= m_maxPages) {
            finish(Error(Error::Kind::InvalidReply, job->request().where(),
                         QStringLiteral("More than %1 pages").arg(m_maxPages)));
            return;
        }
        emit linkAdvanced(link);
        if (m_finished)
            return;
        if (m_paused) {
            m_held = link;
            return;
        }
        fetch(link);
        return;
    }
    m_nextLink = QUrl();
    if (!delta.isEmpty()) {
        m_deltaLink = QUrl(delta);
        emit linkAdvanced(m_deltaLink);
    }
    finish(Error());
}

void PageIterator::resume()
{
    m_paused = false;
    if (m_held.isEmpty() || m_finished || m_job)
        return;
    const QUrl link = m_held;
    m_held = QUrl();
    fetch(link);
}

void PageIterator::cancel()
{
    if (m_finished)
        return;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
        m_job = nullptr;
    }
    finish(Error(Error::Kind::Cancelled, m_first.where()));
}

void PageIterator::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    qCDebug(lcGraph).noquote() << m_first.where() << "paging done:" << m_pages << "pages," << m_items
                               << "items";
    QTimer::singleShot(0, this, [this] { emit finished(); });
}
