#include "cache/snapshotwriter.h"

#include "cache/batchedtransaction.h"
#include "cache/generationtally.h"
#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotids.h"
#include "cache/snapshotlinkwriter.h"
#include "cache/snapshotobjectwriter.h"
#include "cache/snapshotschema.h"
#include "cache/snapshotsql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace SnapshotSql;

namespace {

// The relations an object of this type contains (as the container).
QList<SnapshotRelation> containedRelations(SnapshotObjectType type)
{
    switch (type) {
    case SnapshotObjectType::Group:
        return {SnapshotRelation::GroupMember, SnapshotRelation::GroupOwner};
    case SnapshotObjectType::AdministrativeUnit:
        return {SnapshotRelation::AdministrativeUnitMember};
    case SnapshotObjectType::EducationClass:
        return {SnapshotRelation::ClassMember, SnapshotRelation::ClassTeacher};
    default:
        return {};
    }
}

} // namespace

struct SnapshotWriter::Private
{
    Private(SnapshotDatabase &database, int batchSize) : database(database), transaction(database, batchSize)
    {}

    Error notRunning() const
    {
        Error error(Error::Kind::Storage, database.filePath());
        error.setMessage(SnapshotWriter::tr("No update of the local snapshot is in progress."));
        return error;
    }
    Error prepareStatements();
    Error countWrite() { return transaction.count(); }
    Error writeRecord(const DirectoryRecord &record, qint64 readAt, bool *changed, qint64 *number = nullptr);
    Error removeOne(SnapshotObjectType type, qint64 n);
    Error applyMembership(const DirectoryChanges::Membership &membership);
    Error saveCollection(SnapshotObjectType type, const QVariant &deltaLink);
    Error removeUnseen(SnapshotObjectType type);
    Error applyAll(const DirectoryChanges &changes);
    Error beginBulkIfEmpty();
    void stop();

    SnapshotDatabase &database;
    BatchedTransaction transaction;
    QSqlDatabase db;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<SnapshotLinkWriter> links;
    qint64 generation = 0;
    SnapshotGeneration::Kind kind = SnapshotGeneration::Kind::Full;
    qint64 startedMs = 0;
    QHash<int, QSet<qint64>> seen; // Full generations: objects (numbers) upserted per type
    bool startedEmpty = false;     // a full read into a snapshot with no rows (see beginBulkIfEmpty())
    QSet<int> removeUnseenTypes;

    std::unique_ptr<SnapshotIds> ids;
    std::unique_ptr<SnapshotObjectWriter> objects;
    QSqlQuery upsertCollection;
};

SnapshotWriter::SnapshotWriter(SnapshotDatabase &database, int batchSize)
    : d(std::make_unique<Private>(database, batchSize))
{}

SnapshotWriter::~SnapshotWriter()
{
    if (isRunning()) {
        qCWarning(lcCache) << "Snapshot writer destroyed while generation" << d->generation << "was running";
        abortGeneration();
    }
}

bool SnapshotWriter::isRunning() const
{
    return d->generation != 0;
}

qint64 SnapshotWriter::generationId() const
{
    return d->generation;
}

Error SnapshotWriter::beginGeneration(SnapshotGeneration::Kind kind)
{
    auto busy = [this] {
        Error error(Error::Kind::Storage, d->database.filePath());
        error.setMessage(tr("Another Tenantdesk window or process is updating the local snapshot."));
        return error;
    };
    if (isRunning())
        return busy();
    d->lock = std::make_unique<QLockFile>(d->database.writerLockPath());
    d->lock->setStaleLockTime(0);
    if (!d->lock->tryLock(0)) {
        d->lock.reset();
        return busy();
    }
    d->db = d->database.connection();
    d->transaction.setConnection(d->db);

    Error error = recoverUnfinished(d->db, d->database);
    if (!error) {
        QSqlQuery insert(d->db);
        d->startedMs = nowMs();
        if (prepare(insert,
                    // The first row numbers it will write (schema 5).
                    QStringLiteral(
                        "INSERT INTO generations (kind, status, started, first_object_row, first_link_row)"
                        " VALUES (?, 'running', ?, (SELECT coalesce(max(row), 0) + 1 FROM objects),"
                        " (SELECT coalesce(max(row), 0) + 1 FROM links))"),
                    d->database, QStringLiteral("begin generation"), &error)) {
            insert.addBindValue(kindText(kind));
            insert.addBindValue(d->startedMs);
            if (exec(insert, d->database, QStringLiteral("begin generation"), &error))
                d->generation = insert.lastInsertId().toLongLong();
        }
    }
    if (!error)
        error = d->prepareStatements();
    if (!error)
        error = d->transaction.begin();
    if (error) {
        if (d->generation)
            rollBackGeneration(d->db, d->database, d->generation);
        d->stop();
        return error;
    }
    d->kind = kind;
    d->objects->setCacheCurrent(kind == SnapshotGeneration::Kind::Full);
    if (kind == SnapshotGeneration::Kind::Full) {
        error = d->ids->loadAll();
        if (!error)
            error = d->beginBulkIfEmpty();
        if (error) {
            abortGeneration();
            return error;
        }
    }
    qCInfo(lcCache) << "Generation" << d->generation << kindText(kind) << "started";
    return Error();
}

Error SnapshotWriter::Private::prepareStatements()
{
    Error error;
    upsertCollection = QSqlQuery(db);
    if (!prepare(upsertCollection,
                 QStringLiteral(
                     "INSERT INTO collections (type, generation, read_at, delta_link) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (type, generation) DO UPDATE"
                     " SET delta_link = coalesce(excluded.delta_link, delta_link)"),
                 database, QStringLiteral("prepare statements"), &error))
        return error;
    ids = std::make_unique<SnapshotIds>(database, db);
    if ((error = ids->prepare()))
        return error;
    objects = std::make_unique<SnapshotObjectWriter>(database, db, generation);
    if ((error = objects->prepare()))
        return error;
    links = std::make_unique<SnapshotLinkWriter>(database, db, *ids, generation);
    return links->prepare();
}

// The first full read into an empty snapshot (nothing stored, or only what aborted reads left and rolled
// back) writes without the secondary indexes and builds them once at the end: sorting a million keys at once
// costs a fraction of keeping them ordered insert by insert. The objects are all new (their current versions
// are kept in memory for a full read anyway); relations are written by inserts alone as long as each list
// comes once (SnapshotLinkWriter::setBulk). The dropped indexes are part of the generation's transactions: a
// crash leaves them missing in a snapshot with no complete generation, and the next open() or
// beginGeneration() builds them again (recoverUnfinished()).
Error SnapshotWriter::Private::beginBulkIfEmpty()
{
    Error error;
    QSqlQuery query(db);
    if (!prepare(query,
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM objects) OR EXISTS (SELECT 1 FROM links)"),
                 database, QStringLiteral("begin generation"), &error) ||
        !exec(query, database, QStringLiteral("begin generation"), &error))
        return error;
    if (!query.next() || query.value(0).toInt() != 0)
        return Error();
    query.finish();
    startedEmpty = true;
    for (const QString &name : SnapshotSchema::deferrableIndexNames()) {
        if (!execDirect(db, QStringLiteral("DROP INDEX IF EXISTS ") + name, database,
                        QStringLiteral("begin generation"), &error))
            return error;
    }
    links->setBulk([this] {
        QElapsedTimer timer;
        timer.start();
        const Error indexError = ensureIndexes(db, database);
        qCInfo(lcCache) << "Generation" << generation << "built its indexes in" << timer.elapsed() << "ms";
        return indexError;
    });
    qCInfo(lcCache) << "Generation" << generation
                    << "writes into an empty snapshot: indexes built at its end";
    return Error();
}

void SnapshotWriter::Private::stop()
{
    upsertCollection = QSqlQuery();
    objects.reset();
    links.reset();
    ids.reset();
    transaction.rollBack();
    generation = 0;
    startedEmpty = false;
    seen.clear();
    removeUnseenTypes.clear();
    if (lock)
        lock->unlock();
    lock.reset();
}

Error SnapshotWriter::apply(const DirectoryChanges &changes)
{
    if (!isRunning())
        return d->notRunning();
    if (Error error = d->applyAll(changes)) {
        abortGeneration();
        return error;
    }
    return Error();
}

Error SnapshotWriter::Private::applyAll(const DirectoryChanges &changes)
{
    const qint64 readAt = nowMs();
    QSet<QString> unchangedUsers; // their licences are as stored: no need to look
    // The numbers of the users just written, for their licences: keyed by the id's text as shared between a
    // record and its licences (a mapper that copied the id just misses, and the id is looked up).
    QHash<const QChar *, qint64> userNumbers;
    for (const DirectoryRecord &record : changes.records) {
        bool changed = false;
        qint64 n = 0;
        if (Error error = writeRecord(record, readAt, &changed, &n))
            return error;
        if (record.kind != SnapshotObjectType::User)
            continue;
        if (!changed)
            unchangedUsers.insert(record.id);
        else if (!changes.licences.isEmpty())
            userNumbers.insert(record.id.constData(), n);
    }
    for (const DirectoryChanges::Removal &removal : changes.removals) {
        qint64 n = 0;
        Error error = ids->find(removal.id, &n);
        if (!error && n)
            error = removeOne(removal.kind, n);
        if (error)
            return error;
    }
    for (const DirectoryChanges::Membership &membership : changes.memberships) {
        if (Error error = applyMembership(membership))
            return error;
    }
    for (const DirectoryChanges::UserLicences &licences : changes.licences) {
        if (unchangedUsers.contains(licences.userId))
            continue;
        Error error = links->setContainersOf(SnapshotRelation::UserLicence, licences.userId,
                                             MemberRef::kindId(MemberRef::Kind::User), licences.skuIds,
                                             userNumbers.value(licences.userId.constData()));
        if (!error)
            error = countWrite();
        if (error)
            return error;
    }
    return Error();
}

Error SnapshotWriter::Private::writeRecord(const DirectoryRecord &record, qint64 readAt, bool *changed,
                                           qint64 *number)
{
    if (record.id.isEmpty()) {
        qCWarning(lcCache) << "Ignoring a" << snapshotObjectTypeId(record.kind) << "without an id";
        return Error();
    }
    const bool softDeleted = record.isSoftDeleted();
    qint64 n = 0;
    if (Error error = ids->number(record.id, &n))
        return error;
    if (number)
        *number = n;
    if (kind == SnapshotGeneration::Kind::Full && !startedEmpty)
        seen[int(record.kind)].insert(n);

    SnapshotObjectWriter::Current current;
    if (Error error = objects->current(record.kind, n, &current))
        return error;
    // A change feed carries only what changed, and a soft-deletion only the id: merge into what is stored.
    // A record read as text only (columnsOnly) is written from its text and columns, unless merged.
    QJsonObject properties = record.properties; // shared, not copied, unless merged into
    QByteArray json = record.json;
    DirectoryRecord::Columns columns;
    if (current.row && (softDeleted || kind == SnapshotGeneration::Kind::Delta)) {
        if (Error error = objects->properties(current.row, &properties))
            return error;
        const QJsonObject changes = record.allProperties();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            properties.insert(it.key(), it.value());
        json.clear();
        columns = DirectoryRecord::Columns::of(properties);
    } else {
        columns = record.indexedColumns();
    }

    if (Error error = objects->write(record.kind, record.id, n, current, properties, columns, json,
                                     softDeleted, readAt, changed))
        return error;
    return *changed ? countWrite() : Error();
}

Error SnapshotWriter::Private::applyMembership(const DirectoryChanges::Membership &membership)
{
    Error error = membership.removed
                      ? links->remove(membership.relation, membership.containerId, membership.member.id)
                      : links->add(membership.relation, membership.containerId, membership.member.id,
                                   MemberRef::kindId(membership.member.kind));
    if (!error)
        error = countWrite();
    return error;
}

Error SnapshotWriter::Private::removeOne(SnapshotObjectType type, qint64 n)
{
    SnapshotObjectWriter::Current current;
    if (Error error = objects->current(type, n, &current))
        return error;
    if (!current.row)
        return Error();
    if (Error error = objects->end(type, n, current))
        return error;
    if (Error linkError = links->removeAllOf(n, containedRelations(type)))
        return linkError;
    return countWrite();
}

Error SnapshotWriter::markUnseenRemoved(SnapshotObjectType type)
{
    if (!isRunning())
        return d->notRunning();
    if (d->kind != SnapshotGeneration::Kind::Full) {
        Error error(Error::Kind::Storage, d->database.filePath(),
                    QStringLiteral("markUnseenRemoved in a delta"));
        error.setMessage(tr("Only a full read can tell which objects no longer exist."));
        return error;
    }
    d->removeUnseenTypes.insert(int(type));
    return d->saveCollection(type, QVariant(QMetaType::fromType<QString>()));
}

Error SnapshotWriter::setDeltaLink(SnapshotObjectType type, const QString &deltaLink)
{
    if (!isRunning())
        return d->notRunning();
    return d->saveCollection(type, deltaLink);
}

Error SnapshotWriter::Private::saveCollection(SnapshotObjectType type, const QVariant &deltaLink)
{
    Error error;
    upsertCollection.addBindValue(int(type));
    upsertCollection.addBindValue(generation);
    upsertCollection.addBindValue(startedMs);
    upsertCollection.addBindValue(deltaLink);
    if (!exec(upsertCollection, database, typeStep("save delta link", type), &error))
        return error;
    return Error();
}

Error SnapshotWriter::setMembers(SnapshotRelation relation, const QString &containerId,
                                 const QList<MemberRef> &members)
{
    if (!isRunning())
        return d->notRunning();
    QHash<QString, QString> wanted; // id -> member kind
    for (const MemberRef &member : members) {
        if (!member.id.isEmpty())
            wanted.insert(member.id, MemberRef::kindId(member.kind));
    }
    Error error = d->links->setMembersOf(relation, containerId, wanted);
    if (!error)
        error = d->countWrite();
    if (error)
        abortGeneration();
    return error;
}

Error SnapshotWriter::Private::removeUnseen(SnapshotObjectType type)
{
    Error error;
    QSqlQuery query(db);
    if (!prepare(query, QStringLiteral("SELECT n FROM objects WHERE type = ? AND valid_to IS NULL"), database,
                 typeStep("find unseen", type), &error))
        return error;
    query.setForwardOnly(true);
    query.addBindValue(int(type));
    if (!exec(query, database, typeStep("find unseen", type), &error))
        return error;
    const QSet<qint64> &seenNumbers = seen[int(type)];
    QList<qint64> unseen;
    while (query.next()) {
        const qint64 n = query.value(0).toLongLong();
        if (!seenNumbers.contains(n))
            unseen.append(n);
    }
    query.finish();
    for (qint64 n : std::as_const(unseen)) {
        if (Error removeError = removeOne(type, n))
            return removeError;
    }
    return Error();
}

Error SnapshotWriter::commitGeneration()
{
    if (!isRunning())
        return d->notRunning();
    Error error = d->links->endBulk();
    // Into an empty snapshot everything current was written by this generation, so was seen.
    for (int type : std::as_const(d->removeUnseenTypes)) {
        if (error || d->startedEmpty || (error = d->removeUnseen(SnapshotObjectType(type))))
            break;
    }
    GenerationTally tally;
    if (!error)
        error = GenerationTally::count(d->db, d->database, d->generation, d->startedEmpty, &tally);
    if (!error) {
        QSqlQuery finish(d->db);
        if (prepare(finish,
                    QStringLiteral("UPDATE generations SET status = 'complete', finished = ?, added = ?,"
                                   " changed = ?, removed = ? WHERE id = ?"),
                    d->database, QStringLiteral("commit generation"), &error)) {
            for (qint64 value : {nowMs(), tally.added, tally.changed, tally.removed, d->generation})
                finish.addBindValue(value);
            exec(finish, d->database, QStringLiteral("commit generation"), &error);
        }
    }
    if (!error)
        error = d->transaction.commit();
    if (error) {
        abortGeneration();
        return error;
    }
    qCInfo(lcCache) << "Generation" << d->generation << "complete:" << tally.added << "added,"
                    << tally.changed << "changed," << tally.removed << "removed";
    d->stop();
    return Error();
}

Error SnapshotWriter::abortGeneration()
{
    if (!isRunning())
        return d->notRunning();
    const qint64 generation = d->generation;
    if (d->transaction.isOpen()) {
        d->links.reset();
        d->transaction.rollBack();
    }
    Error error = rollBackGeneration(d->db, d->database, generation);
    // A first full read may have dropped the indexes it builds at its end.
    if (Error indexError = ensureIndexes(d->db, d->database); !error)
        error = indexError;
    d->stop();
    qCInfo(lcCache) << "Generation" << generation << "aborted";
    return error;
}
