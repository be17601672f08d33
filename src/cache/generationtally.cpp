#include "cache/generationtally.h"

#include "cache/snapshotsql.h"

#include <QSqlQuery>

using namespace SnapshotSql;

namespace {
qint64 countRows(const QSqlDatabase &db, const SnapshotDatabase &database, const QString &sql, int binds,
                 qint64 generation, Error *error)
{
    if (error->isError())
        return 0;
    QSqlQuery query(db);
    if (!prepare(query, sql, database, QStringLiteral("count changes"), error))
        return 0;
    for (int i = 0; i < binds; ++i)
        query.addBindValue(generation);
    if (!exec(query, database, QStringLiteral("count changes"), error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}
} // namespace

Error GenerationTally::count(const QSqlDatabase &db, const SnapshotDatabase &database, qint64 generation,
                             bool startedEmpty, GenerationTally *tally)
{
    Error error;
    if (startedEmpty) {
        *tally = GenerationTally();
        for (const char *table : {"objects", "links"}) {
            tally->added += countRows(db, database,
                                      QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND valid_from = ?")
                                          .arg(QLatin1String(table), writtenFrom(table)),
                                      2, generation, &error);
        }
        return error;
    }
    // The correlated lookups go through (type, id): the planner would otherwise pick valid_to's index and
    // make the count quadratic in the number of changes.
    const QString replaced =
        QStringLiteral("SELECT 1 FROM objects o INDEXED BY objects_id WHERE o.type = x.type"
                       " AND o.n = x.n AND o.valid_to = ?");
    const auto rows = [&](const QString &sql, int binds) {
        return countRows(db, database, sql, binds, generation, &error);
    };
    tally->added = rows(QStringLiteral("SELECT count(*) FROM objects x WHERE %1 AND x.valid_from = ?"
                                       " AND NOT EXISTS (%2)")
                            .arg(writtenFrom("objects"), replaced),
                        3) +
                   rows(QStringLiteral("SELECT count(*) FROM links WHERE %1 AND valid_from = ?")
                            .arg(writtenFrom("links")),
                        2);
    tally->changed = rows(QStringLiteral("SELECT count(*) FROM objects x WHERE %1 AND x.valid_from = ? AND"
                                         " EXISTS (%2)")
                              .arg(writtenFrom("objects"), replaced),
                          3);
    tally->removed =
        rows(QStringLiteral("SELECT count(*) FROM objects x WHERE x.valid_to = ? AND NOT EXISTS (SELECT 1"
                            " FROM objects o INDEXED BY objects_id WHERE o.type = x.type AND o.n = x.n"
                            " AND o.valid_from = ?)"),
             2) +
        rows(QStringLiteral("SELECT count(*) FROM links WHERE valid_to = ?"), 1);
    return error;
}
