#pragma once

#include "sandbox/state/sharedvaluetable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include "sandbox/directory/tenant.h"

class ObjectCollection;

// Reads the parts of a state file's tenant object for TenantStateFile::fromJson, checking each one's
// shape and remembering the first problem (error() names the part: "users object 12 has no id").
class TenantStateReader
{
public:
    explicit TenantStateReader(const QJsonObject &tenant);

    QString error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }
    void fail(const QString &message);

    QString string(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    quint64 number(const QString &key); // written as a string (64-bit values do not survive a double)

    // Loads a collection ({"objects": [...], "states": "aadg...", "log": [...], "logFloor": "n"}); without a
    // saved log (version 1 files) its change log starts at `sequence`.
    void collection(const QString &key, ObjectCollection *collection, quint64 sequence);
    // Group member changes ([[sequence, group, member, removed], ...]); empty when absent (version 1).
    QVector<Tenant::MembershipChange> membershipLog(const QString &key);
    QHash<QString, QStringList> lists(const QString &key);
    QHash<QString, QJsonObject> objects(const QString &key);
    QVector<QJsonObject> rows(const QString &key);
    // Rows per key; keys whose rows were one shared value share one QVector again.
    QHash<QString, QVector<QJsonObject>> rowsByKey(const QString &key);

    // Helpers for nested values.
    QString string(const QJsonObject &json, const QString &key, const QString &where);
    QStringList strings(const QJsonValue &value, const QString &where);

private:
    void restoreLog(const QJsonObject &part, const QString &key, ObjectCollection *collection);
    QJsonValue member(const QJsonObject &json, const QString &key, QJsonValue::Type type,
                      const QString &where);
    QJsonValue unshare(const QJsonValue &value, const QString &where);
    QVector<QJsonObject> rowsOf(const QJsonValue &value, const QString &where);

    QJsonObject m_tenant;
    SharedValueTable m_shared;
    QString m_error;
};
