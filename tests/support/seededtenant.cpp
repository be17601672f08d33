#include "seededtenant.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/seed/tenantseeder.h"
#include "sandbox/state/tenantstatefile.h"

#include <QJsonArray>
#include <QJsonDocument>

std::unique_ptr<Tenant> SeededTenant::make(quint32 seed, int schools, int users)
{
    SandboxOptions options;
    options.seed = seed;
    options.schools = schools;
    options.users = users;
    auto tenant = std::make_unique<Tenant>();
    TenantSeeder::seed(*tenant, options);
    return tenant;
}

QByteArray SeededTenant::reproducibleJson(const Tenant &tenant)
{
    QJsonObject json = TenantStateFile::toJson(tenant);
    const auto strip = [&json](const char *list, const char *secret) {
        QJsonArray items = json.value(QLatin1String(list)).toArray();
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.remove(QLatin1String(secret));
            items.replace(i, item);
        }
        json.insert(QLatin1String(list), items);
    };
    strip("accounts", "password");
    strip("apps", "secret");
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString SeededTenant::str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
