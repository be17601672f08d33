#include "services/userlistingplan.h"

#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/queries/userqueries.h"
#include "services/logging.h"

#include <QRegularExpression>
#include <QTimer>

UserListingPlan::UserListingPlan(GraphClient *graph, Strategy remembered, int pageSize, QObject *parent)
    : QObject(parent), m_graph(graph), m_strategy(remembered),
      m_pageSize(pageSize > 0 && pageSize <= UserQueries::MaxPageSize ? pageSize : UserQueries::MaxPageSize)
{}

UserListingPlan::~UserListingPlan()
{
    cancel();
}

void UserListingPlan::start()
{
    if (m_strategy != Strategy::Unknown) {
        QTimer::singleShot(0, this, &UserListingPlan::finished);
        return;
    }
    m_probing = Strategy::Ranges;
    probe();
}

void UserListingPlan::cancel()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
}

QStringList UserListingPlan::filtersFor(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Ranges:
        return UserQueries::partitionFilters();
    case Strategy::Prefixes:
        return UserQueries::prefixFilters();
    case Strategy::Unknown:
    case Strategy::Delta:
        break;
    }
    return {};
}

// One page of ids with the first filter of the strategy being tried (for ranges one with both ge and le).
void UserListingPlan::probe()
{
    m_job = m_graph->get(UserQueries::probe(filtersFor(m_probing).value(1), m_pageSize));
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        m_job = nullptr;
        const Error error = job->error();
        const int allowed = refusedPageSize(error);
        if (allowed > 0 && allowed < m_pageSize) {
            qCInfo(lcServices) << "users: page size lowered to" << allowed;
            m_pageSize = allowed;
            return probe();
        }
        if (isUnsupportedQuery(error)) {
            qCInfo(lcServices) << "users:" << strategyId(m_probing) << "refused";
            if (m_probing == Strategy::Ranges) {
                m_probing = Strategy::Prefixes;
                return probe();
            }
            m_strategy = Strategy::Delta;
        } else if (error) {
            m_error = error;
        } else {
            m_strategy = m_probing;
        }
        emit finished();
    });
}

QString UserListingPlan::strategyId(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Ranges:
        return QStringLiteral("ranges");
    case Strategy::Prefixes:
        return QStringLiteral("prefixes");
    case Strategy::Delta:
        return QStringLiteral("delta");
    case Strategy::Unknown:
        break;
    }
    return QString();
}

UserListingPlan::Strategy UserListingPlan::strategyFromId(const QString &id)
{
    for (Strategy s : {Strategy::Ranges, Strategy::Prefixes, Strategy::Delta}) {
        if (id == strategyId(s))
            return s;
    }
    return Strategy::Unknown;
}

namespace {
bool isBadRequest(const Error &error)
{
    return error.kind() == Error::Kind::Http && error.httpStatus() == 400;
}
} // namespace

bool UserListingPlan::isUnsupportedQuery(const Error &error)
{
    return isBadRequest(error) && error.code() == QLatin1String("Request_UnsupportedQuery") &&
           refusedPageSize(error) == 0;
}

bool UserListingPlan::isExpiredPageToken(const Error &error)
{
    return isBadRequest(error) && error.code() == QLatin1String("Directory_ExpiredPageToken");
}

int UserListingPlan::refusedPageSize(const Error &error)
{
    if (!isBadRequest(error))
        return 0;
    // Graph's texts: "Cannot query data for more than 120 users at a time." and "Invalid page size
    // specified: '999'. Must be between 1 and 120 inclusive."
    static const QRegularExpression refusal(
        QStringLiteral("more than (\\d+) users at a time|between 1 and (\\d+) inclusive"));
    const QRegularExpressionMatch match = refusal.match(error.detail());
    if (!match.hasMatch())
        return 0;
    const int allowed = (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
    return allowed > 0 && allowed <= UserQueries::MaxPageSize ? allowed : 0;
}
