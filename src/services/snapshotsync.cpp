#include "services/snapshotsync.h"

#include "cache/snapshotdatabase.h"
#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/deltaiterator.h"
#include "graph/graphclient.h"
#include "graph/pageiterator.h"
#include "services/logging.h"
#include "services/snapshotwriteworker.h"
#include "services/tenantsession.h"

#include <QHash>
#include <QJsonArray>

namespace {
const char *const kMembersDelta = "members@delta";

QList<QJsonObject> objectsOf(const QJsonArray &items)
{
    QList<QJsonObject> objects;
    objects.reserve(items.size());
    for (const QJsonValue &item : items)
        objects.append(item.toObject());
    return objects;
}

// Users are listed in ranges of userPrincipalName: (.., 'a'], ['a', 'b'], ..., ['z', ..). A boundary holds
// no '@', so no address can equal one: every user falls in exactly one range, whatever the server's order.
QStringList partitionFilters()
{
    QStringList filters;
    QString previous;
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString boundary{QLatin1Char(c)};
        filters << (previous.isEmpty()
                        ? QStringLiteral("userPrincipalName le '%1'").arg(boundary)
                        : QStringLiteral("userPrincipalName ge '%1' and userPrincipalName le '%2'")
                              .arg(previous, boundary));
        previous = boundary;
    }
    filters << QStringLiteral("userPrincipalName ge '%1'").arg(previous);
    return filters;
}
} // namespace

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

QString SnapshotSync::userSelect()
{
    return QStringLiteral(
        "id,displayName,givenName,surname,userPrincipalName,mail,accountEnabled,assignedLicenses,"
        "jobTitle,department,officeLocation,usageLocation,preferredLanguage,createdDateTime");
}

QString SnapshotSync::groupSelect()
{
    return QStringLiteral(
        "id,displayName,description,mail,mailNickname,mailEnabled,securityEnabled,groupTypes,"
        "visibility,members");
}

void SnapshotSync::start(Mode mode)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_error = Error();
    m_summary = Summary();
    m_clock.start();
    const ApiClient::Statistics stats = m_session->api()->statistics();
    m_requestsAtStart = stats.requestsSent;
    m_retriesAtStart = stats.retries;
    m_throttledAtStart = stats.throttledResponses;
    m_session->api()->setMaxConcurrentPerHost(m_parallelism);

    delete m_writer;
    m_writer = new SnapshotWriteWorker(*m_database, this);
    connect(m_writer, &SnapshotWriteWorker::failed, this, &SnapshotSync::fail);

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

void SnapshotSync::cancel()
{
    if (!m_running)
        return;
    done(Error(Error::Kind::Cancelled, QString()));
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

    // How many users to expect, for the progress estimate (advanced query; failure only loses the estimate).
    ApiJob *count =
        m_session->graph()->get(QStringLiteral("/users/$count"), {{"ConsistencyLevel", "eventual"}});
    connect(count, &ApiJob::finished, this, [this, count] {
        count->deleteLater();
        if (!count->error())
            m_expectedUsers = count->result().rawBody.trimmed().toLongLong();
    });

    // The delta token first: whatever changes while we list is replayed from it afterwards.
    auto *latest = new DeltaIterator(
        m_session->graph(), DeltaIterator::latestPath(QStringLiteral("/users/delta?$select=") + userSelect()),
        {}, this);
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

void SnapshotSync::listCollection(const QString &path, const QString &kind,
                                  std::function<void(const QJsonArray &)> onPage, std::function<void()> then)
{
    ++m_pending;
    auto *pages = new PageIterator(m_session->graph(), path, {}, this);
    m_iterators.append(pages);
    connect(pages, &PageIterator::page, this, [this, kind, onPage](const QJsonArray &items) {
        onPage(items);
        countPage(kind, items.size());
    });
    connect(pages, &PageIterator::finished, this, [this, pages, then] {
        pages->deleteLater();
        if (!m_running)
            return;
        if (pages->error())
            return fail(pages->error());
        if (then)
            then();
        if (--m_pending == 0)
            finishListing();
    });
    pages->start();
}

void SnapshotSync::runPartitions()
{
    reportProgress(tr("Listing users, groups and schools"));
    const QString select = QStringLiteral("$top=999&$select=") + userSelect();
    for (const QString &filter : partitionFilters()) {
        const QString path = QStringLiteral("/users?") + select + QStringLiteral("&$filter=") +
                             QString::fromUtf8(QUrl::toPercentEncoding(filter));
        listCollection(
            path, QStringLiteral("users"),
            [this](const QJsonArray &items) { m_writer->upsert(SnapshotObjectType::User, objectsOf(items)); },
            {});
    }

    // Groups and schools through delta: the initial round lists them all with their members, and its
    // deltaLink is where the next refresh starts.
    auto members = std::make_shared<QHash<QString, QList<QJsonObject>>>();
    const auto withMembers = [this, members](SnapshotObjectType type, const QString &kind,
                                             const QString &path, SnapshotRelation relation) {
        ++m_pending;
        auto *delta = new DeltaIterator(m_session->graph(), path, {}, this);
        m_iterators.append(delta);
        connect(delta, &DeltaIterator::page, this, [this, members, type, kind](const QJsonArray &items) {
            QList<QJsonObject> objects = objectsOf(items);
            for (QJsonObject &object : objects) {
                const QString id = object.value(QLatin1String("id")).toString();
                const QJsonArray list = object.take(QLatin1String(kMembersDelta)).toArray();
                QList<QJsonObject> &all = (*members)[QString::number(int(type)) + id];
                for (const QJsonValue &member : list) {
                    if (!member.toObject().contains(QLatin1String("@removed")))
                        all.append(member.toObject());
                }
            }
            m_writer->upsert(type, objects);
            countPage(kind, items.size());
        });
        connect(delta, &DeltaIterator::finished, this, [this, delta, members, type, relation] {
            delta->deleteLater();
            if (!m_running)
                return;
            if (delta->error())
                return fail(delta->error());
            // A full listing replaces each container's members (a group's list may span several pages).
            const QString prefix = QString::number(int(type));
            for (auto it = members->cbegin(); it != members->cend(); ++it) {
                if (it.key().startsWith(prefix))
                    m_writer->setMembers(relation, it.key().mid(prefix.size()), it.value());
            }
            m_writer->setDeltaLink(type, delta->deltaLink().toString());
            if (--m_pending == 0)
                finishListing();
        });
        delta->start();
    };
    withMembers(SnapshotObjectType::Group, QStringLiteral("groups"),
                QStringLiteral("/groups/delta?$select=") + groupSelect(), SnapshotRelation::GroupMember);
    withMembers(
        SnapshotObjectType::AdministrativeUnit, QStringLiteral("schools"),
        QStringLiteral("/directory/administrativeUnits/delta?$select=id,displayName,description,members"),
        SnapshotRelation::AdministrativeUnitMember);

    const auto plain = [this](SnapshotObjectType type) {
        return [this, type](const QJsonArray &items) {
            m_writer->upsert(type, objectsOf(items));
        };
    };
    listCollection(QStringLiteral("/subscribedSkus"), QStringLiteral("licences"),
                   plain(SnapshotObjectType::SubscribedSku), {});
    listCollection(QStringLiteral("/domains"), QStringLiteral("domains"), plain(SnapshotObjectType::Domain),
                   {});
    listCollection(QStringLiteral("/education/classes?$top=999"), QStringLiteral("classes"),
                   plain(SnapshotObjectType::EducationClass), {});

    ++m_pending;
    ApiJob *policy = m_session->graph()->get(QStringLiteral("/policies/authorizationPolicy"));
    connect(policy, &ApiJob::finished, this, [this, policy] {
        policy->deleteLater();
        if (!m_running)
            return;
        if (policy->error())
            return fail(policy->error());
        m_writer->upsert(SnapshotObjectType::AuthorizationPolicy, {policy->result().object()});
        if (--m_pending == 0)
            finishListing();
    });
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
        m_writer->upsert(SnapshotObjectType::User, objectsOf(items));
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
            m_writer->upsert(type, objectsOf(items));
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
    stopIterators();
    m_pending = 0;
    m_summary.objectsByKind.clear();
    m_summary.fellBackToFull = true;
    const QString message = tr("The saved change-tracking link has expired, so a full sync is done instead.");
    qCInfo(lcServices) << "delta link expired; falling back to a full sync";
    emit fallingBackToFull(message);
    // The delta generation is rolled back first; the full one starts once the writer has let go of the
    // snapshot.
    SnapshotWriteWorker *old = m_writer;
    old->disconnect(this);
    connect(old, &SnapshotWriteWorker::finished, this, [this, old] {
        old->deleteLater();
        if (!m_running)
            return;
        m_writer = new SnapshotWriteWorker(*m_database, this);
        connect(m_writer, &SnapshotWriteWorker::failed, this, &SnapshotSync::fail);
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
        m_summary.generation = m_writer->generationId();
        Error result = error;
        // Retention: older generations are merged away; diffs between the kept ones stay exact.
        if (!result && m_generationsKept > 0)
            result = m_database->compact(m_generationsKept);
        done(result);
    });
    m_writer->commit();
}

void SnapshotSync::stopIterators()
{
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

void SnapshotSync::fail(const Error &error)
{
    if (!m_running)
        return;
    stopIterators();
    if (m_writer) {
        m_writer->disconnect(this);
        m_writer->abort();
    }
    done(error);
}

void SnapshotSync::done(const Error &error)
{
    if (!m_running)
        return;
    if (error.kind() == Error::Kind::Cancelled && m_writer) {
        stopIterators();
        m_writer->disconnect(this);
        m_writer->abort();
    }
    m_running = false;
    m_error = error;
    const ApiClient::Statistics stats = m_session->api()->statistics();
    m_summary.requests = stats.requestsSent - m_requestsAtStart;
    m_summary.retries = stats.retries - m_retriesAtStart;
    m_summary.throttled = stats.throttledResponses - m_throttledAtStart;
    m_summary.seconds = m_clock.elapsed() / 1000.0;
    qCInfo(lcServices) << "sync finished:" << (m_summary.full ? "full" : "delta") << "requests"
                       << m_summary.requests << "seconds" << m_summary.seconds << "error kind"
                       << int(error.kind());
    emit finished();
}
