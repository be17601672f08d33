#pragma once

#include "sandbox/common/sandboxhttp.h"

// Which Graph permissions (scp for delegated tokens, roles for application tokens) the directory endpoints
// accept for reading and changing users and groups.
class DirectoryPermissions
{
public:
    static bool canReadUsers(const SandboxCaller &caller)
    {
        return caller.hasAny(
            {"User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"});
    }
    static bool canWriteUsers(const SandboxCaller &caller)
    {
        return caller.hasAny({"User.ReadWrite.All", "Directory.ReadWrite.All"});
    }
    static bool canReadGroups(const SandboxCaller &caller)
    {
        return caller.hasAny({"Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All",
                              "GroupMember.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"});
    }
    static bool canWriteGroups(const SandboxCaller &caller)
    {
        return caller.hasAny({"Group.ReadWrite.All", "Directory.ReadWrite.All"});
    }
    static bool canCreateGroups(const SandboxCaller &caller)
    {
        return canWriteGroups(caller) || (caller.appOnly() && caller.hasAny({"Group.Create"}));
    }
    static bool canWriteMembers(const SandboxCaller &caller)
    {
        return caller.hasAny({"GroupMember.ReadWrite.All", "Group.ReadWrite.All", "Directory.ReadWrite.All"});
    }
};
