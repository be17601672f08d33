#include "sandbox/directory/directorypager.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/objecttext.h"

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

// One object of a scan: parsed only when a filter node needs more than a cached string.
class DirectoryPager::Row final : public FilterExpression::Row
{
public:
    Row(DirectoryPager &pager, const ObjectCollection &collection, qsizetype p)
        : m_pager(pager), m_collection(collection), m_position(p)
    {}
    const QJsonObject &object() const override
    {
        if (!m_object)
            m_object = m_collection.at(m_position);
        return *m_object;
    }
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
            const std::optional<QString> value =
                ObjectText::string(m_collection.text(m_position), QLatin1StringView(path.toLatin1()));
            column.folded[m_position] = value ? FilterExpression::caseFolded(*value) : QString();
            column.versions[m_position] = version;
        }
        const QString &folded = column.folded.at(m_position);
        return folded.isNull() ? nullptr : &folded;
    }

private:
    DirectoryPager &m_pager;
    const ObjectCollection &m_collection;
    qsizetype m_position;
    mutable std::optional<QJsonObject> m_object;
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
    return query.matches(Row(*this, collection, p));
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
    // last there too) cut from each object's text: the same body as serializing the whole envelope.
    SandboxResponse response = SandboxResponse::json(200, envelope);
    const Projection &shape = projection(schema, query.select());
    qsizetype size = response.body.size() + 12;
    for (const qsizetype p : hits)
        size += collection.text(p).size() + 1;
    response.body.reserve(size);
    response.body.chop(1); // '}'
    response.body.append(",\"value\":[");
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (i > 0)
            response.body.append(',');
        write(shape, collection, hits.at(i), &response.body);
    }
    response.body.append("]}");
    response.objects = int(hits.size());
    return response;
}

const DirectoryPager::Projection &DirectoryPager::projection(const DirectorySchema &schema,
                                                             const QStringList &select)
{
    for (qsizetype i = 0; i < m_projections.size(); ++i) {
        if (m_projections.at(i).schema == &schema && m_projections.at(i).select == select) {
            if (i > 0)
                m_projections.move(i, 0);
            return m_projections.first();
        }
    }
    if (m_projections.size() >= 8)
        m_projections.removeLast();
    Projection shape{&schema, select, {}, {}, {}, {}, {}};
    QStringList names = select.isEmpty() ? schema.defaultProperties() : select;
    names.append(QStringLiteral("id"));
    names.sort(); // QJsonObject's order for these ASCII names
    names.removeDuplicates();
    const auto member = [](const QString &name, const QJsonValue &value) { // {"name":value}, or {}
        return QJsonDocument(QJsonObject{{name, value}}).toJson(QJsonDocument::Compact);
    };
    for (const QString &name : std::as_const(names)) {
        // Both written as a QJsonObject would write them: the key, and the schema's empty value (none when
        // it is undefined: a QJsonObject then leaves the name out).
        const QByteArray key = member(name, QJsonValue::Null);
        const QByteArray empty = member(name, schema.emptyValue(name));
        shape.names.append(name.toUtf8());
        shape.keys.append(key.mid(1, key.size() - 6)); // without the braces and "null"
        shape.empty.append(empty.size() > 2 ? empty.mid(key.size() - 5, empty.size() - key.size() + 4)
                                            : QByteArray());
        shape.hidden.append(name == QLatin1String("passwordProfile"));
        shape.shared.append(ObjectCollection::isShared(QLatin1StringView(shape.names.last())));
    }
    m_projections.prepend(shape);
    return m_projections.first();
}

void DirectoryPager::write(const Projection &projection, const ObjectCollection &collection, qsizetype p,
                           QByteArray *out)
{
    const QByteArray &text = collection.text(p);
    ObjectText::Members members;
    ObjectText::members(text, &members);
    out->append('{');
    bool first = true;
    qsizetype m = 0; // both sorted: one pass over the two
    for (qsizetype i = 0; i < projection.names.size(); ++i) {
        const QByteArrayView name(projection.names.at(i));
        while (m < members.size() && members.at(m).key < name)
            ++m;
        const bool present = m < members.size() && members.at(m).key == name;
        if (!present && !projection.hidden.at(i) && projection.empty.at(i).isNull())
            continue;
        if (!first)
            out->append(',');
        first = false;
        out->append(projection.keys.at(i));
        if (projection.hidden.at(i))
            out->append("null");
        else if (present) {
            const QByteArrayView raw(text.constData() + members.at(m).begin,
                                     members.at(m).end - members.at(m).begin);
            const QByteArrayView shared =
                projection.shared.at(i) ? collection.sharedText(raw) : QByteArrayView();
            out->append(shared.isNull() ? raw : shared);
        } else
            out->append(projection.empty.at(i));
    }
    out->append('}');
}
