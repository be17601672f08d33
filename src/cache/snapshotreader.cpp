#include "cache/snapshotreader.h"

#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotsql.h"
#include "cache/sqlitestatement.h"
#include "core/subscribedsku.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

// One relation "as of G", ordered by member number, read as a forward-only stream for a merge join with the
// users (also ordered by number).
class MemberStream
{
public:
    MemberStream(const QSqlDatabase &db, SnapshotRelation relation, qint64 generation)
    {
        const QByteArray sql =
            QByteArrayLiteral("SELECT member, container FROM links WHERE relation = ? AND ") + visibleAt +
            QByteArrayLiteral(" ORDER BY member");
        m_ok = m_query.prepare(db, sql.constData(), &m_error);
        if (!m_ok)
            return;
        m_query.bind(1, qint64(relation));
        m_query.bind(2, generation);
        m_query.bind(3, generation);
        advance();
    }
    bool ok() const { return m_ok && m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Calls `append` with the container number of each of `member`'s relations; members before it (links to
    // objects not listed) are skipped.
    template <typename F> void take(qint64 member, F &&append)
    {
        while (m_valid && m_member < member)
            advance();
        while (m_valid && m_member == member) {
            append(m_container);
            advance();
        }
    }

private:
    void advance()
    {
        m_valid = m_ok && m_query.next(&m_error);
        if (m_valid) {
            m_member = m_query.int64(0);
            m_container = m_query.int64(1);
        }
    }

    SqliteStatement m_query;
    QString m_error;
    bool m_ok = false;
    bool m_valid = false;
    qint64 m_member = 0;
    qint64 m_container = 0;
};

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

    // The users in the table's own order (one sequential pass; the index order would fetch every row from a
    // random page), then ordered by number for the merge with the relations.
    SqliteStatement query;
    const QByteArray sql = QByteArrayLiteral("SELECT n, id, display_name, upn, mail, job_title, department,"
                                             " account_enabled, deleted, last_read FROM objects NOT INDEXED"
                                             " WHERE type = ? AND ") +
                           visibleAt;
    if (!query.prepare(db, sql.constData(), &detail))
        return m_database.storageError(step, detail);
    query.bind(1, qint64(SnapshotObjectType::User));
    query.bind(2, generation);
    query.bind(3, generation);
    Interner<QString> strings;
    std::vector<std::pair<qint64, UserRecord>> numbered;
    while (query.next(&detail)) {
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
        numbered.emplace_back(query.int64(0), std::move(user));
    }
    if (!detail.isEmpty())
        return m_database.storageError(step, detail);
    std::sort(numbered.begin(), numbered.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    MemberStream schoolLinks(db, SnapshotRelation::AdministrativeUnitMember, generation);
    MemberStream licenceLinks(db, SnapshotRelation::UserLicence, generation);
    if (!schoolLinks.ok() || !licenceLinks.ok())
        return m_database.storageError(step, schoolLinks.ok() ? licenceLinks.error() : schoolLinks.error());
    Interner<QStringList> lists;
    QList<std::pair<QString, QString>> userSchools; // name, id
    QStringList licences;
    users->reserve(numbered.size());
    for (auto &[n, user] : numbered) {
        userSchools.clear();
        schoolLinks.take(n, [&](qint64 school) {
            const auto it = schoolsByNumber.constFind(school);
            if (it != schoolsByNumber.constEnd())
                userSchools.append(*it);
        });
        if (!userSchools.isEmpty()) {
            std::sort(userSchools.begin(), userSchools.end());
            QStringList ids, names;
            for (const auto &school : std::as_const(userSchools)) {
                names.append(school.first);
                ids.append(school.second);
            }
            user.schoolIds = lists.get(ids);
            user.schoolNames = lists.get(names);
        }
        licences.clear();
        licenceLinks.take(n, [&](qint64 sku) { licences.append(licenceName(sku)); });
        if (!licences.isEmpty()) {
            licences.sort();
            user.licences = lists.get(licences);
        }
        users->push_back(std::move(user));
    }
    if (detail.isEmpty() && (!schoolLinks.ok() || !licenceLinks.ok()))
        detail = schoolLinks.ok() ? licenceLinks.error() : schoolLinks.error();
    if (!detail.isEmpty()) {
        users->clear();
        return m_database.storageError(step, detail);
    }
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
