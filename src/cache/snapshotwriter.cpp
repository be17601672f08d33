#include "cache/snapshotwriter.h"

#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotlinkwriter.h"
#include "cache/snapshotobjectwriter.h"
#include "cache/snapshotsql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace SnapshotSql;

namespace {

QString typeStep(const char *what, SnapshotObjectType type)
{
    return QString::fromLatin1(what) + QLatin1Char(' ') + snapshotObjectTypeId(type);
}

// The relations an object of this type contains (as the container), and the Graph "x@delta" arrays for them.
struct ContainedRelation
{
    SnapshotRelation relation;
    const char *deltaKey;
};

QList<ContainedRelation> containedRelations(SnapshotObjectType type)
{
    switch (type) {
    case SnapshotObjectType::Group:
        return {{SnapshotRelation::GroupMember, "members@delta"},
                {SnapshotRelation::GroupOwner, "owners@delta"}};
    case SnapshotObjectType::AdministrativeUnit:
        return {{SnapshotRelation::AdministrativeUnitMember, "members@delta"}};
    case SnapshotObjectType::EducationClass:
        return {{SnapshotRelation::ClassMember, "members@delta"},
                {SnapshotRelation::ClassTeacher, "teachers@delta"}};
    default:
        return {};
    }
}

} // namespace

struct SnapshotWriter::Private
{
    Private(SnapshotDatabase &database, int batchSize) : database(database), batchSize(qMax(1, batchSize)) {}

    Error notRunning() const
    {
        Error error(Error::Kind::Storage, database.filePath());
        error.setMessage(SnapshotWriter::tr("No update of the local snapshot is in progress."));
        return error;
    }
    Error prepareStatements();
    Error beginBatch();
    Error commitBatch();
    Error countWrite();
    Error upsertOne(SnapshotObjectType type, const QJsonObject &object, qint64 readAt);
    Error removeOne(SnapshotObjectType type, const QString &id);
    Error syncLicences(const QString &userId, const QJsonObject &user);
    Error applyDeltaMembers(SnapshotObjectType type, const QString &id, const QJsonObject &object);
    Error saveCollection(SnapshotObjectType type, const QVariant &deltaLink);
    Error removeUnseen(SnapshotObjectType type);
    qint64 count(const QString &sql, int binds, Error *error);
    void stop();

    SnapshotDatabase &database;
    const int batchSize;
    QSqlDatabase db;
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<SnapshotLinkWriter> links;
    qint64 generation = 0;
    SnapshotGeneration::Kind kind = SnapshotGeneration::Kind::Full;
    qint64 startedMs = 0;
    bool inTransaction = false;
    int pendingWrites = 0;
    QHash<int, QSet<QString>> seen; // Full generations: ids upserted per type
    QSet<int> removeUnseenTypes;

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
    Error error = recoverUnfinished(d->db, d->database);
    if (!error) {
        QSqlQuery insert(d->db);
        d->startedMs = nowMs();
        if (prepare(
                insert,
                QStringLiteral("INSERT INTO generations (kind, status, started) VALUES (?, 'running', ?)"),
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
        error = d->beginBatch();
    if (error) {
        if (d->generation)
            rollBackGeneration(d->db, d->database, d->generation);
        d->stop();
        return error;
    }
    d->kind = kind;
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
    objects = std::make_unique<SnapshotObjectWriter>(database, db, generation);
    if ((error = objects->prepare()))
        return error;
    links = std::make_unique<SnapshotLinkWriter>(database, db, generation);
    return links->prepare();
}

Error SnapshotWriter::Private::beginBatch()
{
    Error error;
    if (!execDirect(db, QStringLiteral("BEGIN IMMEDIATE"), database, QStringLiteral("begin batch"), &error))
        return error;
    inTransaction = true;
    pendingWrites = 0;
    return Error();
}

Error SnapshotWriter::Private::commitBatch()
{
    Error error;
    if (!execDirect(db, QStringLiteral("COMMIT"), database, QStringLiteral("commit batch"), &error))
        return error;
    inTransaction = false;
    return Error();
}

Error SnapshotWriter::Private::countWrite()
{
    if (++pendingWrites < batchSize)
        return Error();
    if (Error error = commitBatch())
        return error;
    return beginBatch();
}

void SnapshotWriter::Private::stop()
{
    upsertCollection = QSqlQuery();
    objects.reset();
    links.reset();
    if (inTransaction)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    inTransaction = false;
    generation = 0;
    seen.clear();
    removeUnseenTypes.clear();
    if (lock)
        lock->unlock();
    lock.reset();
}

Error SnapshotWriter::upsertObjects(SnapshotObjectType type, const QList<QJsonObject> &objects)
{
    if (!isRunning())
        return d->notRunning();
    const qint64 readAt = nowMs();
    for (const QJsonObject &object : objects) {
        if (Error error = d->upsertOne(type, object, readAt)) {
            abortGeneration();
            return error;
        }
    }
    return Error();
}

Error SnapshotWriter::Private::upsertOne(SnapshotObjectType type, const QJsonObject &object, qint64 readAt)
{
    const QString id = object.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        qCWarning(lcCache) << "Ignoring a" << snapshotObjectTypeId(type) << "without an id";
        return Error();
    }
    const QJsonValue removed = object.value(QLatin1String("@removed"));
    const bool softDeleted =
        removed.isObject() &&
        removed.toObject().value(QLatin1String("reason")).toString() == QLatin1String("changed");
    if (removed.isObject() && !softDeleted)
        return removeOne(type, id);
    if (kind == SnapshotGeneration::Kind::Full)
        seen[int(type)].insert(id);

    SnapshotObjectWriter::Current current;
    if (Error error = objects->current(type, id, &current))
        return error;
    // The stored properties: Graph's own, without annotations ("@odata.type", "members@delta", ...).
    QJsonObject properties;
    if (current.row && (softDeleted || kind == SnapshotGeneration::Kind::Delta)) {
        if (Error error = objects->properties(current.row, &properties))
            return error;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.key().contains(QLatin1Char('@')))
            properties.insert(it.key(), it.value());
    }
    if (softDeleted)
        properties.insert(QStringLiteral("@removed"),
                          QJsonObject{{QStringLiteral("reason"), QStringLiteral("changed")}});
    else
        properties.remove(QStringLiteral("@removed"));

    bool changed = false;
    if (Error error = objects->write(type, id, current, properties, softDeleted, readAt, &changed))
        return error;
    if (changed) {
        if (type == SnapshotObjectType::User && !softDeleted) {
            if (Error licenceError = syncLicences(id, properties))
                return licenceError;
        }
        if (Error batchError = countWrite())
            return batchError;
    }
    return applyDeltaMembers(type, id, object);
}

Error SnapshotWriter::Private::syncLicences(const QString &userId, const QJsonObject &user)
{
    const QJsonValue assigned = user.value(QLatin1String("assignedLicenses"));
    if (!assigned.isArray())
        return Error(); // not selected: keep what is stored
    QSet<QString> skuIds;
    for (const QJsonValue &licence : assigned.toArray()) {
        const QString skuId = licence.toObject().value(QLatin1String("skuId")).toString();
        if (!skuId.isEmpty())
            skuIds.insert(skuId);
    }
    return links->setContainersOf(SnapshotRelation::UserLicence, userId, QStringLiteral("user"), skuIds);
}

Error SnapshotWriter::Private::applyDeltaMembers(SnapshotObjectType type, const QString &id,
                                                 const QJsonObject &object)
{
    for (const ContainedRelation &contained : containedRelations(type)) {
        const QJsonValue members = object.value(QLatin1String(contained.deltaKey));
        if (!members.isArray())
            continue;
        for (const QJsonValue &member : members.toArray()) {
            const QJsonObject reference = member.toObject();
            const QString memberId = reference.value(QLatin1String("id")).toString();
            if (memberId.isEmpty())
                continue;
            Error error =
                reference.contains(QLatin1String("@removed"))
                    ? links->remove(contained.relation, id, memberId)
                    : links->add(contained.relation, id, memberId, SnapshotLinkWriter::memberType(reference));
            if (!error)
                error = countWrite();
            if (error)
                return error;
        }
    }
    return Error();
}

Error SnapshotWriter::removeObjects(SnapshotObjectType type, const QStringList &ids)
{
    if (!isRunning())
        return d->notRunning();
    for (const QString &id : ids) {
        if (Error error = d->removeOne(type, id)) {
            abortGeneration();
            return error;
        }
    }
    return Error();
}

Error SnapshotWriter::Private::removeOne(SnapshotObjectType type, const QString &id)
{
    SnapshotObjectWriter::Current current;
    if (Error error = objects->current(type, id, &current))
        return error;
    if (!current.row)
        return Error();
    if (Error error = objects->end(type, current))
        return error;
    QList<SnapshotRelation> contained;
    for (const ContainedRelation &relation : containedRelations(type))
        contained.append(relation.relation);
    if (Error linkError = links->removeAllOf(id, contained))
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

Error SnapshotWriter::addMembers(SnapshotRelation relation, const QString &containerId,
                                 const QList<QJsonObject> &members)
{
    if (!isRunning())
        return d->notRunning();
    for (const QJsonObject &member : members) {
        const QString memberId = member.value(QLatin1String("id")).toString();
        if (memberId.isEmpty())
            continue;
        Error error =
            member.contains(QLatin1String("@removed"))
                ? d->links->remove(relation, containerId, memberId)
                : d->links->add(relation, containerId, memberId, SnapshotLinkWriter::memberType(member));
        if (!error)
            error = d->countWrite();
        if (error) {
            abortGeneration();
            return error;
        }
    }
    return Error();
}

Error SnapshotWriter::removeMembers(SnapshotRelation relation, const QString &containerId,
                                    const QStringList &memberIds)
{
    if (!isRunning())
        return d->notRunning();
    for (const QString &memberId : memberIds) {
        Error error = d->links->remove(relation, containerId, memberId);
        if (!error)
            error = d->countWrite();
        if (error) {
            abortGeneration();
            return error;
        }
    }
    return Error();
}

Error SnapshotWriter::setMembers(SnapshotRelation relation, const QString &containerId,
                                 const QList<QJsonObject> &members)
{
    if (!isRunning())
        return d->notRunning();
    QHash<QString, QString> wanted; // id -> member type
    for (const QJsonObject &member : members) {
        const QString memberId = member.value(QLatin1String("id")).toString();
        if (!memberId.isEmpty() && !member.contains(QLatin1String("@removed")))
            wanted.insert(memberId, SnapshotLinkWriter::memberType(member));
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
    if (!prepare(query, QStringLiteral("SELECT id FROM objects WHERE type = ? AND valid_to IS NULL"),
                 database, typeStep("find unseen", type), &error))
        return error;
    query.setForwardOnly(true);
    query.addBindValue(int(type));
    if (!exec(query, database, typeStep("find unseen", type), &error))
        return error;
    const QSet<QString> &seenIds = seen[int(type)];
    QStringList unseen;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (!seenIds.contains(id))
            unseen.append(id);
    }
    query.finish();
    for (const QString &id : std::as_const(unseen)) {
        if (Error removeError = removeOne(type, id))
            return removeError;
    }
    return Error();
}

qint64 SnapshotWriter::Private::count(const QString &sql, int binds, Error *error)
{
    QSqlQuery query(db);
    if (!prepare(query, sql, database, QStringLiteral("count changes"), error))
        return 0;
    for (int i = 0; i < binds; ++i)
        query.addBindValue(generation);
    if (!exec(query, database, QStringLiteral("count changes"), error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Error SnapshotWriter::commitGeneration()
{
    if (!isRunning())
        return d->notRunning();
    Error error;
    for (int type : std::as_const(d->removeUnseenTypes)) {
        if ((error = d->removeUnseen(SnapshotObjectType(type))))
            break;
    }
    // The correlated lookups go through (type, id): the planner would otherwise pick valid_to's index and
    // make the count quadratic in the number of changes.
    const QString replaced =
        QStringLiteral("SELECT 1 FROM objects o INDEXED BY objects_id WHERE o.type = n.type"
                       " AND o.id = n.id AND o.valid_to = ?");
    const qint64 added =
        d->count(QStringLiteral("SELECT count(*) FROM objects n WHERE n.valid_from = ?"
                                " AND NOT EXISTS (%1)")
                     .arg(replaced),
                 2, &error) +
        d->count(QStringLiteral("SELECT count(*) FROM links WHERE valid_from = ?"), 1, &error);
    const qint64 changed = d->count(QStringLiteral("SELECT count(*) FROM objects n WHERE n.valid_from = ?"
                                                   " AND EXISTS (%1)")
                                        .arg(replaced),
                                    2, &error);
    const qint64 removed =
        d->count(QStringLiteral("SELECT count(*) FROM objects n WHERE n.valid_to = ? AND NOT EXISTS (SELECT 1"
                                " FROM objects o INDEXED BY objects_id WHERE o.type = n.type AND o.id = n.id"
                                " AND o.valid_from = ?)"),
                 2, &error) +
        d->count(QStringLiteral("SELECT count(*) FROM links WHERE valid_to = ?"), 1, &error);
    if (!error) {
        QSqlQuery finish(d->db);
        if (prepare(finish,
                    QStringLiteral("UPDATE generations SET status = 'complete', finished = ?, added = ?,"
                                   " changed = ?, removed = ? WHERE id = ?"),
                    d->database, QStringLiteral("commit generation"), &error)) {
            for (qint64 value : {nowMs(), added, changed, removed, d->generation})
                finish.addBindValue(value);
            exec(finish, d->database, QStringLiteral("commit generation"), &error);
        }
    }
    if (!error)
        error = d->commitBatch();
    if (error) {
        abortGeneration();
        return error;
    }
    qCInfo(lcCache) << "Generation" << d->generation << "complete:" << added << "added," << changed
                    << "changed," << removed << "removed";
    d->stop();
    return Error();
}

Error SnapshotWriter::abortGeneration()
{
    if (!isRunning())
        return d->notRunning();
    const qint64 generation = d->generation;
    if (d->inTransaction) {
        d->links.reset();
        QSqlQuery(d->db).exec(QStringLiteral("ROLLBACK"));
        d->inTransaction = false;
    }
    const Error error = rollBackGeneration(d->db, d->database, generation);
    d->stop();
    qCInfo(lcCache) << "Generation" << generation << "aborted";
    return error;
}
