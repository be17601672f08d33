#pragma once

#include <QHashFunctions>
#include <QString>

// The kinds of directory object the product keeps and manages. The numeric values are stored in snapshot
// files: never renumber them.
enum class DirectoryKind
{
    User = 1,                // a person's account (pupil, teacher, staff) or a function mailbox's account
    Group = 2,               // Microsoft 365 group, security group, distribution list, mail-enabled security
    AdministrativeUnit = 3,  // a school: the tenant's administrative unit for it
    SubscribedSku = 4,       // a licence pool (a product the tenant subscribes to)
    EducationClass = 5,      // a class (School Data Sync section)
    Domain = 6,              // a domain of the tenant
    AuthorizationPolicy = 7, // the tenant's sign-up and user-permission switches (one object)
};

// Relations between two directory objects (container -> member). Stored in snapshot files: never renumber.
enum class DirectoryRelation
{
    GroupMember = 1,              // group -> user/group/device/contact/service principal
    GroupOwner = 2,               // group -> user/service principal
    AdministrativeUnitMember = 3, // school -> user/group/device
    ClassMember = 4,              // class -> user
    ClassTeacher = 5,             // class -> user
    UserLicence = 6,              // licence pool (container id = skuId) -> user
};

// Stable identifiers ("user", "groupMember") for logs, JSON output and stored data; not for people.
QString directoryKindId(DirectoryKind kind);
QString directoryRelationId(DirectoryRelation relation);
bool isValidDirectoryKind(int value);
bool isValidDirectoryRelation(int value);

inline size_t qHash(DirectoryKind kind, size_t seed = 0) noexcept
{
    return ::qHash(int(kind), seed);
}
inline size_t qHash(DirectoryRelation relation, size_t seed = 0) noexcept
{
    return ::qHash(int(relation), seed);
}
