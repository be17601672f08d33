#pragma once

#include <QList>
#include <QString>

// The kinds of tenant object the console navigates between.
enum class ObjectKind {
    Users,
    FunctionMailboxes,
    DistributionLists,
    Groups,
    CalendarPermissions,
    Licences,
    Settings,
};

// In navigation order.
QList<ObjectKind> allObjectKinds();

// Stable identifiers used in saved locations ("users", "function-mailboxes", ...).
QString objectKindId(ObjectKind kind);
bool objectKindFromId(const QString &id, ObjectKind *kind);
