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
    SandboxResponse rawCount(const SandboxRequest &request, const ObjectCollection &collection,
                             const DirectorySchema &schema);

    // How many objects match (what /$count and @odata.count report).
    qsizetype count(const ODataQuery &query, const ObjectCollection &collection, bool deleted);

private:
    SandboxResponse page(const SandboxRequest &request, const ODataQuery &query,
                         const ObjectCollection &collection, const DirectorySchema &schema, bool deleted,
                         const QString &contextFragment);

    // How a $select set is written from an object's text: the names in the order a QJsonObject writes
    // them (sorted), each with what to write when the object lacks it. A page is then cut from the objects'
    // texts (ObjectText), the same bytes as projecting and serializing each object, at a fraction of the
    // cost.
    struct Projection
    {
        const DirectorySchema *schema;
        QStringList select;
        QVector<QByteArray> names; // sorted, "id" included
        QVector<QByteArray> keys;  // `"name":`
        QVector<QByteArray> empty; // the value written when the object lacks the property
        QVector<bool> hidden;      // never written from the object (passwordProfile)
        QVector<bool> shared;      // may hold a reference to a shared value (ObjectCollection::isShared)
    };
    const Projection &projection(const DirectorySchema &schema, const QStringList &select);
    static void write(const Projection &projection, const ObjectCollection &collection, qsizetype p,
                      QByteArray *out);

    // Case-folded values of the string properties filters compare, per collection and property, by position
    // and kept until the object changes: a filtered scan (the partitions of a full sync each scan the whole
    // collection) then compares strings instead of looking each property up in each object.
    struct FilterColumn
    {
        const ObjectCollection *collection;
        QString path;
        QVector<QString> folded;   // by position; null when the property is not a string there
        QVector<quint64> versions; // ObjectCollection::version() the value was read from; 0 = none
    };
    class Row;
    FilterColumn &filterColumn(const ObjectCollection &collection, const QString &path);
    bool matches(const ODataQuery &query, const ObjectCollection &collection, qsizetype p);

    SortedOrderCache m_orders;
    QList<FilterColumn> m_columns;   // the most recently used first
    QList<Projection> m_projections; // the most recently used first
};
