#pragma once

#include "core/directorykind.h"

#include <QByteArray>
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

    bool isSoftDeleted() const { return state == State::SoftDeleted; }
    QString text(const char *property) const { return properties.value(QLatin1String(property)).toString(); }
    bool flag(const char *property, bool fallback = false) const
    {
        return properties.value(QLatin1String(property)).toBool(fallback);
    }
};
