#include "sandbox/server/replicationlag.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/tenant.h"

#include <QJsonDocument>

namespace {
void collectSince(const ObjectCollection &collection, qsizetype from, QStringList *ids)
{
    for (qsizetype p = from; p < collection.slotCount(); ++p)
        ids->append(collection.idAt(p));
}
} // namespace

ReplicationLag::ReplicationLag(const Tenant &tenant, int lagMs) : m_tenant(tenant), m_lagMs(lagMs)
{}

ReplicationLag::Mark ReplicationLag::mark() const
{
    return {m_tenant.users.slotCount(), m_tenant.groups.slotCount(),
            m_tenant.administrativeUnits.slotCount()};
}

void ReplicationLag::noteCreated(const Mark &before)
{
    if (!enabled())
        return;
    QStringList ids;
    collectSince(m_tenant.users, before.users, &ids);
    collectSince(m_tenant.groups, before.groups, &ids);
    collectSince(m_tenant.administrativeUnits, before.units, &ids);
    for (const QString &id : ids) {
        if (!id.isEmpty() && !m_hidden.contains(id))
            m_hidden.insert(id, QDeadlineTimer(m_lagMs));
    }
}

void ReplicationLag::expire()
{
    for (auto it = m_hidden.begin(); it != m_hidden.end();)
        it = it.value().hasExpired() ? m_hidden.erase(it) : std::next(it);
}

bool ReplicationLag::hides(const SandboxRequest &request, SandboxResponse *answer)
{
    if (m_hidden.isEmpty() || request.method != "GET")
        return false;
    expire();
    // /v1.0/{users|groups|directoryObjects|administrativeUnits}/{id}[/...], /v1.0/directory/… likewise.
    QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() >= 2 && segments.at(1) == QLatin1String("directory"))
        segments.removeAt(1);
    if (segments.size() < 3 || segments.at(0) != QLatin1String("v1.0"))
        return false;
    const QString id = segments.at(2);
    if (!m_hidden.contains(id))
        return false;
    *answer = GraphErrorReplies::resourceNotFound(request, id);
    return true;
}

void ReplicationLag::filter(const SandboxRequest &request, SandboxResponse *response)
{
    if (m_hidden.isEmpty() || request.method != "GET" || response->status != 200 || response->objects == 0 ||
        request.path.endsWith(QLatin1String("/delta")))
        return;
    expire();
    QJsonObject body = QJsonDocument::fromJson(response->body).object();
    QJsonArray kept;
    const QJsonArray value = body.value(QLatin1String("value")).toArray();
    for (const QJsonValue &item : value) {
        if (!m_hidden.contains(item.toObject().value(QLatin1String("id")).toString()))
            kept.append(item);
    }
    if (kept.size() == value.size())
        return;
    body.insert(QStringLiteral("value"), kept);
    const SandboxResponse filtered = SandboxResponse::json(response->status, body);
    response->body = filtered.body;
    response->objects = filtered.objects;
}
