#include "core/directorykind.h"

QString directoryKindId(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::User:
        return QStringLiteral("user");
    case DirectoryKind::Group:
        return QStringLiteral("group");
    case DirectoryKind::AdministrativeUnit:
        return QStringLiteral("administrativeUnit");
    case DirectoryKind::SubscribedSku:
        return QStringLiteral("subscribedSku");
    case DirectoryKind::EducationClass:
        return QStringLiteral("educationClass");
    case DirectoryKind::Domain:
        return QStringLiteral("domain");
    case DirectoryKind::AuthorizationPolicy:
        return QStringLiteral("authorizationPolicy");
    }
    return QString();
}

QString directoryRelationId(DirectoryRelation relation)
{
    switch (relation) {
    case DirectoryRelation::GroupMember:
        return QStringLiteral("groupMember");
    case DirectoryRelation::GroupOwner:
        return QStringLiteral("groupOwner");
    case DirectoryRelation::AdministrativeUnitMember:
        return QStringLiteral("administrativeUnitMember");
    case DirectoryRelation::ClassMember:
        return QStringLiteral("classMember");
    case DirectoryRelation::ClassTeacher:
        return QStringLiteral("classTeacher");
    case DirectoryRelation::UserLicence:
        return QStringLiteral("userLicence");
    }
    return QString();
}

bool isValidDirectoryKind(int value)
{
    return value >= int(DirectoryKind::User) && value <= int(DirectoryKind::AuthorizationPolicy);
}

bool isValidDirectoryRelation(int value)
{
    return value >= int(DirectoryRelation::GroupMember) && value <= int(DirectoryRelation::UserLicence);
}
