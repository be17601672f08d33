#pragma once

// Writes whole synthetic tenants into a snapshot (used by several cache suites).

#include "cache/snapshotdatabase.h"
#include "cache/snapshotwriter.h"
#include "graphpages.h"
#include "syntheticgraph.h"

#include <QSqlQuery>

namespace SnapshotFixture {

// One full generation: schools, SKUs, users [0, userCount) and their school memberships.
inline Error writeFullGeneration(SnapshotDatabase &db, int userCount,
                                 const QString &jobTitleSuffix = QString(), int batchSize = 5000,
                                 int pageSize = 1000)
{
    SnapshotWriter writer(db, batchSize);
    if (Error error = writer.beginGeneration(SnapshotGeneration::Kind::Full))
        return error;
    Error error = GraphPages::upsertAdministrativeUnits(writer, SyntheticGraph::schools());
    if (!error)
        error = GraphPages::upsertSubscribedSkus(writer, SyntheticGraph::skus());
    for (int from = 0; !error && from < userCount; from += pageSize)
        error = GraphPages::upsertUsers(
            writer, SyntheticGraph::users(from, qMin(pageSize, userCount - from), jobTitleSuffix));
    for (int s = 0; !error && s < SyntheticGraph::schoolCount; ++s)
        error =
            GraphPages::setMembers(writer, SnapshotRelation::AdministrativeUnitMember,
                                   SyntheticGraph::schoolId(s), SyntheticGraph::schoolMembers(s, userCount));
    if (!error)
        error = writer.markUnseenRemoved(SnapshotObjectType::User);
    if (!error)
        error = writer.setDeltaLink(
            SnapshotObjectType::User,
            QStringLiteral("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=t%1").arg(userCount));
    if (!error)
        error = writer.commitGeneration();
    return error;
}

inline qint64 countRows(SnapshotDatabase &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace SnapshotFixture
