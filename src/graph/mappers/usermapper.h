#pragma once

#include "core/user.h"

#include <QJsonObject>

// Graph's user resource <-> User.
class UserMapper
{
public:
    // A user as Graph returns it (annotations such as "@removed" understood, see DirectoryMapper).
    static User fromJson(const QJsonObject &object);
    // The body of POST /users or PATCH /users/{id}: the writable properties that are set.
    static QJsonObject toJson(const User &user);
};
