#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiJob;
class GraphClient;

// How a full sync lists a tenant's users, learnt once per tenant and remembered with its snapshot:
// - Ranges: userPrincipalName ge/le partitions in parallel (what Graph's reference allows);
// - Prefixes: startsWith(userPrincipalName,'c') partitions in parallel, where ranges are refused (400
//   Request_UnsupportedQuery); their sum is checked against /users/$count by the sync;
// - Delta: one /users/delta initial round, where startsWith is refused too or the sum did not match.
// Also the page size /users accepts: a refused $top ("Cannot query data for more than N users at a time")
// lowers it. With nothing remembered, start() probes (one page of ids per filter tried); finished() follows
// once, asynchronously.
class UserListingPlan : public QObject
{
    Q_OBJECT
public:
    enum class Strategy
    {
        Unknown,
        Ranges,
        Prefixes,
        Delta
    };

    UserListingPlan(GraphClient *graph, Strategy remembered, int pageSize, QObject *parent = nullptr);
    ~UserListingPlan() override;

    void start();
    void cancel(); // no finished() after this

    Error error() const { return m_error; }
    Strategy strategy() const { return m_strategy; }
    int pageSize() const { return m_pageSize; }
    // The partitions' $filter texts (Ranges, Prefixes); empty for Delta.
    static QStringList filtersFor(Strategy strategy);

    // Keys and values kept in the snapshot's meta table.
    static QString strategyKey() { return QStringLiteral("users.listing"); }
    static QString pageSizeKey() { return QStringLiteral("users.pageSize"); }
    static QString strategyId(Strategy strategy); // "ranges", "prefixes", "delta" ("" for Unknown)
    static Strategy strategyFromId(const QString &id);

    // What a failed /users page means for the plan.
    static bool isUnsupportedQuery(const Error &error); // 400 Request_UnsupportedQuery
    static bool isExpiredPageToken(const Error &error); // 400 Directory_ExpiredPageToken
    static int refusedPageSize(const Error &error); // the page size allowed, when $top was refused; else 0

signals:
    void finished();

private:
    void probe();

    GraphClient *m_graph;
    Strategy m_strategy;
    int m_pageSize;
    Strategy m_probing = Strategy::Ranges;
    QPointer<ApiJob> m_job;
    Error m_error;
};
