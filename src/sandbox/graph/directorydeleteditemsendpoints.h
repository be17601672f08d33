#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/directory/directorypager.h"
#include "sandbox/odata/directoryschema.h"

class ObjectCollection;
class Tenant;

// Graph v1.0 deleted items (the 30-day bin): GET /directory/deletedItems/microsoft.graph.user|group (the
// OData cast is mandatory; the bare collection is 400), GET and DELETE (permanently)
// /directory/deletedItems/{id}, POST /directory/deletedItems/{id}/restore (200 with the object and its
// @odata.type).
class DirectoryDeletedItemsEndpoints : public EndpointFamily
{
public:
    explicit DirectoryDeletedItemsEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    SandboxResponse list(const SandboxRequest &request, bool users);
    SandboxResponse get(const SandboxRequest &request, const QString &id);
    SandboxResponse restore(const SandboxRequest &request, const QString &id);
    SandboxResponse purge(const SandboxRequest &request, const QString &id);
    // The collection holding the soft-deleted object `id` (nullptr when there is none).
    ObjectCollection *holderOf(const QString &id) const;
    bool mayRead(const SandboxCaller &caller, const ObjectCollection *collection) const;
    bool mayWrite(const SandboxCaller &caller, const ObjectCollection *collection, const QString &id) const;
    QJsonObject entity(const SandboxRequest &request, const ObjectCollection *collection,
                       const QJsonObject &object) const;

    Tenant &m_tenant;
    DirectorySchema m_users;
    DirectorySchema m_groups;
    DirectoryPager m_pager;
};
