#include "contracttargets.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonObject>

bool ContractTargets::find(const Tenant &tenant, QString *error)
{
    QStringList accountIds;
    for (const Tenant::Account &account : tenant.accounts)
        accountIds.append(account.userId);
    QStringList spare;
    for (qsizetype i = 0; i < tenant.users.slotCount(); ++i) {
        if (!tenant.users.isAlive(i))
            continue;
        const QJsonObject &user = tenant.users.at(i);
        const QString id = user.value(QLatin1String("id")).toString();
        if (userId.isEmpty() && tenant.mailboxes.contains(id) && !accountIds.contains(id)) {
            userId = id;
            userUpn = user.value(QLatin1String("userPrincipalName")).toString();
        } else if (delegateUpn.isEmpty() && tenant.mailboxes.contains(id)) {
            delegateUpn = user.value(QLatin1String("userPrincipalName")).toString();
        } else if (!accountIds.contains(id)) {
            spare.append(id);
        }
    }
    spareUserIds = spare.mid(qMax<qsizetype>(0, spare.size() - 3));

    for (auto it = tenant.groupMembers.constBegin();
         it != tenant.groupMembers.constEnd() && groupId.isEmpty(); ++it) {
        // Graph cannot change the members of distribution lists and mail-enabled security groups.
        const std::optional<QJsonObject> group = tenant.groups.find(it.key());
        const bool graphManaged =
            group &&
            (group->value(QLatin1String("groupTypes")).toArray().contains(QStringLiteral("Unified")) ||
             !group->value(QLatin1String("mailEnabled")).toBool());
        if (it.value().size() >= 2 && graphManaged)
            groupId = it.key();
    }
    for (qsizetype i = 0; i < tenant.administrativeUnits.slotCount() && unitId.isEmpty(); ++i) {
        if (tenant.administrativeUnits.isAlive(i))
            unitId = tenant.administrativeUnits.at(i).value(QLatin1String("id")).toString();
    }
    if (!tenant.subscribedSkus.isEmpty())
        skuId = tenant.subscribedSkus.at(0).toObject().value(QLatin1String("id")).toString();

    QStringList missing;
    if (userId.isEmpty() || delegateUpn.isEmpty())
        missing.append(QStringLiteral("two users with a mailbox"));
    if (spareUserIds.size() < 3)
        missing.append(QStringLiteral("three ordinary users"));
    if (groupId.isEmpty())
        missing.append(QStringLiteral("a Graph-managed group with members"));
    if (unitId.isEmpty())
        missing.append(QStringLiteral("an administrative unit"));
    if (skuId.isEmpty())
        missing.append(QStringLiteral("a subscribed SKU"));
    if (!missing.isEmpty())
        *error = QStringLiteral("the seeded tenant lacks %1").arg(missing.join(QStringLiteral(", ")));
    return missing.isEmpty();
}
