#pragma once

#include "sandbox/common/sandboxhttp.h"
#include "sandbox/directory/objectcollection.h"
#include "sandbox/directory/sortedordercache.h"
#include "sandbox/odata/directoryschema.h"
#include "sandbox/odata/odataquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// Pages through a directory collection as Graph does: a page scans on from the cursor its $skiptoken
// carries (storage order, or a cached $orderby order), stops when $top objects matched, and hands out
// an absolute @odata.nextLink pointing at the next match. @odata.count is computed on the first page only.
class DirectoryPager
{
public:
    // GET on a collection: checks the query options against `schema`, then answers one page of the alive
    // (or, with `deleted`, the soft-deleted) objects in Graph's envelope, or Graph's 400.
    // `entitySet` names the collection in "@odata.context" ("users", "directory/deletedItems/…").
    SandboxResponse list(const SandboxRequest &request, const ObjectCollection &collection,
                         const DirectorySchema &schema, bool deleted, const QString &entitySet);
    // GET …/$count: the number of matching objects as text/plain.
    static SandboxResponse rawCount(const SandboxRequest &request, const ObjectCollection &collection,
                                    const DirectorySchema &schema);

    // How many objects match (what /$count and @odata.count report).
    static qsizetype count(const ODataQuery &query, const ObjectCollection &collection, bool deleted);

private:
    SandboxResponse page(const SandboxRequest &request, const ODataQuery &query,
                         const ObjectCollection &collection, const DirectorySchema &schema, bool deleted,
                         const QString &contextFragment);

    // Each alive object's bytes as a page shows it, per $select set, kept until the object changes: a
    // page is then a concatenation, not a projection and serialization of every object on it.
    struct SerializedSet
    {
        const DirectorySchema *schema;
        QStringList select;
        QVector<QByteArray> bytes; // by position
        QVector<quint64> versions; // ObjectCollection::version() the bytes were made from; 0 = none
    };
    SerializedSet &serializedSet(const DirectorySchema &schema, const QStringList &select);
    static const QByteArray &serialized(SerializedSet &set, const ObjectCollection &collection, qsizetype p,
                                        const ODataQuery &query, const DirectorySchema &schema);

    SortedOrderCache m_orders;
    QList<SerializedSet> m_serialized; // the most recently used first
};
