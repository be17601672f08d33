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
    class FilterColumns;
    FilterColumn &filterColumn(const ObjectCollection &collection, const QString &path);
    bool matches(const ODataQuery &query, const ObjectCollection &collection, qsizetype p);

    SortedOrderCache m_orders;
    QList<FilterColumn> m_columns;     // the most recently used first
    QList<SerializedSet> m_serialized; // the most recently used first
};
