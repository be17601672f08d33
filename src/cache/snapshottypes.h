#pragma once

#include <QString>

// What the snapshot stores. The numeric values are written to the database: never renumber them.
enum class SnapshotObjectType
{
    User = 1,                // microsoft.graph.user
    Group = 2,               // microsoft.graph.group (Microsoft 365, security and distribution groups)
    AdministrativeUnit = 3,  // microsoft.graph.administrativeUnit: a school
    SubscribedSku = 4,       // microsoft.graph.subscribedSku: a licence pool
    EducationClass = 5,      // microsoft.graph.educationClass
    Domain = 6,              // microsoft.graph.domain
    AuthorizationPolicy = 7, // microsoft.graph.authorizationPolicy (one object, id "authorizationPolicy")
};

// Relations between two objects (container -> member). Written to the database: never renumber.
enum class SnapshotRelation
{
    GroupMember = 1,              // group -> user/group/device/orgContact/servicePrincipal
    GroupOwner = 2,               // group -> user/servicePrincipal
    AdministrativeUnitMember = 3, // administrative unit (school) -> user/group/device
    ClassMember = 4,              // education class -> user
    ClassTeacher = 5,             // education class -> user
    UserLicence = 6, // subscribedSku (container id = skuId) -> user; derived from user.assignedLicenses
};

// Stable identifiers ("user", "groupMember") for logs and the diff's consumers; not for people.
QString snapshotObjectTypeId(SnapshotObjectType type);
QString snapshotRelationId(SnapshotRelation relation);
bool isValidSnapshotObjectType(int value);
bool isValidSnapshotRelation(int value);
