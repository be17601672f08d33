#pragma once

#include "core/directorykind.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// One directory object as the product keeps it: its kind, id and properties. The property names are the
// domain's stable names, which are Graph v1.0's property names, so a record is readable by anyone who knows
// Graph's resource documentation. A record never carries wire annotations ("@odata.type", "@removed",
// "members@delta"): the Graph mappers turn those into states, removals and membership changes.
//
// The typed views (User, Group, School, ...) are built from a record and turn back into one.
struct DirectoryRecord
{
    enum class State
    {
        Active,
        SoftDeleted // deleted, but restorable for 30 days (the tenant's deleted items)
    };

    DirectoryKind kind = DirectoryKind::User;
    QString id;
    QJsonObject properties; // includes "id"
    // `properties` as JSON text when the source had it so (an object listed as is), else empty: stored as it
    // came instead of being serialized again.
    QByteArray json;
    State state = State::Active;

    // The properties the snapshot keeps in columns of their own, for its bulk loaders.
    struct Columns
    {
        QString displayName;
        QString userPrincipalName;
        QString mail;
        QString jobTitle;
        QString department;
        int accountEnabled = -1; // 1 true, 0 false, -1 absent or not a boolean

        static Columns of(const QJsonObject &properties)
        {
            const auto text = [&properties](const char *key) {
                const QJsonValue value = properties.value(QLatin1String(key));
                return value.isString() ? value.toString() : QString();
            };
            const QJsonValue enabled = properties.value(QLatin1String("accountEnabled"));
            return {text("displayName"), text("userPrincipalName"),
                    text("mail"),        text("jobTitle"),
                    text("department"),  enabled.isBool() ? int(enabled.toBool()) : -1};
        }
    };
    // Set when the record was read without building `properties` (a listed object kept as its text `json`;
    // see DirectoryPage): `properties` is then empty, `columns` holds what the snapshot indexes, and
    // allProperties() reads the rest from `json` when somebody needs it.
    bool columnsOnly = false;
    Columns columns;

    QJsonObject allProperties() const
    {
        return columnsOnly ? QJsonDocument::fromJson(json).object() : properties;
    }
    Columns indexedColumns() const { return columnsOnly ? columns : Columns::of(properties); }
    bool isSoftDeleted() const { return state == State::SoftDeleted; }
    QString text(const char *property) const
    {
        return allProperties().value(QLatin1String(property)).toString();
    }
    bool flag(const char *property, bool fallback = false) const
    {
        return allProperties().value(QLatin1String(property)).toBool(fallback);
    }
};
