#pragma once

#include "cache/snapshotgeneration.h"
#include "cache/snapshottypes.h"
#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class SnapshotDatabase;

// Small helpers shared by the cache classes (not a public API).
namespace SnapshotSql {

// "as of generation ?": bind the generation twice.
inline constexpr const char *visibleAt = "valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)";

qint64 nowMs();

// Prepares `sql` on `db`; on failure *error names the step.
bool prepare(QSqlQuery &query, const QString &sql, const SnapshotDatabase &owner, const QString &step,
             Error *error);
// Executes a prepared query; on failure *error names the step.
bool exec(QSqlQuery &query, const SnapshotDatabase &owner, const QString &step, Error *error);
// Executes one statement without parameters.
bool execDirect(QSqlDatabase &db, const QString &sql, const SnapshotDatabase &owner, const QString &step,
                Error *error);

// Rolls back the open transaction on `db`; a failure is logged (the next open recovers the generation).
void rollBack(QSqlDatabase &db, const QString &step);

// Undoes everything generation `id` wrote and marks it aborted, in one transaction.
Error rollBackGeneration(QSqlDatabase &db, const SnapshotDatabase &owner, qint64 id);
// "row >= <the first row of `table` that generation ? wrote>" (schema 5; `table` is objects or links): a
// bound on the row number that goes with "valid_from = ?", binding the generation once.
QString writtenFrom(const char *table);
// Rolls back every generation still marked running, and builds any index a first full read deferred and
// did not get to build (SnapshotSchema::deferrableIndexes()). Only call while holding the writer lock.
Error recoverUnfinished(QSqlDatabase &db, const SnapshotDatabase &owner);
// Builds whichever of the deferrable indexes is missing, in the caller's transaction if one is open.
Error ensureIndexes(QSqlDatabase &db, const SnapshotDatabase &owner);

// The canonical stored form of a Graph object (keys sorted, compact) and its stable 64-bit hash.
QByteArray canonicalJson(const QJsonObject &object);
qint64 hash(const QByteArray &bytes);

// A step's name for errors: "insert user", "close group".
QString typeStep(const char *what, SnapshotObjectType type);

QString kindText(SnapshotGeneration::Kind kind);
QString statusText(SnapshotGeneration::Status status);
SnapshotGeneration::Kind kindFromText(const QString &text);
SnapshotGeneration::Status statusFromText(const QString &text);

} // namespace SnapshotSql
