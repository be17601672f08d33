#include "core/change.h"

namespace {
Change make(Change::Operation operation, const Change::Target &target)
{
    Change change;
    change.operation = operation;
    change.target = target;
    return change;
}

const struct
{
    Change::Operation operation;
    const char *id;
} kOperations[] = {{Change::Operation::Create, "create"},
                   {Change::Operation::Delete, "delete"},
                   {Change::Operation::Update, "update"},
                   {Change::Operation::AddMember, "addMember"},
                   {Change::Operation::RemoveMember, "removeMember"},
                   {Change::Operation::Grant, "grant"},
                   {Change::Operation::Revoke, "revoke"}};
} // namespace

Change Change::create(const Target &target, const QVariantMap &properties)
{
    Change change = make(Operation::Create, target);
    change.after = properties;
    return change;
}

Change Change::remove(const Target &target, const QVariantMap &properties)
{
    Change change = make(Operation::Delete, target);
    change.before = properties;
    return change;
}

Change Change::update(const Target &target, const QString &property, const QVariant &before,
                      const QVariant &after)
{
    Change change = make(Operation::Update, target);
    change.property = property;
    change.before = before;
    change.after = after;
    return change;
}

Change Change::addMember(const Target &target, const QString &member)
{
    Change change = make(Operation::AddMember, target);
    change.related = member;
    return change;
}

Change Change::removeMember(const Target &target, const QString &member)
{
    Change change = make(Operation::RemoveMember, target);
    change.related = member;
    return change;
}

Change Change::grant(const Target &target, const QString &right, const QString &to)
{
    Change change = make(Operation::Grant, target);
    change.property = right;
    change.related = to;
    return change;
}

Change Change::revoke(const Target &target, const QString &right, const QString &from)
{
    Change change = make(Operation::Revoke, target);
    change.property = right;
    change.related = from;
    return change;
}

Change Change::inverse() const
{
    Change undo = *this;
    undo.before = after;
    undo.after = before;
    switch (operation) {
    case Operation::Create:
        undo.operation = Operation::Delete;
        break;
    case Operation::Delete:
        undo.operation = Operation::Create;
        break;
    case Operation::Update:
        break;
    case Operation::AddMember:
        undo.operation = Operation::RemoveMember;
        break;
    case Operation::RemoveMember:
        undo.operation = Operation::AddMember;
        break;
    case Operation::Grant:
        undo.operation = Operation::Revoke;
        break;
    case Operation::Revoke:
        undo.operation = Operation::Grant;
        break;
    }
    return undo;
}

bool Change::isNoOp() const
{
    return operation == Operation::Update && before == after;
}

bool Change::isValid() const
{
    if (target.kind.isEmpty() || (target.id.isEmpty() && operation != Operation::Create))
        return false;
    switch (operation) {
    case Operation::Create:
        return after.canConvert<QVariantMap>() && !after.toMap().isEmpty();
    case Operation::Delete:
        return true;
    case Operation::Update:
        return !property.isEmpty();
    case Operation::AddMember:
    case Operation::RemoveMember:
        return !related.isEmpty();
    case Operation::Grant:
    case Operation::Revoke:
        return !property.isEmpty() && !related.isEmpty();
    }
    return false;
}

QString Change::operationId(Operation operation)
{
    for (const auto &o : kOperations) {
        if (o.operation == operation)
            return QLatin1String(o.id);
    }
    return QString();
}

bool Change::operationFromId(const QString &id, Operation *operation)
{
    for (const auto &o : kOperations) {
        if (id == QLatin1String(o.id)) {
            *operation = o.operation;
            return true;
        }
    }
    return false;
}
