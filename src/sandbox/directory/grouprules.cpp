#include "sandbox/directory/grouprules.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directoryconflicts.h"
#include "sandbox/directory/groupmembership.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/directoryschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace {
const QString kResource = QStringLiteral("Group");

SandboxResponse mailEnabledWrite(const SandboxRequest &request)
{
    return GraphErrorReplies::badRequest(
        request, QStringLiteral("The service does not currently support writes of "
                                "mail-enabled groups. Please ensure that the mail-enablement "
                                "property is unset or is set to false."));
}

bool isUnified(const QJsonValue &groupTypes)
{
    return groupTypes.toArray().contains(QJsonValue(QStringLiteral("Unified")));
}
} // namespace

GroupRules::GroupRules(const Tenant &tenant) : m_tenant(tenant)
{}

QString GroupRules::securityIdentifier(const QString &id)
{
    const QUuid u = QUuid::fromString(id);
    const auto le32 = [&](int offset) {
        return quint32(u.data4[offset]) | quint32(u.data4[offset + 1]) << 8 |
               quint32(u.data4[offset + 2]) << 16 | quint32(u.data4[offset + 3]) << 24;
    };
    return QStringLiteral("S-1-12-1-%1-%2-%3-%4")
        .arg(u.data1)
        .arg(quint32(u.data2) | quint32(u.data3) << 16)
        .arg(le32(0))
        .arg(le32(4));
}

QString GroupRules::defaultDomain() const
{
    for (const QJsonValue &d : m_tenant.organization.value(QLatin1String("verifiedDomains")).toArray()) {
        if (d.toObject().value(QLatin1String("isDefault")).toBool())
            return d.toObject().value(QLatin1String("name")).toString();
    }
    return m_tenant.initialDomain;
}

bool GroupRules::checkProperties(const SandboxRequest &request, const QJsonObject &body,
                                 SandboxResponse *failure) const
{
    const DirectorySchema schema = DirectorySchema::group();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1Char('@')) || key == QLatin1String("members@odata.bind") ||
            key == QLatin1String("owners@odata.bind"))
            continue;
        if (schema.canonical(key) != key) {
            *failure =
                GraphErrorReplies::unknownProperty(request, key, QStringLiteral("microsoft.graph.group"));
            return false;
        }
        if (schema.isReadOnly(key)) {
            *failure = GraphErrorReplies::badRequest(
                request, QStringLiteral("Property '%1' is read-only and cannot be set.").arg(key));
            return false;
        }
    }
    const auto invalid = [&](const QString &property) {
        *failure = GraphErrorReplies::invalidValue(request, property, kResource);
        return false;
    };
    if (body.contains(QLatin1String("displayName"))) {
        const QJsonValue v = body.value(QLatin1String("displayName"));
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 256)
            return invalid(QStringLiteral("displayName"));
    }
    if (body.contains(QLatin1String("mailNickname"))) {
        const QString nick = body.value(QLatin1String("mailNickname")).toString();
        bool ok = !nick.isEmpty() && nick.size() <= 64;
        for (const QChar c : nick)
            ok =
                ok && c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("@()\\[]\";:.<>,").contains(c);
        if (!ok)
            return invalid(QStringLiteral("mailNickname"));
    }
    for (const char *flag : {"mailEnabled", "securityEnabled", "isAssignableToRole"}) {
        if (body.contains(QLatin1String(flag)) && !body.value(QLatin1String(flag)).isBool())
            return invalid(QLatin1String(flag));
    }
    if (body.contains(QLatin1String("groupTypes"))) {
        if (!body.value(QLatin1String("groupTypes")).isArray())
            return invalid(QStringLiteral("groupTypes"));
        for (const QJsonValue &t : body.value(QLatin1String("groupTypes")).toArray()) {
            if (t.toString() != QLatin1String("Unified") &&
                t.toString() != QLatin1String("DynamicMembership"))
                return invalid(QStringLiteral("groupTypes"));
        }
    }
    if (body.contains(QLatin1String("visibility"))) {
        const QString v = body.value(QLatin1String("visibility")).toString();
        if (v != QLatin1String("Public") && v != QLatin1String("Private") &&
            v != QLatin1String("HiddenMembership"))
            return invalid(QStringLiteral("visibility"));
    }
    return true;
}

bool GroupRules::readBinds(const SandboxRequest &request, const QJsonObject &body, Binds *binds,
                           SandboxResponse *failure) const
{
    for (const char *key : {"members@odata.bind", "owners@odata.bind"}) {
        if (!body.contains(QLatin1String(key)))
            continue;
        if (!body.value(QLatin1String(key)).isArray()) {
            *failure = GraphErrorReplies::badRequest(
                request, QStringLiteral("Invalid value for '%1'.").arg(QLatin1String(key)));
            return false;
        }
        const QString relation = QString::fromLatin1(key).section(QLatin1Char('@'), 0, 0);
        QStringList &target = relation == QLatin1String("members") ? binds->members : binds->owners;
        for (const QJsonValue &ref : body.value(QLatin1String(key)).toArray()) {
            const QString id = GroupMembership::referencedId(ref.toString());
            if (id.isEmpty()) {
                *failure = GraphErrorReplies::badRequest(
                    request,
                    QStringLiteral("Invalid URL format specified in @odata.bind for %1").arg(relation));
                return false;
            }
            target.append(id);
        }
    }
    if (binds->members.size() + binds->owners.size() > 20) {
        *failure = GraphErrorReplies::badRequest(
            request,
            QStringLiteral("The request contains more than 20 references to add; add at most 20 members "
                           "and owners in one request."));
        return false;
    }
    return true;
}

bool GroupRules::create(const SandboxRequest &request, const QJsonObject &body, QJsonObject *group,
                        Binds *binds, SandboxResponse *failure) const
{
    for (const char *required : {"displayName", "mailEnabled", "mailNickname", "securityEnabled"}) {
        const QJsonValue v = body.value(QLatin1String(required));
        if (v.isUndefined() || v.isNull()) {
            *failure = GraphErrorReplies::invalidValue(request, QLatin1String(required), kResource);
            return false;
        }
    }
    if (!checkProperties(request, body, failure) || !readBinds(request, body, binds, failure))
        return false;
    const bool unified = isUnified(body.value(QLatin1String("groupTypes")));
    const bool mailEnabled = body.value(QLatin1String("mailEnabled")).toBool();
    if (mailEnabled && !unified) {
        *failure = mailEnabledWrite(request);
        return false;
    }
    if (unified && !mailEnabled) {
        *failure = GraphErrorReplies::invalidValue(request, QStringLiteral("mailEnabled"), kResource);
        return false;
    }
    if (!unified && !body.value(QLatin1String("securityEnabled")).toBool()) {
        *failure = GraphErrorReplies::invalidValue(request, QStringLiteral("securityEnabled"), kResource);
        return false;
    }
    const QString id = Tenant::newGuid();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QJsonObject g;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.key().contains(QLatin1Char('@')))
            g.insert(it.key(), it.value());
    }
    g.insert(QStringLiteral("id"), id);
    g.insert(QStringLiteral("createdDateTime"), now);
    g.insert(QStringLiteral("renewedDateTime"), now);
    g.insert(QStringLiteral("securityIdentifier"), securityIdentifier(id));
    g.insert(QStringLiteral("groupTypes"), body.value(QLatin1String("groupTypes")).isArray()
                                               ? body.value(QLatin1String("groupTypes"))
                                               : QJsonValue(QJsonArray()));
    g.insert(QStringLiteral("resourceBehaviorOptions"), QJsonArray());
    g.insert(QStringLiteral("resourceProvisioningOptions"), QJsonArray());
    if (unified) {
        const QString mail =
            body.value(QLatin1String("mailNickname")).toString() + QLatin1Char('@') + defaultDomain();
        if (DirectoryConflicts(m_tenant).addressTaken(mail)) {
            *failure = DirectoryConflicts::reply(request, QStringLiteral("proxyAddresses"));
            return false;
        }
        g.insert(QStringLiteral("mail"), mail);
        g.insert(QStringLiteral("proxyAddresses"), QJsonArray{QStringLiteral("SMTP:") + mail});
        if (!g.contains(QLatin1String("visibility")))
            g.insert(QStringLiteral("visibility"), QStringLiteral("Public"));
    } else {
        g.insert(QStringLiteral("mail"), QJsonValue::Null);
        g.insert(QStringLiteral("proxyAddresses"), QJsonArray());
    }
    *group = g;
    return true;
}

bool GroupRules::update(const SandboxRequest &request, const QJsonObject &group, const QJsonObject &body,
                        QJsonObject *changes, Binds *binds, SandboxResponse *failure) const
{
    if (GroupMembership::isReadOnly(group)) {
        *failure = GroupMembership::readOnlyReply(request);
        return false;
    }
    if (group.value(QLatin1String("onPremisesSyncEnabled")).toBool()) {
        *failure = GraphErrorReplies::badRequest(
            request, QStringLiteral("Unable to update the specified properties for "
                                    "objects that have originated within an "
                                    "external service."));
        return false;
    }
    if (!checkProperties(request, body, failure) || !readBinds(request, body, binds, failure))
        return false;
    const bool unified =
        isUnified(body.contains(QLatin1String("groupTypes")) ? body.value(QLatin1String("groupTypes"))
                                                             : group.value(QLatin1String("groupTypes")));
    if (body.contains(QLatin1String("mailEnabled")) &&
        body.value(QLatin1String("mailEnabled")).toBool() !=
            group.value(QLatin1String("mailEnabled")).toBool()) {
        *failure = unified
                       ? GraphErrorReplies::invalidValue(request, QStringLiteral("mailEnabled"), kResource)
                       : mailEnabledWrite(request);
        return false;
    }
    if (unified != isUnified(group.value(QLatin1String("groupTypes")))) {
        *failure = GraphErrorReplies::invalidValue(request, QStringLiteral("groupTypes"), kResource);
        return false;
    }
    for (const char *required : {"displayName", "mailNickname", "mailEnabled", "securityEnabled"}) {
        if (body.value(QLatin1String(required)).isNull()) {
            *failure = GraphErrorReplies::invalidValue(request, QLatin1String(required), kResource);
            return false;
        }
    }
    QJsonObject c;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.key().contains(QLatin1Char('@')))
            c.insert(it.key(), it.value());
    }
    *changes = c;
    return true;
}
