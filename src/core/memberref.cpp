#include "core/memberref.h"

QString MemberRef::kindId(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Group:
        return QStringLiteral("group");
    case Kind::Device:
        return QStringLiteral("device");
    case Kind::Contact:
        return QStringLiteral("orgContact");
    case Kind::ServicePrincipal:
        return QStringLiteral("servicePrincipal");
    case Kind::Other:
        break;
    }
    return QStringLiteral("directoryObject");
}

MemberRef::Kind MemberRef::kindFromId(const QString &id)
{
    for (Kind kind : {Kind::User, Kind::Group, Kind::Device, Kind::Contact, Kind::ServicePrincipal}) {
        if (id == kindId(kind))
            return kind;
    }
    return Kind::Other;
}
