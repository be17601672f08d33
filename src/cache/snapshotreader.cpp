#include "cache/snapshotreader.h"

#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotsql.h"
#include "cache/sqlitestatement.h"
#include "core/subscribedsku.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace SnapshotSql;

namespace {

// Hands out one shared copy of each distinct value, so repeated strings and lists cost one allocation.
template <typename T> class Interner
{
public:
    T get(const T &value)
    {
        auto it = m_values.constFind(value);
        if (it != m_values.constEnd())
            return *it;
        m_values.insert(value, value);
        return value;
    }

private:
    QHash<T, T> m_values;
};

// One relation "as of G" as (member, container) number pairs in member order, for a merge join with the users
// (ordered by number too).
using MemberPairs = std::vector<std::pair<qint64, qint64>>;

bool readMemberPairs(const QSqlDatabase &db, SnapshotRelation relation, qint64 generation, MemberPairs *pairs,
                     QString *error)
{
    SqliteStatement query;
    const QByteArray sql = QByteArrayLiteral("SELECT member, container FROM links WHERE relation = ? AND ") +
                           visibleAt + QByteArrayLiteral(" ORDER BY member");
    if (!query.prepare(db, sql.constData(), error))
        return false;
    query.bind(1, qint64(relation));
    query.bind(2, generation);
    query.bind(3, generation);
    while (query.next(error))
        pairs->emplace_back(query.int64(0), query.int64(1));
    return error->isEmpty();
}

// Calls `take` with the container of each pair of `member`, moving `at` past them (and past members before
// it: links to objects not listed).
template <typename F> void takeMember(const MemberPairs &pairs, size_t *at, qint64 member, F &&take)
{
    while (*at < pairs.size() && pairs[*at].first < member)
        ++*at;
    for (; *at < pairs.size() && pairs[*at].first == member; ++*at)
        take(pairs[*at].second);
}

// Users read from a range of the objects table, in the table's own order (one sequential pass; the index
// order would fetch every row from a random page), with each one's number.
struct UserScan
{
    std::vector<UserRecord> users;
    std::vector<std::pair<qint64, size_t>> order; // number, position in users
};

bool scanUsers(const QSqlDatabase &db, qint64 generation, qint64 collectionReadAt, qint64 fromRow,
               qint64 toRow, UserScan *scan, QString *error)
{
    SqliteStatement query;
    const QByteArray sql = QByteArrayLiteral("SELECT n, id, display_name, upn, mail, job_title, department,"
                                             " account_enabled, deleted, last_read FROM objects NOT INDEXED"
                                             " WHERE row BETWEEN ? AND ? AND type = ? AND ") +
                           visibleAt;
    if (!query.prepare(db, sql.constData(), error))
        return false;
    query.bind(1, fromRow);
    query.bind(2, toRow);
    query.bind(3, qint64(SnapshotObjectType::User));
    query.bind(4, generation);
    query.bind(5, generation);
    Interner<QString> strings;
    scan->users.reserve(size_t(qMax<qint64>(0, toRow - fromRow + 1)));
    while (query.next(error)) {
        UserRecord user;
        user.id = query.text(1);
        user.displayName = query.text(2);
        user.userPrincipalName = query.text(3);
        user.mail = query.text(4);
        user.jobTitle = strings.get(query.text(5));
        user.department = strings.get(query.text(6));
        if (query.int64(8) != 0)
            user.state = UserRecord::State::Deleted;
        else if (!query.isNull(7) && query.int64(7) == 0)
            user.state = UserRecord::State::Disabled;
        user.lastReadMs = qMax(query.int64(9), collectionReadAt);
        scan->order.emplace_back(query.int64(0), scan->users.size());
        scan->users.push_back(std::move(user));
    }
    return error->isEmpty();
}

} // namespace

SnapshotReader::SnapshotReader(SnapshotDatabase &database) : m_database(database)
{}

Error SnapshotReader::loadUsers(std::vector<UserRecord> *users, qint64 generation) const
{
    users->clear();
    Error error;
    if (generation <= 0)
        generation = m_database.currentGeneration(&error);
    if (error || generation <= 0)
        return error;
    QElapsedTimer timer;
    timer.start();
    const QSqlDatabase db = m_database.connection();
    const QString step = QStringLiteral("load users");

    // Schools and licence names by their numbers (few rows); a licence without a subscribed SKU shows its id.
    QHash<qint64, std::pair<QString, QString>> schoolsByNumber; // name, id
    QHash<qint64, QString> skuNames;
    QHash<QString, QString> partNumbers; // skuId -> part number
    {
        SqliteStatement named;
        QString detail;
        const QByteArray sql =
            QByteArrayLiteral(
                "SELECT o.n, o.id, o.display_name, j.json, o.type FROM objects o JOIN object_json j"
                " USING (row) WHERE (o.type = ? AND o.deleted = 0 OR o.type = ?) AND ") +
            visibleAt;
        if (!named.prepare(db, sql.constData(), &detail))
            return m_database.storageError(step, detail);
        named.bind(1, qint64(SnapshotObjectType::AdministrativeUnit));
        named.bind(2, qint64(SnapshotObjectType::SubscribedSku));
        named.bind(3, generation);
        named.bind(4, generation);
        while (named.next(&detail)) {
            const QString id = named.text(1);
            const QString name = named.text(2);
            if (named.int64(4) == qint64(SnapshotObjectType::AdministrativeUnit)) {
                schoolsByNumber.insert(named.int64(0), {name, id});
                continue;
            }
            DirectoryRecord record;
            record.kind = SnapshotObjectType::SubscribedSku;
            record.id = id;
            record.properties = QJsonDocument::fromJson(named.blob(3)).object();
            const SubscribedSku sku = SubscribedSku::fromRecord(record);
            if (!sku.skuPartNumber.isEmpty())
                partNumbers.insert(sku.skuId, sku.skuPartNumber);
        }
        if (!detail.isEmpty())
            return m_database.storageError(step, detail);
    }
    // Licence relations name the SKU by its skuId (not the subscribedSku object's id).
    SqliteStatement idOf, numberOf;
    QString detail;
    if (!idOf.prepare(db, "SELECT id FROM ids WHERE n = ?", &detail) ||
        !numberOf.prepare(db, "SELECT n FROM ids WHERE id = ?", &detail))
        return m_database.storageError(step, detail);
    for (auto it = partNumbers.constBegin(); it != partNumbers.constEnd(); ++it) {
        numberOf.bind(1, it.key());
        if (numberOf.next(&detail))
            skuNames.insert(numberOf.int64(0), it.value());
        numberOf.reset();
    }
    const auto licenceName = [&](qint64 n) {
        auto it = skuNames.constFind(n);
        if (it == skuNames.constEnd()) {
            QString id;
            idOf.bind(1, n);
            if (idOf.next(&detail))
                id = idOf.text(0);
            idOf.reset();
            it = skuNames.insert(n, id);
        }
        return *it;
    };

    // When the whole users collection was last confirmed (a full listing or a delta round).
    qint64 collectionReadAt = 0;
    {
        QSqlQuery query(db);
        if (!SnapshotSql::prepare(
                query,
                QStringLiteral("SELECT max(c.read_at) FROM collections c LEFT JOIN generations g"
                               " ON g.id = c.generation WHERE c.type = ? AND c.generation <= ?"
                               " AND (g.status IS NULL OR g.status = 'complete')"),
                m_database, step, &error))
            return error;
        query.addBindValue(int(SnapshotObjectType::User));
        query.addBindValue(generation);
        if (!exec(query, m_database, step, &error))
            return error;
        if (query.next())
            collectionReadAt = query.value(0).toLongLong();
    }

    // Two threads share the work (each through its own connection): this one reads the first part of the
    // objects table, the other the schools and licences of every user and then the rest of the table.
    qint64 lastRow = 0;
    {
        SqliteStatement last;
        if (!last.prepare(db, "SELECT max(row) FROM objects", &detail))
            return m_database.storageError(step, detail);
        if (last.next(&detail))
            lastRow = last.int64(0);
        if (!detail.isEmpty())
            return m_database.storageError(step, detail);
    }
    // The other thread's part is smaller: it reads the relations first.
    const qint64 splitRow = lastRow * 11 / 20;
    UserScan first, second;
    MemberPairs schoolPairs, licencePairs;
    QString otherDetail;
    std::unique_ptr<QThread> other(QThread::create([&] {
        {
            const QSqlDatabase own = m_database.connection();
            if (readMemberPairs(own, SnapshotRelation::AdministrativeUnitMember, generation, &schoolPairs,
                                &otherDetail) &&
                readMemberPairs(own, SnapshotRelation::UserLicence, generation, &licencePairs, &otherDetail))
                scanUsers(own, generation, collectionReadAt, splitRow + 1, lastRow, &second, &otherDetail);
        } // the statements and this handle are gone before the connection is closed
        m_database.closeThreadConnection();
    }));
    other->start();
    const auto joined = qScopeGuard([&] { other->wait(); });
    if (!scanUsers(db, generation, collectionReadAt, 0, splitRow, &first, &detail))
        return m_database.storageError(step, detail);
    other->wait();
    if (!otherDetail.isEmpty())
        return m_database.storageError(step, otherDetail);

    // Put in order of number for the merge: only (number, position) pairs are sorted, and the records are
    // then moved into place one cycle of the permutation at a time (no second vector of 200,000 records).
    std::vector<UserRecord> scanned = std::move(first.users);
    std::vector<std::pair<qint64, size_t>> order = std::move(first.order);
    const size_t offset = scanned.size();
    scanned.reserve(offset + second.users.size());
    std::move(second.users.begin(), second.users.end(), std::back_inserter(scanned));
    second.users = {};
    for (const auto &[n, position] : second.order)
        order.emplace_back(n, position + offset);
    if (!std::is_sorted(order.begin(), order.end())) {
        std::sort(order.begin(), order.end());
        std::vector<bool> placed(order.size(), false);
        for (size_t start = 0; start < order.size(); ++start) {
            if (placed[start] || order[start].second == start)
                continue;
            UserRecord held = std::move(scanned[start]);
            size_t at = start;
            while (order[at].second != start) {
                scanned[at] = std::move(scanned[order[at].second]);
                placed[at] = true;
                at = order[at].second;
            }
            scanned[at] = std::move(held);
            placed[at] = true;
        }
    }

    // Users with the same schools (or licences) share one list: keyed by the containers' numbers, which
    // are cheap to hash, and built (sorted by name) once per distinct set.
    QHash<QList<qint64>, std::pair<QStringList, QStringList>> schoolLists; // ids, names
    QHash<QList<qint64>, QStringList> licenceLists;
    QList<qint64> containers;
    size_t schoolAt = 0, licenceAt = 0;
    for (size_t row = 0; row < scanned.size(); ++row) {
        UserRecord &user = scanned[row];
        const qint64 n = order[row].first;
        containers.clear();
        takeMember(schoolPairs, &schoolAt, n, [&](qint64 school) { containers.append(school); });
        if (!containers.isEmpty()) {
            auto it = schoolLists.find(containers);
            if (it == schoolLists.end()) {
                QList<std::pair<QString, QString>> named; // name, id
                for (qint64 school : std::as_const(containers)) {
                    const auto found = schoolsByNumber.constFind(school);
                    if (found != schoolsByNumber.constEnd())
                        named.append(*found);
                }
                std::sort(named.begin(), named.end());
                std::pair<QStringList, QStringList> lists;
                for (const auto &school : std::as_const(named)) {
                    lists.first.append(school.second);
                    lists.second.append(school.first);
                }
                it = schoolLists.insert(containers, lists);
            }
            user.schoolIds = it->first;
            user.schoolNames = it->second;
        }
        containers.clear();
        takeMember(licencePairs, &licenceAt, n, [&](qint64 sku) { containers.append(sku); });
        if (!containers.isEmpty()) {
            auto it = licenceLists.find(containers);
            if (it == licenceLists.end()) {
                QStringList names;
                for (qint64 sku : std::as_const(containers))
                    names.append(licenceName(sku));
                names.sort();
                it = licenceLists.insert(containers, names);
            }
            user.licences = *it;
        }
    }
    if (!detail.isEmpty())
        return m_database.storageError(step, detail);
    *users = std::move(scanned);
    qCDebug(lcCache) << "Loaded" << users->size() << "users in" << timer.elapsed() << "ms";
    return Error();
}

namespace {
DirectoryRecord recordFrom(SnapshotObjectType type, const QSqlQuery &query)
{
    DirectoryRecord record;
    record.kind = type;
    record.id = query.value(0).toString();
    record.state =
        query.value(1).toInt() ? DirectoryRecord::State::SoftDeleted : DirectoryRecord::State::Active;
    record.properties = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    return record;
}
} // namespace

Error SnapshotReader::object(SnapshotObjectType type, const QString &id, DirectoryRecord *record,
                             qint64 generation) const
{
    *record = DirectoryRecord();
    Error error;
    if (generation <= 0)
        generation = m_database.currentGeneration(&error);
    if (error || generation <= 0)
        return error;
    QSqlQuery query(m_database.connection());
    if (!SnapshotSql::prepare(query,
                              QStringLiteral("SELECT id, deleted, j.json FROM objects JOIN object_json j"
                                             " USING (row) WHERE type = ? AND id = ? AND %1")
                                  .arg(QLatin1String(visibleAt)),
                              m_database, QStringLiteral("read object"), &error))
        return error;
    query.addBindValue(int(type));
    query.addBindValue(id);
    query.addBindValue(generation);
    query.addBindValue(generation);
    if (!exec(query, m_database, QStringLiteral("read object"), &error))
        return error;
    if (query.next())
        *record = recordFrom(type, query);
    return Error();
}

Error SnapshotReader::objects(SnapshotObjectType type, QList<DirectoryRecord> *records,
                              qint64 generation) const
{
    records->clear();
    Error error;
    if (generation <= 0)
        generation = m_database.currentGeneration(&error);
    if (error || generation <= 0)
        return error;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!SnapshotSql::prepare(query,
                              QStringLiteral("SELECT id, deleted, j.json FROM objects JOIN object_json j"
                                             " USING (row) WHERE type = ? AND %1 ORDER BY id")
                                  .arg(QLatin1String(visibleAt)),
                              m_database, QStringLiteral("read objects"), &error))
        return error;
    query.addBindValue(int(type));
    query.addBindValue(generation);
    query.addBindValue(generation);
    if (!exec(query, m_database, QStringLiteral("read objects"), &error))
        return error;
    while (query.next())
        records->append(recordFrom(type, query));
    return Error();
}

Error SnapshotReader::schools(QList<School> *schools, qint64 generation) const
{
    schools->clear();
    Error error;
    if (generation <= 0)
        generation = m_database.currentGeneration(&error);
    if (error || generation <= 0)
        return error;
    QSqlQuery query(m_database.connection());
    if (!SnapshotSql::prepare(
            query,
            QStringLiteral("SELECT id, display_name FROM objects WHERE type = ? AND deleted = 0"
                           " AND %1 ORDER BY display_name, id")
                .arg(QLatin1String(visibleAt)),
            m_database, QStringLiteral("read schools"), &error))
        return error;
    query.addBindValue(int(SnapshotObjectType::AdministrativeUnit));
    query.addBindValue(generation);
    query.addBindValue(generation);
    if (!exec(query, m_database, QStringLiteral("read schools"), &error))
        return error;
    while (query.next())
        schools->append({query.value(0).toString(), query.value(1).toString(), QString()});
    return Error();
}

Error SnapshotReader::members(SnapshotRelation relation, const QString &containerId, QStringList *memberIds,
                              qint64 generation) const
{
    memberIds->clear();
    Error error;
    if (generation <= 0)
        generation = m_database.currentGeneration(&error);
    if (error || generation <= 0)
        return error;
    QSqlQuery query(m_database.connection());
    if (!SnapshotSql::prepare(
            query,
            QStringLiteral("SELECT m.id FROM links l JOIN ids m ON m.n = l.member WHERE l.relation = ?"
                           " AND l.container = (SELECT n FROM ids WHERE id = ?) AND %1 ORDER BY m.id")
                .arg(QLatin1String(visibleAt)),
            m_database, QStringLiteral("read members"), &error))
        return error;
    query.addBindValue(int(relation));
    query.addBindValue(containerId);
    query.addBindValue(generation);
    query.addBindValue(generation);
    if (!exec(query, m_database, QStringLiteral("read members"), &error))
        return error;
    while (query.next())
        memberIds->append(query.value(0).toString());
    return Error();
}
