#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class Tenant;

// Group members and owners as Graph changes them: references are directory object URLs on any host
// (clients send https://graph.microsoft.com/v1.0/directoryObjects/{id}); adds are all-or-nothing, an
// existing reference is 400, an unknown object 404; distribution lists and mail-enabled security groups
// are read-only. Member changes are written to Tenant::membershipLog for groups/delta.
class GroupMembership
{
public:
    enum class Relation
    {
        Members,
        Owners
    };

    explicit GroupMembership(Tenant &tenant);

    // The object id a reference URL (or a bare id) names; empty when it does not name one.
    static QString referencedId(const QString &reference);
    // Distribution lists and mail-enabled security groups: mail-enabled without "Unified".
    static bool isReadOnly(const QJsonObject &group);
    static SandboxResponse readOnlyReply(const SandboxRequest &request);
    // "#microsoft.graph.user" / "#microsoft.graph.group" for an alive object; empty when there is none.
    QString typeOf(const QString &id) const;

    // Checks that `ids` may all be added to the group's relation; false with Graph's answer.
    bool check(const SandboxRequest &request, const QString &groupId, Relation relation,
               const QStringList &ids, SandboxResponse *failure) const;
    // The reference checks alone (objects exist, owners are users, none is already there), for a group that
    // is about to be created too.
    bool checkReferences(const SandboxRequest &request, const QString &groupId, Relation relation,
                         const QStringList &ids, SandboxResponse *failure) const;
    // Adds `ids` to the group's relation after checking them all; false with Graph's answer.
    bool add(const SandboxRequest &request, const QString &groupId, Relation relation, const QStringList &ids,
             SandboxResponse *failure);
    bool remove(const SandboxRequest &request, const QString &groupId, Relation relation, const QString &id,
                SandboxResponse *failure);
    // Forgets every relation that involves `id` (a permanently deleted user or group).
    void forget(const QString &id);

    static QString relationName(Relation relation)
    {
        return relation == Relation::Members ? QStringLiteral("members") : QStringLiteral("owners");
    }

private:
    QStringList &list(const QString &groupId, Relation relation);

    Tenant &m_tenant;
};
