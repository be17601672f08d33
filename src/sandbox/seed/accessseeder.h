#pragma once

#include <QString>

class SeedContext;

// Seeds who may administer the tenant: the Global Administrator, one technician per school with User
// Administrator and Helpdesk Administrator scoped to the school's administrative unit, their sign-in
// accounts, and the two app registrations (the console's public client and an automation client).
// Passwords and the client secret are drawn from the system's random source on every start, never
// from the seed.
class AccessSeeder
{
public:
    explicit AccessSeeder(SeedContext &context) : m_context(context) {}

    void seed();

    static QString generatePassword();
    static QString generateClientSecret();
    // A unifiedRoleAssignment id shaped like Entra's (base64url of the role and principal ids).
    static QString roleAssignmentId(const QString &roleDefinitionId, const QString &principalId,
                                    const QString &unitId = QString());

private:
    void assign(const QString &roleDefinitionId, const QString &principalId, const QString &directoryScopeId);

    SeedContext &m_context;
};
