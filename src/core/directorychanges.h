#pragma once

#include "core/directorykind.h"
#include "core/directoryrecord.h"
#include "core/memberref.h"

#include <QHashFunctions>
#include <QList>
#include <QSet>
#include <QString>

// What one page of a listing or of a change feed says about the directory, in domain terms. A full listing
// carries whole objects; a change feed (delta) carries only the properties that changed.
struct DirectoryChanges
{
    struct Removal
    {
        DirectoryKind kind = DirectoryKind::User;
        QString id;
    };
    struct Membership
    {
        DirectoryRelation relation = DirectoryRelation::GroupMember;
        QString containerId;
        MemberRef member;
        bool removed = false;
    };
    // A user's licences as a whole: the set of licence pools (skuIds) the user is assigned to.
    struct UserLicences
    {
        QString userId;
        QSet<QString> skuIds;
    };

    QList<DirectoryRecord> records; // new or changed objects (soft-deleted ones in the state SoftDeleted)
    QList<Removal> removals;        // objects that are gone for good
    QList<Membership> memberships;  // members added or removed
    QList<UserLicences> licences;   // users whose licences were part of the page

    bool isEmpty() const
    {
        return records.isEmpty() && removals.isEmpty() && memberships.isEmpty() && licences.isEmpty();
    }
    void append(const DirectoryChanges &other)
    {
        records += other.records;
        removals += other.removals;
        memberships += other.memberships;
        licences += other.licences;
    }
};

// A container whose members are listed: a typed key (relation, container id), not a string prefix.
struct MemberListKey
{
    DirectoryRelation relation = DirectoryRelation::GroupMember;
    QString containerId;

    friend bool operator==(const MemberListKey &a, const MemberListKey &b)
    {
        return a.relation == b.relation && a.containerId == b.containerId;
    }
};

inline size_t qHash(const MemberListKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(key.relation), key.containerId);
}
