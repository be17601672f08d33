#pragma once

#include <QHashFunctions>
#include <QString>

// A reference to a member of a group, school or class: what kind of object it is and its id.
struct MemberRef
{
    enum class Kind
    {
        User,
        Group,
        Device,
        Contact,
        ServicePrincipal,
        Other
    };

    Kind kind = Kind::User;
    QString id;

    // Stable identifiers ("user", "group", "device", "orgContact", "servicePrincipal"), as stored.
    static QString kindId(Kind kind);
    // The kind for a stored identifier; Other for anything unknown.
    static Kind kindFromId(const QString &id);

    friend bool operator==(const MemberRef &a, const MemberRef &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const MemberRef &a, const MemberRef &b) { return !(a == b); }
};

inline size_t qHash(const MemberRef &member, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(member.kind), member.id);
}
