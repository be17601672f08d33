#include "sandbox/seed/tenantseeder.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/seed/accessseeder.h"
#include "sandbox/seed/groupseeder.h"
#include "sandbox/seed/mailboxseeder.h"
#include "sandbox/seed/peopleseeder.h"
#include "sandbox/seed/schoolseeder.h"
#include "sandbox/seed/seedcontext.h"

#include <algorithm>

void TenantSeeder::seed(Tenant &tenant, const SandboxOptions &options)
{
    SandboxOptions bounded = options;
    bounded.schools = std::max(1, options.schools);
    SeedContext context(tenant, bounded);

    tenant.tenantId = context.random.guid();
    tenant.displayName = QStringLiteral("Skolekom Demo");
    tenant.initialDomain = QStringLiteral("skolekomdemo.onmicrosoft.com");

    SchoolSeeder schools(context);
    schools.seedSchools();
    schools.seedOrganisation();
    PeopleSeeder(context).seed();
    schools.fillEducationSchools();
    GroupSeeder(context).seed();
    MailboxSeeder(context).seed();
    AccessSeeder(context).seed();

    const qsizetype objects =
        tenant.users.slotCount() + tenant.groups.slotCount() + tenant.administrativeUnits.slotCount();
    tenant.organization.insert(
        QStringLiteral("directorySizeQuota"),
        QJsonObject{{QStringLiteral("used"), qint64(objects)},
                    {QStringLiteral("total"), qint64(std::max<qsizetype>(300000, objects * 3 / 2))}});
    tenant.sequence = 1;
}
