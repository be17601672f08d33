#include "cache/snapshotdiff.h"

#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotsql.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace SnapshotSql;

namespace {

struct Version
{
    QString displayName;
    qint64 hash = 0;
    QByteArray json;
    bool deleted = false;
};
using ObjectKey = QPair<int, QString>;             // type, id
using LinkKey = std::tuple<int, QString, QString>; // relation, container, member

// The properties that differ; a soft-deletion or restore shows as the pseudo-property "deleted".
QList<SnapshotDiffResult::PropertyChange> propertyChanges(const Version &older, const Version &newer)
{
    QJsonObject before = QJsonDocument::fromJson(older.json).object();
    QJsonObject after = QJsonDocument::fromJson(newer.json).object();
    if (older.deleted != newer.deleted) {
        before.insert(QStringLiteral("deleted"), older.deleted);
        after.insert(QStringLiteral("deleted"), newer.deleted);
    }
    QStringList names = before.keys() + after.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    QList<SnapshotDiffResult::PropertyChange> changes;
    for (const QString &name : std::as_const(names)) {
        const QJsonValue oldValue = before.value(name);
        const QJsonValue newValue = after.value(name);
        if (oldValue != newValue)
            changes.append({name, oldValue, newValue});
    }
    return changes;
}

bool lessObject(const SnapshotDiffResult::ObjectChange &a, const SnapshotDiffResult::ObjectChange &b)
{
    return std::make_pair(int(a.type), a.id) < std::make_pair(int(b.type), b.id);
}

bool lessLink(const SnapshotDiffResult::MembershipChange &a, const SnapshotDiffResult::MembershipChange &b)
{
    return std::make_tuple(int(a.relation), a.containerId, a.memberId) <
           std::make_tuple(int(b.relation), b.containerId, b.memberId);
}

} // namespace

SnapshotDiff::SnapshotDiff(SnapshotDatabase &database) : m_database(database)
{}

Error SnapshotDiff::diff(qint64 fromGeneration, qint64 toGeneration, SnapshotDiffResult *result,
                         const QString &schoolId) const
{
    *result = SnapshotDiffResult();
    result->fromGeneration = fromGeneration;
    result->toGeneration = toGeneration;
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_database.connection();
    const QString step = QStringLiteral("diff generations");
    Error error;

    // Both ends must be complete generations still in the snapshot (not compacted away).
    for (qint64 generation : {fromGeneration, toGeneration}) {
        QSqlQuery query(db);
        if (!prepare(query, QStringLiteral("SELECT status FROM generations WHERE id = ?"), m_database, step,
                     &error))
            return error;
        query.addBindValue(generation);
        if (!exec(query, m_database, step, &error))
            return error;
        if (!query.next() || query.value(0).toString() != QLatin1String("complete")) {
            Error missing(Error::Kind::Storage, m_database.filePath());
            missing.setMessage(
                tr("Refresh %1 is not in the local snapshot: it did not finish, or it is older "
                   "than the refreshes the snapshot keeps.")
                    .arg(generation));
            return missing;
        }
    }
    const bool reversed = fromGeneration > toGeneration;
    const qint64 a = qMin(fromGeneration, toGeneration);
    const qint64 b = qMax(fromGeneration, toGeneration);
    if (a == b)
        return Error();

    // Objects and members of the school, in either generation.
    QSet<QString> scope;
    if (!schoolId.isEmpty()) {
        QSqlQuery query(db);
        if (!prepare(
                query,
                QStringLiteral("SELECT m.id FROM links l JOIN ids m ON m.n = l.member WHERE l.relation = ?"
                               " AND l.container = (SELECT n FROM ids WHERE id = ?) AND ((%1) OR (%1))")
                    .arg(QLatin1String(visibleAt)),
                m_database, step, &error))
            return error;
        query.addBindValue(int(SnapshotRelation::AdministrativeUnitMember));
        query.addBindValue(schoolId);
        for (qint64 generation : {a, a, b, b})
            query.addBindValue(generation);
        if (!exec(query, m_database, step, &error))
            return error;
        while (query.next())
            scope.insert(query.value(0).toString());
        scope.insert(schoolId);
    }
    const auto inScope = [&](const QString &id) {
        return schoolId.isEmpty() || scope.contains(id);
    };

    // Versions visible at b but not at a, and at a but not at b: range queries on valid_from / valid_to.
    // Bound as (a, b, b) for versions that appeared, (a, b, a) for versions that ended.
    // A version that appeared after a was written by a later generation: its row number is at least the
    // first one of the generations after a (schema 5), a bound that spares a scan of the whole table.
    const auto appearedIn = [](const char *firstRow) {
        return QStringLiteral("valid_from > ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
                              " AND row >= coalesce((SELECT min(%1) FROM generations WHERE id > ?), 0)")
            .arg(QLatin1String(firstRow));
    };
    const QString appeared = appearedIn("first_object_row");
    const QString linksAppeared = appearedIn("first_link_row");
    const QString ended = QStringLiteral("valid_to > ? AND valid_to <= ? AND valid_from <= ?");
    const auto readVersions = [&](const QString &where, qint64 last, QMap<ObjectKey, Version> *versions) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!prepare(query,
                     QStringLiteral("SELECT type, id, display_name, hash, j.json, deleted FROM objects"
                                    " JOIN object_json j USING (row) WHERE ") +
                         where,
                     m_database, step, &error))
            return false;
        const qint64 binds[] = {a, b, last, a};
        for (qsizetype i = 0; i < where.count(QLatin1Char('?')); ++i)
            query.addBindValue(binds[i]);
        if (!exec(query, m_database, step, &error))
            return false;
        while (query.next()) {
            const QString id = query.value(1).toString();
            if (inScope(id))
                versions->insert({query.value(0).toInt(), id},
                                 {query.value(2).toString(), query.value(3).toLongLong(),
                                  query.value(4).toByteArray(), query.value(5).toInt() != 0});
        }
        return true;
    };
    QMap<ObjectKey, Version> newer, older;
    if (!readVersions(appeared, b, &newer) || !readVersions(ended, a, &older))
        return error;

    auto &added = reversed ? result->removed : result->added;
    auto &removed = reversed ? result->added : result->removed;
    for (auto it = newer.constBegin(); it != newer.constEnd(); ++it) {
        const auto old = older.constFind(it.key());
        SnapshotDiffResult::ObjectChange change{
            SnapshotObjectType(it.key().first), it.key().second, it->displayName, {}};
        if (old == older.constEnd()) {
            added.append(change);
        } else if (old->hash != it->hash) {
            change.properties = reversed ? propertyChanges(*it, *old) : propertyChanges(*old, *it);
            if (reversed)
                change.displayName = old->displayName;
            if (!change.properties.isEmpty())
                result->changed.append(change);
        }
    }
    for (auto it = older.constBegin(); it != older.constEnd(); ++it) {
        if (!newer.contains(it.key()))
            removed.append({SnapshotObjectType(it.key().first), it.key().second, it->displayName, {}});
    }

    // Relations: the same two ranges over the links table.
    const auto readLinks = [&](const QString &where, qint64 last, QMap<LinkKey, QString> *changes) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!prepare(
                query,
                QStringLiteral("SELECT l.relation, c.id, m.id, l.member_type FROM links l JOIN ids c ON c.n ="
                               " l.container JOIN ids m ON m.n = l.member WHERE ") +
                    where,
                m_database, step, &error))
            return false;
        const qint64 binds[] = {a, b, last, a};
        for (qsizetype i = 0; i < where.count(QLatin1Char('?')); ++i)
            query.addBindValue(binds[i]);
        if (!exec(query, m_database, step, &error))
            return false;
        while (query.next()) {
            const QString container = query.value(1).toString();
            const QString member = query.value(2).toString();
            if (inScope(container) || inScope(member))
                changes->insert({query.value(0).toInt(), container, member}, query.value(3).toString());
        }
        return true;
    };
    QMap<LinkKey, QString> linksAppearedNow, linksEnded;
    if (!readLinks(linksAppeared, b, &linksAppearedNow) || !readLinks(ended, a, &linksEnded))
        return error;
    // A relation removed and added again in between is unchanged.
    auto &linksAdded = reversed ? result->membersRemoved : result->membersAdded;
    auto &linksRemoved = reversed ? result->membersAdded : result->membersRemoved;
    const auto report = [](const QMap<LinkKey, QString> &links, const QMap<LinkKey, QString> &others,
                           QList<SnapshotDiffResult::MembershipChange> *changes) {
        for (auto it = links.constBegin(); it != links.constEnd(); ++it) {
            if (!others.contains(it.key()))
                changes->append({SnapshotRelation(std::get<0>(it.key())), std::get<1>(it.key()),
                                 std::get<2>(it.key()), it.value()});
        }
    };
    report(linksAppearedNow, linksEnded, &linksAdded);
    report(linksEnded, linksAppearedNow, &linksRemoved);

    std::sort(result->added.begin(), result->added.end(), lessObject);
    std::sort(result->removed.begin(), result->removed.end(), lessObject);
    std::sort(result->changed.begin(), result->changed.end(), lessObject);
    std::sort(result->membersAdded.begin(), result->membersAdded.end(), lessLink);
    std::sort(result->membersRemoved.begin(), result->membersRemoved.end(), lessLink);
    qCDebug(lcCache) << "Diff" << fromGeneration << "->" << toGeneration << "in" << timer.elapsed() << "ms";
    return Error();
}
