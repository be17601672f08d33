#include "sandbox/directory/directoryobjectlist.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/odataquery.h"

#include <QJsonArray>

#include <algorithm>

DirectoryObjectList::DirectoryObjectList(const Tenant &tenant)
    : m_tenant(tenant), m_objects(DirectorySchema::directoryObject()), m_users(DirectorySchema::user()),
      m_groups(DirectorySchema::group()), m_units(DirectorySchema::administrativeUnit())
{}

std::optional<QJsonObject> DirectoryObjectList::find(const QString &id, const DirectorySchema **schema) const
{
    if (const std::optional<QJsonObject> u = m_tenant.users.find(id)) {
        *schema = &m_users;
        return u;
    }
    if (const std::optional<QJsonObject> g = m_tenant.groups.find(id)) {
        *schema = &m_groups;
        return g;
    }
    if (const std::optional<QJsonObject> a = m_tenant.administrativeUnits.find(id)) {
        *schema = &m_units;
        return a;
    }
    return std::nullopt;
}

QJsonObject DirectoryObjectList::view(const QString &id, const QStringList &select) const
{
    const DirectorySchema *schema = nullptr;
    const std::optional<QJsonObject> object = find(id, &schema);
    if (!object)
        return QJsonObject();
    QStringList own;
    for (const QString &name : select) {
        if (!schema->canonical(name).isEmpty())
            own.append(schema->canonical(name));
    }
    if (!select.isEmpty() && own.isEmpty())
        own.append(QStringLiteral("id"));
    QJsonObject out = ODataQuery::project(*object, *schema, own);
    out.insert(QStringLiteral("@odata.type"), schema->odataType());
    return out;
}

SandboxResponse DirectoryObjectList::page(const SandboxRequest &request, const QStringList &ids,
                                          bool countOnly) const
{
    ODataQuery query(request);
    SandboxResponse failure;
    if (countOnly ? !query.validateRawCount(m_objects, &failure) : !query.validate(m_objects, true, &failure))
        return failure;
    QStringList matching;
    for (const QString &id : ids) {
        const DirectorySchema *schema = nullptr;
        const std::optional<QJsonObject> object = find(id, &schema);
        if (object && query.matches(*object))
            matching.append(id);
    }
    if (countOnly)
        return SandboxResponse::text(200, "text/plain", QByteArray::number(matching.size()));

    qsizetype offset = 0;
    if (!query.skipToken().isEmpty()) {
        bool ok = false;
        const QString token = QString::fromLatin1(QByteArray::fromBase64(
            query.skipToken().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        offset = token.startsWith(QLatin1String("m:")) ? token.mid(2).toLongLong(&ok) : -1;
        if (!ok || offset < 0)
            return GraphErrorReplies::badRequest(request, QStringLiteral("Invalid skip token."));
    }
    QJsonArray value;
    const qsizetype end = std::min<qsizetype>(matching.size(), offset + query.pageSize());
    for (qsizetype i = offset; i < end; ++i)
        value.append(view(matching.at(i), query.select()));
    QJsonObject envelope{
        {QStringLiteral("@odata.context"), request.baseUrl + QStringLiteral("/v1.0/$metadata#") +
                                               query.contextFragment(QStringLiteral("directoryObjects"))},
        {QStringLiteral("value"), value}};
    if (query.wantsCount() && offset == 0)
        envelope.insert(QStringLiteral("@odata.count"), double(matching.size()));
    if (end < matching.size()) {
        const QByteArray token = QStringLiteral("m:%1").arg(end).toLatin1().toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        envelope.insert(QStringLiteral("@odata.nextLink"),
                        ODataQuery::nextLink(request, QString::fromLatin1(token)));
    }
    return SandboxResponse::json(200, envelope);
}
