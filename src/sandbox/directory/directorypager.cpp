#include "sandbox/directory/directorypager.h"

#include "sandbox/common/grapherrorreplies.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

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

class DirectoryPager::FilterColumns final : public FilterExpression::FoldedStrings
{
public:
    FilterColumns(DirectoryPager &pager, const ObjectCollection &collection, qsizetype p)
        : m_pager(pager), m_collection(collection), m_position(p)
    {}
    const QString *folded(const QString &path) const override
    {
        if (path.contains(QLatin1Char('/')))
            return nullptr;
        FilterColumn &column = m_pager.filterColumn(m_collection, path);
        if (column.folded.size() < m_collection.slotCount()) {
            column.folded.resize(m_collection.slotCount());
            column.versions.resize(m_collection.slotCount());
        }
        const quint64 version = m_collection.version(m_position);
        if (column.versions.at(m_position) != version) {
            const QJsonValue value = m_collection.at(m_position).value(path);
            column.folded[m_position] =
                value.isString() ? FilterExpression::caseFolded(value.toString()) : QString();
            column.versions[m_position] = version;
        }
        const QString &folded = column.folded.at(m_position);
        return folded.isNull() ? nullptr : &folded;
    }

private:
    DirectoryPager &m_pager;
    const ObjectCollection &m_collection;
    qsizetype m_position;
};

DirectoryPager::FilterColumn &DirectoryPager::filterColumn(const ObjectCollection &collection,
                                                           const QString &path)
{
    if (!m_columns.isEmpty() && m_columns.first().collection == &collection && m_columns.first().path == path)
        return m_columns.first();
    for (qsizetype i = 1; i < m_columns.size(); ++i) {
        if (m_columns.at(i).collection == &collection && m_columns.at(i).path == path) {
            m_columns.move(i, 0);
            return m_columns.first();
        }
    }
    // A few columns: a listing's partitions filter on one property, a console's search on two or three.
    if (m_columns.size() >= 4)
        m_columns.removeLast();
    m_columns.prepend({&collection, path, {}, {}});
    return m_columns.first();
}

bool DirectoryPager::matches(const ODataQuery &query, const ObjectCollection &collection, qsizetype p)
{
    const FilterColumns columns(*this, collection, p);
    return query.matches(collection.at(p), &columns);
}

qsizetype DirectoryPager::count(const ODataQuery &query, const ObjectCollection &collection, bool deleted)
{
    if (!deleted && !query.isFiltered())
        return collection.aliveCount();
    qsizetype n = 0;
    for (qsizetype p = 0; p < collection.slotCount(); ++p) {
        if ((deleted ? collection.isDeleted(p) : collection.isAlive(p)) && matches(query, collection, p))
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
               matches(query, collection, p);
    };
    QVector<qsizetype> hits; // the page's objects, by position
    QString next;
    if (!ordered) {
        qsizetype p = cursor.position;
        for (; p < collection.slotCount() && hits.size() < query.pageSize(); ++p) {
            if (eligible(p))
                hits.append(p);
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
        for (; i < n && hits.size() < query.pageSize(); ++i) {
            if (eligible(at(i).position))
                hits.append(at(i).position);
        }
        while (i < n && !eligible(at(i).position))
            ++i;
        if (i < n)
            next = encodeToken(at(i).position, &at(i).key);
    }

    QJsonObject envelope{{QStringLiteral("@odata.context"),
                          request.baseUrl + QStringLiteral("/v1.0/$metadata#") + contextFragment}};
    if (query.wantsCount() && token.isEmpty())
        envelope.insert(QStringLiteral("@odata.count"), double(count(query, collection, deleted)));
    if (!next.isEmpty())
        envelope.insert(QStringLiteral("@odata.nextLink"), ODataQuery::nextLink(request, next));
    if (deleted) {
        // Deleted items carry their deletion time even in the default property set.
        QJsonArray value;
        for (const qsizetype p : hits) {
            const QJsonObject &object = collection.at(p);
            QJsonObject projected = query.project(object, schema);
            if (query.select().isEmpty())
                projected.insert(QStringLiteral("deletedDateTime"),
                                 object.value(QLatin1String("deletedDateTime")));
            value.append(projected);
        }
        envelope.insert(QStringLiteral("value"), value);
        return SandboxResponse::json(200, envelope);
    }
    // The envelope's other members, then "value" (a QJsonObject writes its keys sorted, so "value" comes
    // last there too) from each object's bytes: the same body as serializing the whole envelope.
    SandboxResponse response = SandboxResponse::json(200, envelope);
    SerializedSet &set = serializedSet(schema, query.select());
    qsizetype size = response.body.size() + 12;
    for (const qsizetype p : hits)
        size += serialized(set, collection, p, query, schema).size() + 1;
    response.body.reserve(size);
    response.body.chop(1); // '}'
    response.body.append(",\"value\":[");
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (i > 0)
            response.body.append(',');
        response.body.append(set.bytes.at(hits.at(i)));
    }
    response.body.append("]}");
    response.objects = int(hits.size());
    return response;
}

DirectoryPager::SerializedSet &DirectoryPager::serializedSet(const DirectorySchema &schema,
                                                             const QStringList &select)
{
    for (qsizetype i = 0; i < m_serialized.size(); ++i) {
        if (m_serialized.at(i).schema == &schema && m_serialized.at(i).select == select) {
            if (i > 0)
                m_serialized.move(i, 0);
            return m_serialized.first();
        }
    }
    // Two sets: a client's listing and its probes (ids only) do not push each other out.
    if (m_serialized.size() >= 2)
        m_serialized.removeLast();
    m_serialized.prepend({&schema, select, {}, {}});
    return m_serialized.first();
}

const QByteArray &DirectoryPager::serialized(SerializedSet &set, const ObjectCollection &collection,
                                             qsizetype p, const ODataQuery &query,
                                             const DirectorySchema &schema)
{
    if (set.bytes.size() < collection.slotCount()) {
        set.bytes.resize(collection.slotCount());
        set.versions.resize(collection.slotCount());
    }
    // A version is unique in the process, so a match is this very object in this very state.
    const quint64 version = collection.version(p);
    if (set.versions.at(p) != version) {
        set.bytes[p] = QJsonDocument(query.project(collection.at(p), schema)).toJson(QJsonDocument::Compact);
        set.versions[p] = version;
    }
    return set.bytes.at(p);
}
