#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

class Tenant;

// Test helper: a tenant filled by TenantSeeder (no server), and its JSON for comparisons.
class SeededTenant
{
public:
    static std::unique_ptr<Tenant> make(quint32 seed, int schools, int users);
    // The tenant's state-file JSON without what is random per start (passwords, client secrets).
    static QByteArray reproducibleJson(const Tenant &tenant);
    static QString str(const QJsonObject &object, const char *key);
};
