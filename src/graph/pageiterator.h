#pragma once

#include "core/error.h"
#include "graph/apirequest.h"
#include "graph/directorypage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiJob;
class GraphClient;
class RequestSender;

// Follows @odata.nextLink from a first request to the end. Emits page(items) once per page (a page that had
// to be retried is still delivered once), linkAdvanced() with the next link (or the final deltaLink) after
// each page, and finished() exactly once (error() empty on success; deltaLink() set when the last page had
// one). Every page repeats the first request's method, body and headers (ConsistencyLevel is resent, as Graph
// requires; Exchange's InvokeCommand re-POSTs its body). Call start() after connecting.
class PageIterator : public QObject
{
    Q_OBJECT
public:
    // GET `pathOrUrl` (relative to graphUrl, or an absolute link on the Graph host).
    PageIterator(GraphClient *client, const QString &pathOrUrl, const ApiRequest::Headers &headers = {},
                 QObject *parent = nullptr);
    // Any first request through any sender (GraphClient, ExchangeClient).
    PageIterator(RequestSender *sender, const ApiRequest &first, QObject *parent = nullptr);
    ~PageIterator() override;

    void start();
    // Holds the next request back (the page in flight still arrives) until resume(): a consumer that cannot
    // keep up bounds what is queued for it.
    void pause() { m_paused = true; }
    void resume();
    void cancel(); // finished() follows once with Error::Kind::Cancelled (unless already finished)

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QUrl deltaLink() const { return m_deltaLink; }
    QUrl nextLink() const { return m_nextLink; } // the link the next page would be read from
    int pageCount() const { return m_pages; }
    qint64 itemCount() const { return m_items; }
    // The first page's object without "value" (@odata.count, @adminapi.warnings, ...).
    QJsonObject firstPageAnnotations() const { return m_annotations; }
    int maxPages() const { return m_maxPages; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; } // a guard against link loops; default 100000
    // Whether an answer without a "value" array (204 No Content, no "value", or "value":null) is a last page
    // with no items rather than an InvalidReply. Exchange's write cmdlets answer so on real tenants.
    void setAcceptsEmptyAnswers(bool accept) { m_acceptsEmptyAnswers = accept; }
    // While page() is being emitted: each item's JSON text as the page carried it, in the items' order
    // (JsonSlices), or empty when it cannot be cut out item by item. Lets a consumer store an object without
    // serializing it again.
    QList<QByteArray> pageItemsJson() const;
    // Reads every page with DirectoryPage's streaming reader (ApiRequest::directoryPage): directoryPage() is
    // emitted instead of page(). For listings of directory objects, large and many. Before start().
    void setReadsDirectoryPages(bool reads) { m_first.directoryPage = reads; }

signals:
    void page(const QJsonArray &items);
    void directoryPage(const DirectoryPage &page);
    void linkAdvanced(const QUrl &nextOrDeltaLink);
    void finished();

private:
    void fetch(const QUrl &url);
    void onPage();
    void finish(const Error &error);

    RequestSender *m_sender;
    ApiRequest m_first;
    QPointer<ApiJob> m_job;
    Error m_error;
    QUrl m_deltaLink;
    QUrl m_nextLink;
    QJsonObject m_annotations;
    QByteArray m_pageBody; // the page being emitted
    qsizetype m_pageItems = 0;
    int m_pages = 0;
    qint64 m_items = 0;
    int m_maxPages = 100000;
    bool m_acceptsEmptyAnswers = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_paused = false;
    QUrl m_held; // the next page's link, held while paused
};
