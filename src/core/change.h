#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

// One change to the tenant, with what was there before and what will be there after, so that it can be
// previewed, recorded and taken back: inverse() is the change that undoes it.
//
//   Change c = Change::update({"user", id, "Anna Hansen"}, "jobTitle", "Teacher", "Head of year");
//   c.inverse();   // update jobTitle "Head of year" -> "Teacher"
struct Change
{
    enum class Operation
    {
        Create,    // after: the new object's properties (QVariantMap)
        Delete,    // before: the object's properties; deleted objects are restorable where the tenant allows
        Update,    // property changes from before to after
        AddMember, // related: the member's id (or address)
        RemoveMember, // related: the member's id (or address)
        Grant,  // a right (property: "FullAccess", "SendAs", "SendOnBehalf", a calendar role) to `related`
        Revoke, // the right taken back from `related`
    };

    struct Target
    {
        QString kind; // stable: "user", "group", "mailbox", "calendar", "tenant", ...
        QString id;
        QString label; // what a person recognises it by (name or address), for previews and the audit log
    };

    Operation operation = Operation::Update;
    Target target;
    QString property; // Update: the property; Grant/Revoke: the right
    QVariant before;
    QVariant after;
    QString related; // AddMember/RemoveMember/Grant/Revoke: who

    static Change create(const Target &target, const QVariantMap &properties);
    static Change remove(const Target &target, const QVariantMap &properties);
    static Change update(const Target &target, const QString &property, const QVariant &before,
                         const QVariant &after);
    static Change addMember(const Target &target, const QString &member);
    static Change removeMember(const Target &target, const QString &member);
    static Change grant(const Target &target, const QString &right, const QString &to);
    static Change revoke(const Target &target, const QString &right, const QString &from);

    // The change that undoes this one.
    Change inverse() const;
    // Nothing would change (an update to the same value).
    bool isNoOp() const;
    // Complete enough to apply: a target, and what each operation needs.
    bool isValid() const;

    // Stable identifiers for JSON and the journal ("create", "update", "addMember", ...).
    static QString operationId(Operation operation);
    static bool operationFromId(const QString &id, Operation *operation);

    friend bool operator==(const Change &a, const Change &b)
    {
        return a.operation == b.operation && a.target.kind == b.target.kind && a.target.id == b.target.id &&
               a.property == b.property && a.before == b.before && a.after == b.after &&
               a.related == b.related;
    }
};
Q_DECLARE_METATYPE(Change)
