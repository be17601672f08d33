#include "cache/snapshottypes.h"

QString snapshotObjectTypeId(SnapshotObjectType type)
{
    switch (type) {
    case SnapshotObjectType::User:
        return QStringLiteral("user");
    case SnapshotObjectType::Group:
        return QStringLiteral("group");
    case SnapshotObjectType::AdministrativeUnit:
        return QStringLiteral("administrativeUnit");
    case SnapshotObjectType::SubscribedSku:
        return QStringLiteral("subscribedSku");
    case SnapshotObjectType::EducationClass:
        return QStringLiteral("educationClass");
    case SnapshotObjectType::Domain:
        return QStringLiteral("domain");
    case SnapshotObjectType::AuthorizationPolicy:
        return QStringLiteral("authorizationPolicy");
    }
    return QString();
}

QString snapshotRelationId(SnapshotRelation relation)
{
    switch (relation) {
    case SnapshotRelation::GroupMember:
        return QStringLiteral("groupMember");
    case SnapshotRelation::GroupOwner:
        return QStringLiteral("groupOwner");
    case SnapshotRelation::AdministrativeUnitMember:
        return QStringLiteral("administrativeUnitMember");
    case SnapshotRelation::ClassMember:
        return QStringLiteral("classMember");
    case SnapshotRelation::ClassTeacher:
        return QStringLiteral("classTeacher");
    case SnapshotRelation::UserLicence:
        return QStringLiteral("userLicence");
    }
    return QString();
}

bool isValidSnapshotObjectType(int value)
{
    return value >= int(SnapshotObjectType::User) && value <= int(SnapshotObjectType::AuthorizationPolicy);
}

bool isValidSnapshotRelation(int value)
{
    return value >= int(SnapshotRelation::GroupMember) && value <= int(SnapshotRelation::UserLicence);
}
