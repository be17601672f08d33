#include "sandbox/directory/groupmembership.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

GroupMembership::GroupMembership(Tenant &tenant) : m_tenant(tenant)
{}

QString GroupMembership::referencedId(const QString &reference)
{
    QString path = reference.trimmed();
    if (path.contains(QLatin1String("://")))
        path = QUrl(path).path();
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return QString();
    QString id = segments.last();
    if (id.startsWith(QLatin1String("microsoft.graph.")) && segments.size() >= 2)
        id = segments.at(segments.size() - 2);
    if (segments.size() >= 2) {
        static const QStringList sets = {
            QStringLiteral("directoryObjects"),  QStringLiteral("users"),    QStringLiteral("groups"),
            QStringLiteral("servicePrincipals"), QStringLiteral("contacts"), QStringLiteral("devices")};
        if (!sets.contains(segments.at(segments.size() - 2)) &&
            !segments.last().startsWith(QLatin1String("microsoft.")))
            return QString();
    }
    return QUuid::fromString(id).isNull() ? QString() : id;
}

bool GroupMembership::isReadOnly(const QJsonObject &group)
{
    return group.value(QLatin1String("mailEnabled")).toBool() &&
           !group.value(QLatin1String("groupTypes"))
                .toArray()
                .contains(QJsonValue(QStringLiteral("Unified")));
}

SandboxResponse GroupMembership::readOnlyReply(const SandboxRequest &request)
{
    return GraphErrorReplies::badRequest(request,
                                         QStringLiteral("Cannot Update a mail-enabled security groups and or "
                                                        "distribution list."));
}

QString GroupMembership::typeOf(const QString &id) const
{
    if (m_tenant.users.has(id))
        return QStringLiteral("#microsoft.graph.user");
    if (m_tenant.groups.has(id))
        return QStringLiteral("#microsoft.graph.group");
    return QString();
}

QStringList &GroupMembership::list(const QString &groupId, Relation relation)
{
    return relation == Relation::Members ? m_tenant.groupMembers[groupId] : m_tenant.groupOwners[groupId];
}

bool GroupMembership::check(const SandboxRequest &request, const QString &groupId, Relation relation,
                            const QStringList &ids, SandboxResponse *failure) const
{
    const std::optional<QJsonObject> group = m_tenant.groups.find(groupId);
    if (!group) {
        *failure = GraphErrorReplies::resourceNotFound(request, groupId);
        return false;
    }
    if (isReadOnly(*group)) {
        *failure = readOnlyReply(request);
        return false;
    }
    return checkReferences(request, groupId, relation, ids, failure);
}

bool GroupMembership::checkReferences(const SandboxRequest &request, const QString &groupId,
                                      Relation relation, const QStringList &ids,
                                      SandboxResponse *failure) const
{
    const QStringList current = relation == Relation::Members ? m_tenant.groupMembers.value(groupId)
                                                              : m_tenant.groupOwners.value(groupId);
    QStringList seen;
    for (const QString &id : ids) {
        const QString type = typeOf(id);
        if (type.isEmpty() ||
            (relation == Relation::Owners && type != QLatin1String("#microsoft.graph.user")) ||
            id == groupId) {
            *failure = GraphErrorReplies::resourceNotFound(request, id);
            return false;
        }
        if (current.contains(id, Qt::CaseInsensitive) || seen.contains(id, Qt::CaseInsensitive)) {
            *failure = GraphErrorReplies::badRequest(
                request, QStringLiteral("One or more added object references already exist for the following "
                                        "modified properties: '%1'.")
                             .arg(relationName(relation)));
            return false;
        }
        seen.append(id);
    }
    return true;
}

bool GroupMembership::add(const SandboxRequest &request, const QString &groupId, Relation relation,
                          const QStringList &ids, SandboxResponse *failure)
{
    if (!check(request, groupId, relation, ids, failure))
        return false;
    if (ids.isEmpty())
        return true;
    QStringList &current = list(groupId, relation);
    const quint64 sequence = m_tenant.nextSequence();
    for (const QString &id : ids) {
        current.append(id);
        if (relation == Relation::Members)
            m_tenant.membershipLog.append({sequence, groupId, id, false});
    }
    return true;
}

bool GroupMembership::remove(const SandboxRequest &request, const QString &groupId, Relation relation,
                             const QString &id, SandboxResponse *failure)
{
    const std::optional<QJsonObject> group = m_tenant.groups.find(groupId);
    if (!group) {
        *failure = GraphErrorReplies::resourceNotFound(request, groupId);
        return false;
    }
    if (isReadOnly(*group)) {
        *failure = readOnlyReply(request);
        return false;
    }
    QStringList &current = list(groupId, relation);
    const qsizetype index = current.indexOf(id);
    if (index < 0) {
        *failure = GraphErrorReplies::resourceNotFound(request, id);
        return false;
    }
    if (relation == Relation::Owners && current.size() == 1 &&
        group->value(QLatin1String("groupTypes")).toArray().contains(QJsonValue(QStringLiteral("Unified")))) {
        *failure = GraphErrorReplies::badRequest(
            request,
            QStringLiteral("The group must have at least one owner, hence this owner cannot be removed."));
        return false;
    }
    current.removeAt(index);
    if (relation == Relation::Members)
        m_tenant.membershipLog.append({m_tenant.nextSequence(), groupId, id, true});
    return true;
}

void GroupMembership::forget(const QString &id)
{
    m_tenant.groupMembers.remove(id);
    m_tenant.groupOwners.remove(id);
    quint64 sequence = 0;
    for (auto it = m_tenant.groupMembers.begin(); it != m_tenant.groupMembers.end(); ++it) {
        if (it.value().removeAll(id) > 0) {
            if (sequence == 0)
                sequence = m_tenant.nextSequence();
            m_tenant.membershipLog.append({sequence, it.key(), id, true});
        }
    }
    for (auto it = m_tenant.groupOwners.begin(); it != m_tenant.groupOwners.end(); ++it)
        it.value().removeAll(id);
    for (auto it = m_tenant.unitMembers.begin(); it != m_tenant.unitMembers.end(); ++it)
        it.value().removeAll(id);
}
