#include "cache/snapshotreader.h"

#include "cache/logging.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotsql.h"
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

// One relation "as of G", ordered by member id, read as a forward-only stream for a merge join with the
// users.
class MemberStream
{
public:
    MemberStream(const QSqlDatabase &db, SnapshotRelation relation, qint64 generation) : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_ok = m_query.prepare(
            QStringLiteral(
                "SELECT member_id, container_id FROM links WHERE relation = ? AND %1 ORDER BY member_id")
                .arg(QLatin1String(visibleAt)));
        m_query.addBindValue(int(relation));
        m_query.addBindValue(generation);
        m_query.addBindValue(generation);
        m_ok = m_ok && m_query.exec();
        advance();
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_query.lastError().text(); }

    // Appends the container ids of `memberId`; members before it (links to objects not listed) are skipped.
    template <typename F> void take(const QString &memberId, F &&append)
    {
        while (m_valid && m_member < memberId)
            advance();
        while (m_valid && m_member == memberId) {
            append(m_container);
            advance();
        }
    }

private:
    void advance()
    {
        m_valid = m_ok && m_query.next();
        if (m_valid) {
            m_member = m_query.value(0).toString();
            m_container = m_query.value(1).toString();
        }
    }

    QSqlQuery m_query;
    bool m_ok = false;
    bool m_valid = false;
    QString m_member;
    QString m_container;
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

    // Schools and licence names (few rows).
    QHash<QString, QString> schoolNames;
    QList<DirectoryRecord> skus;
    if ((error = objects(SnapshotObjectType::SubscribedSku, &skus, generation)))
        return error;
    QHash<QString, QString> skuNames;
    for (const DirectoryRecord &record : std::as_const(skus)) {
        const SubscribedSku sku = SubscribedSku::fromRecord(record);
        skuNames.insert(sku.skuId, sku.skuPartNumber);
    }
    QList<School> schoolList;
    if ((error = schools(&schoolList, generation)))
        return error;
    for (const School &school : std::as_const(schoolList))
        schoolNames.insert(school.id, school.displayName);

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

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!SnapshotSql::prepare(query,
                              QStringLiteral("SELECT id, display_name, upn, mail, job_title, department,"
                                             " account_enabled, deleted, last_read FROM objects"
                                             " WHERE type = ? AND %1 ORDER BY id")
                                  .arg(QLatin1String(visibleAt)),
                              m_database, step, &error))
        return error;
    query.addBindValue(int(SnapshotObjectType::User));
    query.addBindValue(generation);
    query.addBindValue(generation);
    if (!exec(query, m_database, step, &error))
        return error;
    MemberStream schoolLinks(db, SnapshotRelation::AdministrativeUnitMember, generation);
    MemberStream licenceLinks(db, SnapshotRelation::UserLicence, generation);
    if (!schoolLinks.ok() || !licenceLinks.ok())
        return m_database.storageError(step, schoolLinks.ok() ? licenceLinks.error() : schoolLinks.error());

    Interner<QString> strings;
    Interner<QStringList> lists;
    QList<QPair<QString, QString>> userSchools; // name, id
    QStringList licences;
    while (query.next()) {
        UserRecord user;
        user.id = query.value(0).toString();
        user.displayName = query.value(1).toString();
        user.userPrincipalName = query.value(2).toString();
        user.mail = query.value(3).toString();
        user.jobTitle = strings.get(query.value(4).toString());
        user.department = strings.get(query.value(5).toString());
        const QVariant enabled = query.value(6);
        if (query.value(7).toInt() != 0)
            user.state = UserRecord::State::Deleted;
        else if (!enabled.isNull() && enabled.toInt() == 0)
            user.state = UserRecord::State::Disabled;
        user.lastReadMs = qMax(query.value(8).toLongLong(), collectionReadAt);

        userSchools.clear();
        schoolLinks.take(user.id, [&](const QString &schoolId) {
            const auto it = schoolNames.constFind(schoolId);
            if (it != schoolNames.constEnd())
                userSchools.append({*it, it.key()});
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
        licenceLinks.take(user.id, [&](const QString &skuId) {
            const QString name = skuNames.value(skuId);
            licences.append(name.isEmpty() ? skuId : name);
        });
        if (!licences.isEmpty()) {
            licences.sort();
            user.licences = lists.get(licences);
        }
        users->push_back(std::move(user));
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
            QStringLiteral("SELECT member_id FROM links WHERE relation = ? AND container_id = ?"
                           " AND %1 ORDER BY member_id")
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
