#include "services/snapshotsync.h"

#include "cache/snapshotdatabase.h"
#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/deltaiterator.h"
#include "graph/graphclient.h"
#include "graph/mappers/directorymapper.h"
#include "graph/pageiterator.h"
#include "graph/queries/groupqueries.h"
#include "graph/queries/schoolqueries.h"
#include "graph/queries/tenantqueries.h"
#include "graph/queries/userqueries.h"
#include "services/logging.h"
#include "services/snapshotwriteworker.h"
#include "services/tenantsession.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>

QJsonObject SnapshotSync::Summary::toJson() const
{
    QJsonObject kinds;
    for (auto it = objectsByKind.cbegin(); it != objectsByKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    return {{QStringLiteral("mode"), full ? QStringLiteral("full") : QStringLiteral("delta")},
            {QStringLiteral("fellBackToFull"), fellBackToFull},
            {QStringLiteral("generation"), generation},
            {QStringLiteral("objects"), kinds},
            {QStringLiteral("requests"), qint64(requests)},
            {QStringLiteral("retries"), qint64(retries)},
            {QStringLiteral("throttled"), qint64(throttled)},
            {QStringLiteral("restarts"), qint64(restarts)},
            {QStringLiteral("usersListing"), usersListing},
            {QStringLiteral("seconds"), seconds}};
}

SnapshotSync::SnapshotSync(TenantSession *session, SnapshotDatabase *database, QObject *parent)
    : QObject(parent), m_session(session), m_database(database)
{
    qRegisterMetaType<SnapshotSync::Progress>();
}

SnapshotSync::~SnapshotSync()
{
    if (m_running)
        cancel();
}

void SnapshotSync::start(Mode mode)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_stopping = false;
    ++m_run;
    m_replanned = false;
    m_error = Error();
    m_summary = Summary();
    m_clock.start();
    const ApiClient::Statistics stats = m_session->api()->statistics();
    m_requestsAtStart = stats.requestsSent;
    m_retriesAtStart = stats.retries;
    m_throttledAtStart = stats.throttledResponses;

    delete m_writer;
    makeWriter();

    // A link saved while the tenant was at another address (the profile's Graph URL changed, e.g. a local
    // tenant on a new port) cannot be followed: read everything again.
    const auto usable = [this](SnapshotObjectType type) {
        const QString link = m_database->deltaLink(type);
        return !link.isEmpty() && m_session->graph()->isAllowedLink(QUrl(link));
    };
    const bool haveLinks = usable(SnapshotObjectType::User) && usable(SnapshotObjectType::Group);
    if (mode == Mode::Full || !haveLinks)
        startFull();
    else
        startDelta();
}

void SnapshotSync::makeWriter()
{
    m_writer = new SnapshotWriteWorker(*m_database, this);
    m_writer->setLowWater(kWriterBacklog / 2);
    connect(m_writer, &SnapshotWriteWorker::failed, this, &SnapshotSync::fail);
    connect(m_writer, &SnapshotWriteWorker::backlogLow, this, [this] {
        for (const QPointer<QObject> &iterator : std::as_const(m_iterators)) {
            if (auto *pages = qobject_cast<PageIterator *>(iterator))
                pages->resume();
        }
    });
}

// A bounded queue between the network and the writer: when the writer falls behind, the listings hold their
// next requests until it has caught up, so memory stays flat however fast the tenant answers.
void SnapshotSync::write(const DirectoryChanges &changes)
{
    m_writer->apply(changes);
    if (m_writer->backlog() < kWriterBacklog)
        return;
    for (const QPointer<QObject> &iterator : std::as_const(m_iterators)) {
        if (auto *pages = qobject_cast<PageIterator *>(iterator))
            pages->pause();
    }
}

void SnapshotSync::cancel()
{
    fail(Error(Error::Kind::Cancelled, QString()));
}

void SnapshotSync::countPage(const QString &kind, qint64 items)
{
    m_summary.objectsByKind[kind] += items;
    reportProgress(m_phase);
}

void SnapshotSync::reportProgress(const QString &phase)
{
    m_phase = phase;
    Progress p;
    p.phase = phase;
    for (qint64 n : std::as_const(m_summary.objectsByKind))
        p.objects += n;
    p.expected = m_expectedUsers;
    p.requests = m_session->api()->statistics().requestsSent - m_requestsAtStart;
    const double seconds = m_clock.elapsed() / 1000.0;
    p.perSecond = seconds > 0 ? p.objects / seconds : 0;
    if (p.expected > 0 && p.perSecond > 0 && p.objects < p.expected)
        p.etaSeconds = qint64((p.expected - p.objects) / p.perSecond);
    emit progress(p);
}

// --- full sync -------------------------------------------------------------------------------------------

void SnapshotSync::startFull()
{
    m_summary.full = true;
    m_writer->begin(SnapshotGeneration::Kind::Full);
    reportProgress(tr("Preparing the full sync"));
    m_expectedUsers = -1;
    m_countFinished = false;
    m_usersVerified = false;
    m_userStrategy = UserListingPlan::Strategy::Unknown;
    m_userPartitions = 0;
    m_userItems = 0;

    // How many users to expect, for the progress estimate and to check listings by prefix (advanced query;
    // failure only loses the estimate and the check).
    ApiJob *count = m_session->graph()->get(UserQueries::count(), {{"ConsistencyLevel", "eventual"}});
    connect(count, &ApiJob::finished, this, [this, count, run = m_run] {
        count->deleteLater();
        if (run != m_run)
            return;
        bool ok = false;
        const qint64 users = count->result().rawBody.trimmed().toLongLong(&ok);
        if (!count->error() && ok)
            m_expectedUsers = users;
        m_countFinished = true;
        if (m_running && !m_stopping)
            verifyUsers();
    });

    // The delta token first: whatever changes while we list is replayed from it afterwards.
    auto *latest =
        new DeltaIterator(m_session->graph(), DeltaIterator::latestPath(UserQueries::delta()), {}, this);
    m_iterators.append(latest);
    connect(latest, &DeltaIterator::finished, this, [this, latest] {
        latest->deleteLater();
        if (!m_running)
            return;
        if (latest->error())
            return fail(latest->error());
        m_usersDeltaToken = latest->deltaLink().toString();
        runPartitions();
    });
    latest->start();
}

void SnapshotSync::runPartitions()
{
    reportProgress(tr("Listing users, groups and schools"));

    // Groups and schools through delta: the initial round lists them all with their members, and its
    // deltaLink is where the next refresh starts. A container's members may span several pages (the same
    // group repeated), so they are gathered and written as a whole list at the end.
    auto members = std::make_shared<QHash<MemberListKey, QList<MemberRef>>>();
    const auto withMembers = [this, members](DirectoryKind type, const QString &kind, const QString &path) {
        ++m_pending;
        auto *delta = new DeltaIterator(m_session->graph(), path, {}, this);
        m_iterators.append(delta);
        // Read as the pages stream (DirectoryPage): some 400,000 member references at 200,000 users.
        delta->setReadsDirectoryPages(true);
        connect(delta, &DeltaIterator::directoryPage, this,
                [this, members, type, kind](const DirectoryPage &page) {
                    DirectoryChanges changes = DirectoryMapper::fromPage(type, page);
                    for (const DirectoryChanges::Membership &membership :
                         std::as_const(changes.memberships)) {
                        QList<MemberRef> &all = (*members)[{membership.relation, membership.containerId}];
                        if (!membership.removed)
                            all.append(membership.member);
                    }
                    changes.memberships.clear();
                    m_writer->apply(changes);
                    countPage(kind, page.items.size());
                });
        connect(delta, &DeltaIterator::finished, this, [this, delta, members, type] {
            delta->deleteLater();
            if (!m_running)
                return;
            if (delta->error())
                return fail(delta->error());
            // A full listing replaces each container's members.
            for (auto it = members->cbegin(); it != members->cend(); ++it) {
                if (containerKind(it.key().relation) == type)
                    m_writer->setMembers(it.key().relation, it.key().containerId, it.value());
            }
            m_writer->setDeltaLink(type, delta->deltaLink().toString());
            runNext();
            if (--m_pending == 0)
                finishListing();
        });
        schedule([delta] { delta->start(); });
    };
    // The long chains first: a delta round or a class listing is one page after another and cannot be split,
    // so they take their places before the user partitions, which share the rest and finish alongside.
    withMembers(DirectoryKind::Group, QStringLiteral("groups"), GroupQueries::delta());
    withMembers(DirectoryKind::AdministrativeUnit, QStringLiteral("schools"), SchoolQueries::delta());
    listCollection(SchoolQueries::classes(), QStringLiteral("classes"), DirectoryKind::EducationClass);
    listUsers();
    listCollection(TenantQueries::subscribedSkus(), QStringLiteral("licences"), DirectoryKind::SubscribedSku);
    listCollection(TenantQueries::domains(), QStringLiteral("domains"), DirectoryKind::Domain);

    ++m_pending;
    ApiJob *policy = m_session->graph()->get(TenantQueries::authorizationPolicy());
    connect(policy, &ApiJob::finished, this, [this, policy, run = m_run] {
        policy->deleteLater();
        if (run != m_run || !m_running) // a restarted run asks again
            return;
        if (policy->error())
            return fail(policy->error());
        m_writer->apply(
            DirectoryMapper::fromObjects(DirectoryKind::AuthorizationPolicy, {policy->result().object()}));
        if (--m_pending == 0)
            finishListing();
    });
}

DirectoryKind SnapshotSync::containerKind(DirectoryRelation relation)
{
    switch (relation) {
    case DirectoryRelation::GroupMember:
    case DirectoryRelation::GroupOwner:
        return DirectoryKind::Group;
    case DirectoryRelation::AdministrativeUnitMember:
        return DirectoryKind::AdministrativeUnit;
    case DirectoryRelation::ClassMember:
    case DirectoryRelation::ClassTeacher:
        return DirectoryKind::EducationClass;
    case DirectoryRelation::UserLicence:
        break;
    }
    return DirectoryKind::SubscribedSku;
}

// The sync's own bound on listings in flight (the session's per-host bound is left alone): listings beyond
// it wait here and start as others finish.
void SnapshotSync::schedule(std::function<void()> start)
{
    if (m_active < m_parallelism) {
        ++m_active;
        start();
    } else {
        m_queued.append(std::move(start));
    }
}

void SnapshotSync::runNext()
{
    --m_active;
    if (!m_queued.isEmpty() && m_running)
        schedule(m_queued.takeFirst());
}

void SnapshotSync::finishListing()
{
    if (!m_summary.full) // a refresh has nothing to replay
        return commit();
    // Replay what changed while we listed, from the token taken before the listing.
    reportProgress(tr("Replaying changes made during the sync"));
    auto *replay = new DeltaIterator(m_session->graph(), m_usersDeltaToken, {}, this);
    m_iterators.append(replay);
    connect(replay, &DeltaIterator::page, this, [this](const QJsonArray &items) {
        m_writer->apply(DirectoryMapper::fromPage(DirectoryKind::User, items));
    });
    connect(replay, &DeltaIterator::finished, this, [this, replay] {
        replay->deleteLater();
        if (!m_running)
            return;
        if (replay->error())
            return fail(replay->error());
        for (SnapshotObjectType type :
             {SnapshotObjectType::User, SnapshotObjectType::Group, SnapshotObjectType::AdministrativeUnit,
              SnapshotObjectType::SubscribedSku, SnapshotObjectType::Domain,
              SnapshotObjectType::EducationClass})
            m_writer->markUnseenRemoved(type);
        m_writer->setDeltaLink(SnapshotObjectType::User, replay->deltaLink().toString());
        commit();
    });
    replay->start();
}

// --- refresh by delta --------------------------------------------------------------------------------------

void SnapshotSync::startDelta()
{
    m_summary.full = false;
    m_writer->begin(SnapshotGeneration::Kind::Delta);
    reportProgress(tr("Fetching changes"));
    const struct
    {
        SnapshotObjectType type;
        QString kind;
    } collections[] = {{SnapshotObjectType::User, QStringLiteral("users")},
                       {SnapshotObjectType::Group, QStringLiteral("groups")},
                       {SnapshotObjectType::AdministrativeUnit, QStringLiteral("schools")}};
    for (const auto &c : collections) {
        const QString link = m_database->deltaLink(c.type);
        if (link.isEmpty())
            continue;
        ++m_pending;
        auto *delta = new DeltaIterator(m_session->graph(), link, {}, this);
        m_iterators.append(delta);
        const SnapshotObjectType type = c.type;
        const QString kind = c.kind;
        connect(delta, &DeltaIterator::page, this, [this, type, kind](const QJsonArray &items) {
            m_writer->apply(DirectoryMapper::fromPage(type, items));
            countPage(kind, items.size());
        });
        connect(delta, &DeltaIterator::finished, this, [this, delta, type] {
            delta->deleteLater();
            if (!m_running)
                return;
            if (delta->error()) {
                if (DeltaIterator::needsFullSync(delta->error()))
                    return fallBackToFull();
                return fail(delta->error());
            }
            m_writer->setDeltaLink(type, delta->deltaLink().toString());
            if (--m_pending == 0)
                finishListing();
        });
        delta->start();
    }
}

void SnapshotSync::fallBackToFull()
{
    m_summary.fellBackToFull = true;
    const QString message = tr("The saved change-tracking link has expired, so a full sync is done instead.");
    qCInfo(lcServices) << "delta link expired; falling back to a full sync";
    emit fallingBackToFull(message);
    restartFull({});
}

// Stops every listing and rolls the running generation back; once the writer has let go of the snapshot,
// `whileStopped` runs (if given) and a full sync starts with a new writer.
void SnapshotSync::restartFull(const std::function<Error()> &whileStopped)
{
    ++m_run; // what the stopped run still has in flight (the count, the policy) answers to the old run
    stopIterators();
    if (m_plan)
        m_plan->cancel();
    m_pending = 0;
    m_summary.objectsByKind.clear();
    SnapshotWriteWorker *old = m_writer;
    old->disconnect(this);
    connect(old, &SnapshotWriteWorker::finished, this, [this, old, whileStopped, run = m_run] {
        old->deleteLater();
        if (run != m_run || !m_running)
            return;
        if (const Error error = whileStopped ? whileStopped() : Error())
            return fail(error);
        makeWriter();
        startFull();
    });
    old->abort();
    m_writer = nullptr;
}

// --- the end ----------------------------------------------------------------------------------------------

void SnapshotSync::commit()
{
    reportProgress(tr("Saving the snapshot"));
    connect(m_writer, &SnapshotWriteWorker::finished, this, [this](const Error &error) {
        if (!error && m_summary.full)
            rememberUserListing();
        m_summary.generation = m_writer->generationId();
        takeStatistics();
        m_error = error;
        finish();
    });
    // Retention: older generations are merged away on the writer's thread after the commit; diffs between
    // the kept ones stay exact.
    m_writer->commit(m_generationsKept);
}

void SnapshotSync::stopIterators()
{
    m_queued.clear();
    m_active = 0;
    const QList<QPointer<QObject>> iterators = m_iterators;
    m_iterators.clear();
    for (const QPointer<QObject> &iterator : iterators) {
        if (!iterator)
            continue;
        iterator->disconnect(this);
        if (auto *pages = qobject_cast<PageIterator *>(iterator))
            pages->cancel();
        else if (auto *delta = qobject_cast<DeltaIterator *>(iterator))
            delta->cancel();
        iterator->deleteLater();
    }
}

// Ends a run that failed or was cancelled: everything that uses the session stops now; the generation is
// rolled back on the writer's thread, and finished() follows once it has been (nobody waits for it).
void SnapshotSync::fail(const Error &error)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    stopIterators();
    if (m_plan)
        m_plan->cancel();
    takeStatistics();
    m_error = error;
    if (!m_writer)
        return finish();
    m_writer->disconnect(this);
    connect(m_writer, &SnapshotWriteWorker::finished, this, &SnapshotSync::finish);
    m_writer->abort();
}

void SnapshotSync::takeStatistics()
{
    const ApiClient::Statistics stats = m_session->api()->statistics();
    m_summary.requests = stats.requestsSent - m_requestsAtStart;
    m_summary.retries = stats.retries - m_retriesAtStart;
    m_summary.throttled = stats.throttledResponses - m_throttledAtStart;
    m_summary.seconds = m_clock.elapsed() / 1000.0;
}

void SnapshotSync::finish()
{
    if (!m_running)
        return;
    m_running = false;
    qCInfo(lcServices) << "sync finished:" << (m_summary.full ? "full" : "delta") << "requests"
                       << m_summary.requests << "seconds" << m_summary.seconds << "error kind"
                       << int(m_error.kind());
    emit finished();
}
