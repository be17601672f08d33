#pragma once

#include "sandbox/common/sandboxoptions.h"

class Tenant;

// Fills an empty Tenant with a generated school organisation, deterministically from the options
// (seed, schools, users): the same options give the same tenant, ids included. Only the accounts'
// passwords and the automation client's secret differ between runs (they come from the system's
// random source). `users` counts people (the administrator, students, teachers, other staff,
// soft-deleted ones included); function mailboxes come on top. At least two people per school are
// made (a technician and a teacher). Seed data carries no change log: tenant.sequence is 1 afterwards.
class TenantSeeder
{
public:
    static void seed(Tenant &tenant, const SandboxOptions &options);
};
