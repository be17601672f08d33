#pragma once

#include "core/error.h"
#include "graph/apirequest.h"
#include "graph/directorypage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class GraphClient;
class PageIterator;

// One delta round: from a delta path ("/users/delta?$select=id,displayName") or a stored deltaLink, through
// every @odata.nextLink, to the new @odata.deltaLink. page(items) includes "@removed" entries (see
// isRemoved()); linkAdvanced(link) after each page lets the caller persist progress and resume from that link
// after a crash; finished() once, with deltaLink() for the next round. An expired or unknown token (HTTP 410,
// syncStateNotFound, resyncRequired) finishes with an Http error whose status and code are kept:
// needsFullSync(error()) tells the caller to start again without a token.
class DeltaIterator : public QObject
{
    Q_OBJECT
public:
    DeltaIterator(GraphClient *client, const QString &pathOrLink, const ApiRequest::Headers &headers = {},
                  QObject *parent = nullptr);
    ~DeltaIterator() override;

    void start();
    void cancel();

    bool isFinished() const;
    Error error() const;
    QUrl deltaLink() const;
    int pageCount() const;
    qint64 itemCount() const;

    // "{"id":..,"@removed":{"reason":"changed"|"deleted"}}": soft-deleted (restorable) or gone for good.
    static bool isRemoved(const QJsonObject &item);
    static QString removedReason(const QJsonObject &item); // "changed", "deleted", or "" when not removed
    static bool needsFullSync(const Error &error);
    // "/users/delta?$select=id" -> "/users/delta?$select=id&$deltatoken=latest": a deltaLink for "from now
    // on" with no items (Graph returns just the link).
    static QString latestPath(const QString &deltaPath);

    // Reads every page with DirectoryPage's streaming reader: directoryPage() instead of page(). Before
    // start().
    void setReadsDirectoryPages(bool reads);

signals:
    void page(const QJsonArray &items);
    void directoryPage(const DirectoryPage &page);
    void linkAdvanced(const QUrl &nextOrDeltaLink);
    void finished();

private:
    PageIterator *m_pages;
};
