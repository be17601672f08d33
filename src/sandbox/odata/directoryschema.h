#pragma once

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

// What Microsoft Graph lets a client ask of one directory resource type (user, group): its declared
// properties, the default property set returned without $select, and per property which $filter
// operators, $orderby and $search work by default, only as advanced queries (ConsistencyLevel: eventual
// plus $count=true), or not at all. The tables follow learn.microsoft.com/graph/aad-advanced-queries.
class DirectorySchema
{
public:
    enum class Support : quint8
    {
        None,
        Default,
        Advanced
    };
    enum class Operator : quint8
    {
        Eq,
        Ne,
        Range, // ge, le (gt and lt are nowhere supported on directory objects)
        In,
        StartsWith,
        EndsWith,
        Null,
        Any,
        Count
    };

    static DirectorySchema user();
    static DirectorySchema group();
    static DirectorySchema administrativeUnit();
    // A directoryObject collection holding users and groups (group members, owners): what either type
    // declares.
    static DirectorySchema directoryObject();

    QString resource() const { return m_resource; }   // "User", as in Graph's error texts
    QString entitySet() const { return m_entitySet; } // "users"
    QString odataType() const { return m_odataType; } // "#microsoft.graph.user"
    const QStringList &defaultProperties() const { return m_defaults; }

    // The declared property's exact name for `name` (case-insensitive), or empty when it has none.
    QString canonical(const QString &name) const { return m_canonical.value(name.toLower()); }
    bool isCollection(const QString &property) const { return m_collections.contains(property); }
    // What Graph returns for a property the object has no value for: [] for collections, the service's
    // default for the few non-nullable scalars (deviceEnrollmentLimit 5, birthday/hireDate 0001-01-01), else
    // null.
    QJsonValue emptyValue(const QString &property) const;
    // Properties Graph returns only for a single object (listing them in $select on the collection is 501).
    bool isSingleObjectOnly(const QString &property) const { return m_singleOnly.contains(property); }
    // Write-protected properties a client may never set.
    bool isReadOnly(const QString &property) const { return m_readOnly.contains(property); }

    Support filter(const QString &property, Operator op) const;
    Support orderBy(const QString &property) const { return m_orderBy.value(property, Support::None); }
    bool isSearchable(const QString &property) const { return m_searchable.contains(property); }

private:
    DirectorySchema(const QString &resource, const QString &entitySet, const QString &odataType);
    void declare(const QStringList &properties);
    // `support` holds one letter per operator in Operator order: D (default), A (advanced) or - (none).
    void filterable(const QString &property, const char *support);

    QString m_resource;
    QString m_entitySet;
    QString m_odataType;
    QStringList m_defaults;
    QHash<QString, QString> m_canonical;
    QSet<QString> m_collections;
    QSet<QString> m_singleOnly;
    QSet<QString> m_readOnly;
    QHash<QString, QByteArray> m_filters;
    QHash<QString, Support> m_orderBy;
    QSet<QString> m_searchable;
};
