#include "services/snapshotsync.h"

#include "cache/snapshotdatabase.h"
#include "graph/apijob.h"
#include "graph/graphclient.h"
#include "graph/mappers/directorymapper.h"
#include "graph/pageiterator.h"
#include "graph/queries/userqueries.h"
#include "services/logging.h"
#include "services/snapshotwriteworker.h"
#include "services/tenantsession.h"

#include <QTimer>

// The full sync's listings: each one started, restarted alone when a page fails, and the users' listing
// planned (ranges, prefixes or delta), checked against the count and remembered for the tenant.

namespace {
// How often one listing may start again from its first page before the sync gives up.
constexpr int kMaxRestarts = 6;
} // namespace

void SnapshotSync::listCollection(const QString &path, const QString &kind, DirectoryKind type)
{
    ++m_pending;
    const Listing listing{[path] { return path; }, kind, type,
                          [this](qint64) {
                              if (--m_pending == 0)
                                  finishListing();
                          },
                          QString()};
    schedule([this, listing] { startListing(listing, 0); });
}

// A listing's pages are written as they come. When a page fails after the pipeline's retries, or its page
// token has expired, the listing starts again from its first page, alone (the others go on): the rows it
// wrote are upserts by id, so nobody is doubled, and its count is taken from the attempt that completes.
void SnapshotSync::startListing(const Listing &listing, int restarts)
{
    auto *pages = new PageIterator(m_session->graph(), listing.path(), {}, this);
    m_iterators.append(pages);
    const QString kind = listing.kind;
    const DirectoryKind type = listing.type;
    if (type == DirectoryKind::User) {
        // 200,000 users are read as their pages stream, kept as text (DirectoryPage).
        pages->setReadsDirectoryPages(true);
        connect(pages, &PageIterator::directoryPage, this, [this, kind, type](const DirectoryPage &page) {
            write(DirectoryMapper::fromPage(type, page));
            countPage(kind, page.items.size());
        });
    } else {
        connect(pages, &PageIterator::page, this, [this, pages, kind, type](const QJsonArray &items) {
            write(DirectoryMapper::fromPage(type, items, pages->pageItemsJson()));
            countPage(kind, items.size());
        });
    }
    connect(pages, &PageIterator::finished, this, [this, pages, listing, restarts] {
        pages->deleteLater();
        if (!m_running || m_stopping)
            return;
        if (const Error error = pages->error()) {
            // The tenant no longer takes the query a remembered listing uses: plan it afresh.
            if (listing.type == DirectoryKind::User && m_userPlanRemembered && !m_replanned &&
                UserListingPlan::isUnsupportedQuery(error))
                return replanUsers();
            if (restarts >= kMaxRestarts || !mayRestart(error))
                return fail(error);
            ++m_summary.restarts;
            m_summary.objectsByKind[listing.kind] -= pages->itemCount();
            if (restarts > 0 && UserListingPlan::isExpiredPageToken(error) && splitUserPartition(listing))
                return;
            qCInfo(lcServices).noquote() << "restarting a listing of" << listing.kind << "after"
                                         << pages->pageCount() << "pages:" << error.code() << error.detail();
            // An expired token or a lowered page size can be followed at once; a failing service gets a
            // moment first.
            const bool atOnce =
                UserListingPlan::isExpiredPageToken(error) || UserListingPlan::refusedPageSize(error) > 0;
            QTimer::singleShot(atOnce ? 0 : 500 * (restarts + 1), this,
                               [this, listing, restarts, run = m_run] {
                                   if (run == m_run && m_running && !m_stopping)
                                       startListing(listing, restarts + 1);
                               });
            return;
        }
        runNext();
        listing.done(pages->itemCount());
    });
    pages->start();
}

bool SnapshotSync::mayRestart(const Error &error)
{
    if (UserListingPlan::isExpiredPageToken(error))
        return true;
    const int allowed = UserListingPlan::refusedPageSize(error);
    if (allowed > 0 && allowed < m_userPageSize) {
        qCInfo(lcServices) << "users: page size lowered to" << allowed;
        m_userPageSize = allowed;
        return true;
    }
    switch (error.kind()) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Throttled:
    case Error::Kind::InvalidReply:
        return true;
    case Error::Kind::Http:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
}

// --- users: the plan, its partitions and their check
// ----------------------------------------------------------

void SnapshotSync::listUsers()
{
    ++m_pending; // the users as a whole, done once their listing is checked
    const auto remembered =
        UserListingPlan::strategyFromId(m_database->metaValue(UserListingPlan::strategyKey()));
    const int pageSize = m_database->metaValue(UserListingPlan::pageSizeKey()).toInt();
    m_userPlanRemembered = remembered != UserListingPlan::Strategy::Unknown;
    delete m_plan;
    m_plan = new UserListingPlan(m_session->graph(), remembered, pageSize, this);
    connect(m_plan, &UserListingPlan::finished, this, [this] {
        if (!m_running || m_stopping)
            return;
        if (m_plan->error())
            return fail(m_plan->error());
        m_userPageSize = m_plan->pageSize();
        startUserListing(m_plan->strategy());
    });
    m_plan->start();
}

void SnapshotSync::startUserListing(UserListingPlan::Strategy strategy)
{
    m_userStrategy = strategy;
    m_userItems = 0;
    m_summary.objectsByKind[QStringLiteral("users")] = 0;
    QList<Listing> listings;
    if (strategy == UserListingPlan::Strategy::Delta) {
        Listing delta = userListing(QString());
        delta.path = [] {
            return UserQueries::delta();
        };
        listings << delta;
    } else if (strategy == UserListingPlan::Strategy::Prefixes) {
        for (const QString &prefix : UserQueries::prefixes())
            listings << userListing(UserQueries::prefixFilter(prefix), prefix);
    } else {
        for (const QString &filter : UserListingPlan::filtersFor(strategy))
            listings << userListing(filter);
    }
    m_userPartitions = int(listings.size());
    for (const Listing &listing : std::as_const(listings))
        schedule([this, listing] { startListing(listing, 0); });
}

SnapshotSync::Listing SnapshotSync::userListing(const QString &filter, const QString &prefix)
{
    const auto done = [this](qint64 items) {
        m_userItems += items;
        if (--m_userPartitions == 0)
            verifyUsers();
    };
    return {[this, filter] { return UserQueries::list(filter, m_userPageSize); }, QStringLiteral("users"),
            DirectoryKind::User, done, prefix};
}

// A partition by prefix whose token expires again (too many pages to follow within the token's life, e.g.
// under long throttling) is replaced by the partitions of its longer prefixes, which are shorter.
bool SnapshotSync::splitUserPartition(const Listing &listing)
{
    if (listing.prefix.isEmpty() || listing.prefix.size() >= 3)
        return false;
    const QStringList prefixes = UserQueries::prefixes(listing.prefix);
    qCInfo(lcServices).noquote() << "users: splitting the partition" << listing.prefix << "in"
                                 << prefixes.size();
    runNext();
    m_userPartitions += int(prefixes.size()) - 1;
    for (const QString &prefix : prefixes) {
        const Listing part = userListing(UserQueries::prefixFilter(prefix), prefix);
        schedule([this, part] { startListing(part, 0); });
    }
    return true;
}

// Once the partitions are complete and the count is known: listings by prefix must add up to /users/$count
// (an address starting with a character outside the alphabet would be missed); if they do not, the users
// are listed again through one delta round, which misses nobody.
void SnapshotSync::verifyUsers()
{
    if (m_usersVerified || !m_countFinished || m_userStrategy == UserListingPlan::Strategy::Unknown ||
        m_userPartitions > 0)
        return;
    if (m_userStrategy == UserListingPlan::Strategy::Prefixes && m_expectedUsers >= 0 &&
        m_userItems != m_expectedUsers) {
        qCWarning(lcServices) << "users by prefix:" << m_userItems << "listed," << m_expectedUsers
                              << "counted; listing them by delta";
        return startUserListing(UserListingPlan::Strategy::Delta);
    }
    m_usersVerified = true;
    m_summary.usersListing = UserListingPlan::strategyId(m_userStrategy);
    if (--m_pending == 0)
        finishListing();
}

// A remembered listing refused (the tenant changed, or Microsoft changed what it accepts): the generation is
// rolled back, the listing forgotten, and the full sync starts again, probing (once a run).
void SnapshotSync::replanUsers()
{
    qCInfo(lcServices) << "users: the remembered listing" << UserListingPlan::strategyId(m_userStrategy)
                       << "was refused; planning it again";
    m_replanned = true;
    ++m_summary.restarts;
    restartFull([this] {
        // An empty value is "unknown" (the column takes no null).
        const QString unknown = QStringLiteral("");
        Error error = m_database->setMetaValue(UserListingPlan::strategyKey(), unknown);
        if (!error)
            error = m_database->setMetaValue(UserListingPlan::pageSizeKey(), unknown);
        return error;
    });
}

// What worked is remembered with the snapshot, so the next full sync goes straight to it (a listing by prefix
// only once its sum has been checked).
void SnapshotSync::rememberUserListing()
{
    if (m_userStrategy == UserListingPlan::Strategy::Unknown)
        return;
    if (m_userStrategy == UserListingPlan::Strategy::Prefixes && m_expectedUsers < 0)
        return;
    Error error =
        m_database->setMetaValue(UserListingPlan::strategyKey(), UserListingPlan::strategyId(m_userStrategy));
    if (!error)
        error = m_database->setMetaValue(UserListingPlan::pageSizeKey(), QString::number(m_userPageSize));
    if (error)
        qCWarning(lcServices) << "could not remember how users are listed:" << error.fullText();
}
