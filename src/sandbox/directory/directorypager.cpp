#include "sandbox/directory/directorypager.h"

#include "sandbox/common/grapherrorreplies.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace {
// A $skiptoken is "u:<position>:<issued>" (storage order) or "o:<position>:<issued>:<sort key>" (ordered),
// base64url-encoded: it names the first object of the next page; <issued> (ms since the epoch) lets the
// "page-token-expiry" switch refuse old tokens as Graph does.
QString encodeToken(qsizetype position, const QString *key)
{
    const qint64 issued = QDateTime::currentMSecsSinceEpoch();
    const QString text = key ? QStringLiteral("o:%1:%2:").arg(position).arg(issued) + *key
                             : QStringLiteral("u:%1:%2").arg(position).arg(issued);
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeToken(const QString &token, bool ordered, SortedOrderCache::Entry *cursor, qint64 *issued)
{
    const QString text = QString::fromUtf8(QByteArray::fromBase64(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (!text.startsWith(ordered ? QLatin1String("o:") : QLatin1String("u:")))
        return false;
    const QString position = text.section(QLatin1Char(':'), 1, 1);
    const QString time = text.section(QLatin1Char(':'), 2, 2);
    bool ok = false, timeOk = false;
    cursor->position = position.toLongLong(&ok);
    *issued = time.toLongLong(&timeOk);
    if (ordered)
        cursor->key = text.mid(4 + position.size() + time.size());
    return ok && timeOk && cursor->position >= 0;
}
} // namespace

SandboxResponse DirectoryPager::list(const SandboxRequest &request, const ObjectCollection &collection,
                                     const DirectorySchema &schema, bool deleted, const QString &entitySet)
{
    ODataQuery query(request);
    SandboxResponse failure;
    if (!query.validate(schema, true, &failure))
        return failure;
    return page(request, query, collection, schema, deleted, query.contextFragment(entitySet));
}

SandboxResponse DirectoryPager::rawCount(const SandboxRequest &request, const ObjectCollection &collection,
                                         const DirectorySchema &schema)
{
    ODataQuery query(request);
    SandboxResponse failure;
    if (!query.validateRawCount(schema, &failure))
        return failure;
    return SandboxResponse::text(200, "text/plain",
                                 QByteArray::number(qlonglong(count(query, collection, false))));
}

qsizetype DirectoryPager::count(const ODataQuery &query, const ObjectCollection &collection, bool deleted)
{
    if (!deleted && !query.isFiltered())
        return collection.aliveCount();
    qsizetype n = 0;
    for (qsizetype p = 0; p < collection.slotCount(); ++p) {
        if ((deleted ? collection.isDeleted(p) : collection.isAlive(p)) && query.matches(collection.at(p)))
            ++n;
    }
    return n;
}

SandboxResponse DirectoryPager::page(const SandboxRequest &request, const ODataQuery &query,
                                     const ObjectCollection &collection, const DirectorySchema &schema,
                                     bool deleted, const QString &contextFragment)
{
    const bool ordered = !query.orderBy().isEmpty();
    SortedOrderCache::Entry cursor{QString(), 0};
    const QString token = query.skipToken();
    qint64 issued = 0;
    if (!token.isEmpty() && !decodeToken(token, ordered, &cursor, &issued))
        return GraphErrorReplies::badRequest(request, QStringLiteral("Invalid skip token."));
    if (!token.isEmpty() && GraphErrorReplies::isPageTokenExpired(request, issued))
        return GraphErrorReplies::expiredPageToken(request);

    const auto eligible = [&](qsizetype p) {
        return p < collection.slotCount() && (deleted ? collection.isDeleted(p) : collection.isAlive(p)) &&
               query.matches(collection.at(p));
    };
    // Deleted items carry their deletion time even in the default property set.
    const auto view = [&](const QJsonObject &object) {
        QJsonObject projected = query.project(object, schema);
        if (deleted && query.select().isEmpty())
            projected.insert(QStringLiteral("deletedDateTime"),
                             object.value(QLatin1String("deletedDateTime")));
        return projected;
    };
    QJsonArray value;
    QString next;
    if (!ordered) {
        qsizetype p = cursor.position;
        for (; p < collection.slotCount() && value.size() < query.pageSize(); ++p) {
            if (eligible(p))
                value.append(view(collection.at(p)));
        }
        while (p < collection.slotCount() && !eligible(p))
            ++p;
        if (p < collection.slotCount())
            next = encodeToken(p, nullptr);
    } else {
        const QVector<SortedOrderCache::Entry> &order = m_orders.order(collection, query.orderBy(), deleted);
        const qsizetype n = order.size();
        // Walk ascending or descending; `at(i)` is the i-th entry in walking order.
        const auto at = [&](qsizetype i) -> const SortedOrderCache::Entry & {
            return query.descending() ? order[n - 1 - i] : order[i];
        };
        qsizetype i = 0;
        if (!token.isEmpty()) {
            if (query.descending()) {
                const auto it = std::upper_bound(order.begin(), order.end(), cursor, &SortedOrderCache::less);
                i = n - qsizetype(it - order.begin());
            } else {
                i = qsizetype(std::lower_bound(order.begin(), order.end(), cursor, &SortedOrderCache::less) -
                              order.begin());
            }
        }
        for (; i < n && value.size() < query.pageSize(); ++i) {
            if (eligible(at(i).position))
                value.append(view(collection.at(at(i).position)));
        }
        while (i < n && !eligible(at(i).position))
            ++i;
        if (i < n)
            next = encodeToken(at(i).position, &at(i).key);
    }

    QJsonObject envelope{{QStringLiteral("@odata.context"),
                          request.baseUrl + QStringLiteral("/v1.0/$metadata#") + contextFragment},
                         {QStringLiteral("value"), value}};
    if (query.wantsCount() && token.isEmpty())
        envelope.insert(QStringLiteral("@odata.count"), double(count(query, collection, deleted)));
    if (!next.isEmpty())
        envelope.insert(QStringLiteral("@odata.nextLink"), ODataQuery::nextLink(request, next));
    return SandboxResponse::json(200, envelope);
}
