#pragma once

#include "core/group.h"

#include <QJsonObject>

// Graph's group resource <-> Group.
class GroupMapper
{
public:
    static Group fromJson(const QJsonObject &object);
    // The body of POST /groups: the kind decides mailEnabled, securityEnabled and groupTypes. Distribution
    // lists and mail-enabled security groups cannot be created through Graph (Exchange does it).
    static QJsonObject toJson(const Group &group);
};
