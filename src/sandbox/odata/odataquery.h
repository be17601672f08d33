#pragma once

#include "sandbox/common/sandboxhttp.h"
#include "sandbox/odata/directoryschema.h"
#include "sandbox/odata/filterexpression.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The OData query options of one Graph read of a directory collection ($select, $filter, $orderby, $top,
// $search, $count, $skiptoken), checked the way Graph checks them: malformed or unknown options are 400,
// and advanced queries (ne, not, endsWith, collection $count, $orderby with $filter, ...) need the
// ConsistencyLevel: eventual header plus $count=true ($search: only the header). Option names are
// accepted with or without '$' and in any case, as Graph does.
class ODataQuery
{
public:
    explicit ODataQuery(const SandboxRequest &request, int defaultPageSize = 100);

    // Checks every option against `schema`; false with Graph's answer in `failure`. `collection` is false
    // for a single-object read (then only $select applies).
    bool validate(const DirectorySchema &schema, bool collection, SandboxResponse *failure);
    // The same for GET …/$count: it needs ConsistencyLevel: eventual (400 otherwise), and the segment itself
    // makes the query advanced, so its $filter may use ne, not, endsWith … without $count=true.
    bool validateRawCount(const DirectorySchema &schema, SandboxResponse *failure);

    bool hasOption(const char *name) const { return m_options.contains(QLatin1String(name)); }
    QString option(const char *name) const { return m_options.value(QLatin1String(name)); }

    const QStringList &select() const { return m_select; } // declared spellings; empty = default set
    int pageSize() const { return m_pageSize; }
    bool isEventual() const { return m_eventual; }
    bool isAdvanced() const { return m_eventual && m_countTrue; }
    // $count=true honoured: only with ConsistencyLevel: eventual (Graph silently ignores it otherwise).
    bool wantsCount() const { return m_eventual && m_countTrue; }
    bool isFiltered() const { return !m_filter.isEmpty() || !m_search.isEmpty(); }
    const QString &orderBy() const { return m_orderBy; } // empty = storage order
    bool descending() const { return m_descending; }
    QString skipToken() const { return option("skiptoken"); }

    // True when the object passes $filter and $search.
    bool matches(const QJsonObject &object) const;
    bool matches(const FilterExpression::Row &row) const;

    // `object` as Graph returns it: the $select-ed properties (id always), or the default set; a
    // property the object lacks is null ([] for collections); passwordProfile is never returned.
    QJsonObject project(const QJsonObject &object, const DirectorySchema &schema) const;
    static QJsonObject project(const QJsonObject &object, const DirectorySchema &schema,
                               const QStringList &select);

    // "users" or "users(displayName,id)" for "@odata.context".
    QString contextFragment(const QString &entitySet) const;

    // This request's own absolute URL with $skiptoken replaced by `token`.
    static QString nextLink(const SandboxRequest &request, const QString &token);

    // Graph's 400 answers for a property the type does not declare, and for one $filter cannot use.
    static SandboxResponse undeclaredProperty(const SandboxRequest &request, const QString &name);
    static SandboxResponse unsupportedFilter(const SandboxRequest &request, const QString &property,
                                             const QString &resource);

private:
    struct SearchTerm
    {
        QString property;
        QStringList words;
    };
    bool parseSelect(const DirectorySchema &schema, bool collection, SandboxResponse *failure);
    bool checkFilter(const DirectorySchema &schema, SandboxResponse *failure);
    bool parseSearch(const DirectorySchema &schema, SandboxResponse *failure);
    bool parseOrderBy(const DirectorySchema &schema, SandboxResponse *failure);
    bool searchMatches(const QJsonObject &object) const;
    static QStringList words(const QString &text);

    const SandboxRequest &m_request;
    QHash<QString, QString> m_options; // lower-case name without '$' -> decoded value
    QStringList m_select;
    FilterExpression m_filter;
    QVector<QVector<SearchTerm>> m_search; // OR of ANDs
    QString m_orderBy;
    bool m_descending = false;
    int m_pageSize;
    bool m_eventual = false;
    bool m_countTrue = false;
};
