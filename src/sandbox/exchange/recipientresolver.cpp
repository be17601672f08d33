#include "sandbox/exchange/recipientresolver.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/exchangecmdletresult.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <functional>

namespace {
const QUuid MailboxGuidNamespace(QStringLiteral("{6e0c5b1e-7d2b-4a55-9a3c-4f1b8d0e2c11}"));

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isUnified(const QJsonObject &group)
{
    return group.value(QLatin1String("groupTypes")).toArray().contains(QJsonValue(QStringLiteral("Unified")));
}
} // namespace

RecipientResolver::RecipientResolver(const Tenant &tenant) : m_tenant(tenant)
{}

bool RecipientResolver::isMailboxType(const QString &type)
{
    return type == QLatin1String("UserMailbox") || type == QLatin1String("SharedMailbox") ||
           type == QLatin1String("RoomMailbox") || type == QLatin1String("EquipmentMailbox");
}

QString RecipientResolver::bareAddress(const QString &proxy)
{
    const int colon = proxy.indexOf(QLatin1Char(':'));
    if (colon > 0 && proxy.left(colon).compare(QLatin1String("smtp"), Qt::CaseInsensitive) == 0)
        return proxy.mid(colon + 1);
    return proxy;
}

bool RecipientResolver::hasMailbox(const QString &ownerId) const
{
    const auto it = m_tenant.mailboxes.constFind(ownerId);
    return it != m_tenant.mailboxes.constEnd() &&
           isMailboxType(
               it->value(QLatin1String("RecipientTypeDetails")).toString(QStringLiteral("UserMailbox"))) &&
           m_tenant.users.find(ownerId);
}

QJsonObject RecipientResolver::mailbox(const QString &ownerId) const
{
    if (!hasMailbox(ownerId))
        return QJsonObject();
    QJsonObject box = m_tenant.mailboxes.value(ownerId);
    const std::optional<QJsonObject> user = m_tenant.users.find(ownerId);
    const QString upn = str(*user, "userPrincipalName");
    const auto fill = [&box](const char *key, const QJsonValue &value) {
        const QJsonValue current = box.value(QLatin1String(key));
        if (current.isUndefined() || current.isNull() || (current.isString() && current.toString().isEmpty()))
            box.insert(QLatin1String(key), value);
    };
    fill("RecipientTypeDetails", QStringLiteral("UserMailbox"));
    fill("Alias", str(*user, "mailNickname").isEmpty() ? upn.section(QLatin1Char('@'), 0, 0)
                                                       : str(*user, "mailNickname"));
    fill("Name", box.value(QLatin1String("Alias")));
    fill("DisplayName", str(*user, "displayName"));
    fill("PrimarySmtpAddress", str(*user, "mail").isEmpty() ? upn : str(*user, "mail"));
    QJsonArray addresses = user->value(QLatin1String("proxyAddresses")).toArray();
    if (addresses.isEmpty())
        addresses.append(QStringLiteral("SMTP:") + box.value(QLatin1String("PrimarySmtpAddress")).toString());
    fill("EmailAddresses", addresses);
    fill("Guid", QUuid::createUuidV5(MailboxGuidNamespace, ownerId).toString(QUuid::WithoutBraces));
    fill("HiddenFromAddressListsEnabled", false);
    fill("GrantSendOnBehalfTo", QJsonArray());
    fill("CalendarFolderName", QStringLiteral("Calendar"));
    const QByteArray folderKey = QCryptographicHash::hash(ownerId.toUtf8(), QCryptographicHash::Sha256);
    fill("CalendarFolderId", QStringLiteral("AAMkA") + QString::fromLatin1(folderKey.toBase64()));
    return box;
}

bool RecipientResolver::isDistributionGroup(const QString &groupId) const
{
    const std::optional<QJsonObject> group = m_tenant.groups.find(groupId);
    return group && group->value(QLatin1String("mailEnabled")).toBool() && !isUnified(*group);
}

QJsonObject RecipientResolver::distributionGroup(const QString &groupId) const
{
    const std::optional<QJsonObject> group = m_tenant.groups.find(groupId);
    if (!group || !group->value(QLatin1String("mailEnabled")).toBool())
        return QJsonObject();
    const bool security = group->value(QLatin1String("securityEnabled")).toBool();
    const QString mail = str(*group, "mail");
    const QString alias = str(*group, "mailNickname").isEmpty() ? mail.section(QLatin1Char('@'), 0, 0)
                                                                : str(*group, "mailNickname");
    QJsonArray addresses = group->value(QLatin1String("proxyAddresses")).toArray();
    if (addresses.isEmpty() && !mail.isEmpty())
        addresses.append(QStringLiteral("SMTP:") + mail);
    QJsonObject out{
        {QStringLiteral("Name"), str(*group, "displayName")},
        {QStringLiteral("DisplayName"), str(*group, "displayName")},
        {QStringLiteral("Alias"), alias},
        {QStringLiteral("PrimarySmtpAddress"), mail},
        {QStringLiteral("EmailAddresses"), addresses},
        {QStringLiteral("RecipientTypeDetails"),
         isUnified(*group) ? QStringLiteral("GroupMailbox")
                           : (security ? QStringLiteral("MailUniversalSecurityGroup")
                                       : QStringLiteral("MailUniversalDistributionGroup"))},
        {QStringLiteral("HiddenFromAddressListsEnabled"),
         group->value(QLatin1String("hideFromAddressLists")).toBool(false)},
        {QStringLiteral("RequireSenderAuthenticationEnabled"), true},
        {QStringLiteral("Guid"),
         QUuid::createUuidV5(MailboxGuidNamespace, groupId).toString(QUuid::WithoutBraces)},
        {QStringLiteral("Description"), str(*group, "description")},
    };
    const QJsonObject extras = m_tenant.mailboxes.value(groupId);
    for (auto it = extras.begin(); it != extras.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QString RecipientResolver::name(const QString &id) const
{
    if (hasMailbox(id))
        return mailbox(id).value(QLatin1String("Name")).toString();
    if (m_tenant.groups.has(id))
        return distributionGroup(id).value(QLatin1String("Name")).toString();
    if (const std::optional<QJsonObject> user = m_tenant.users.find(id))
        return str(*user, "mailNickname").isEmpty() ? str(*user, "displayName") : str(*user, "mailNickname");
    return id;
}

QString RecipientResolver::displayName(const QString &id) const
{
    if (hasMailbox(id))
        return mailbox(id).value(QLatin1String("DisplayName")).toString();
    if (const std::optional<QJsonObject> group = m_tenant.groups.find(id))
        return str(*group, "displayName");
    if (const std::optional<QJsonObject> user = m_tenant.users.find(id))
        return str(*user, "displayName");
    return id;
}

QString RecipientResolver::primarySmtpAddress(const QString &id) const
{
    if (hasMailbox(id))
        return mailbox(id).value(QLatin1String("PrimarySmtpAddress")).toString();
    if (const std::optional<QJsonObject> group = m_tenant.groups.find(id))
        return str(*group, "mail");
    if (const std::optional<QJsonObject> user = m_tenant.users.find(id))
        return str(*user, "mail").isEmpty() ? str(*user, "userPrincipalName") : str(*user, "mail");
    return QString();
}

QString RecipientResolver::userPrincipalName(const QString &id) const
{
    if (const std::optional<QJsonObject> user = m_tenant.users.find(id))
        return str(*user, "userPrincipalName");
    return primarySmtpAddress(id);
}

QString RecipientResolver::recipientTypeDetails(const QString &id) const
{
    if (hasMailbox(id))
        return mailbox(id).value(QLatin1String("RecipientTypeDetails")).toString();
    if (m_tenant.groups.has(id))
        return distributionGroup(id).value(QLatin1String("RecipientTypeDetails")).toString();
    return QStringLiteral("User");
}

QStringList RecipientResolver::mailboxOwners() const
{
    QStringList owners;
    for (qsizetype i = 0; i < m_tenant.users.slotCount(); ++i) {
        if (!m_tenant.users.isAlive(i))
            continue;
        const QString id = m_tenant.users.idAt(i);
        if (hasMailbox(id))
            owners.append(id);
    }
    return owners;
}

QStringList RecipientResolver::distributionGroups() const
{
    QStringList ids;
    for (qsizetype i = 0; i < m_tenant.groups.slotCount(); ++i) {
        if (!m_tenant.groups.isAlive(i))
            continue;
        const QString id = m_tenant.groups.idAt(i);
        if (isDistributionGroup(id))
            ids.append(id);
    }
    return ids;
}

QStringList RecipientResolver::addressesOf(const QString &id) const
{
    QStringList out;
    QJsonArray proxies;
    if (hasMailbox(id)) {
        const QJsonObject box = mailbox(id);
        out << box.value(QLatin1String("PrimarySmtpAddress")).toString();
        proxies = box.value(QLatin1String("EmailAddresses")).toArray();
    } else if (m_tenant.groups.has(id)) {
        const QJsonObject group = distributionGroup(id);
        out << group.value(QLatin1String("PrimarySmtpAddress")).toString();
        proxies = group.value(QLatin1String("EmailAddresses")).toArray();
    } else if (const std::optional<QJsonObject> user = m_tenant.users.find(id)) {
        out << str(*user, "mail");
        proxies = user->value(QLatin1String("proxyAddresses")).toArray();
    }
    if (const std::optional<QJsonObject> user = m_tenant.users.find(id))
        out << str(*user, "userPrincipalName") << str(*user, "mail");
    for (const QJsonValue &p : proxies)
        out << bareAddress(p.toString());
    out.removeAll(QString());
    return out;
}

QString RecipientResolver::addressOwner(const QString &address) const
{
    for (qsizetype i = 0; i < m_tenant.users.slotCount(); ++i) {
        if (!m_tenant.users.isAlive(i))
            continue;
        const QString id = m_tenant.users.idAt(i);
        if (addressesOf(id).contains(address, Qt::CaseInsensitive))
            return id;
    }
    for (qsizetype i = 0; i < m_tenant.groups.slotCount(); ++i) {
        if (!m_tenant.groups.isAlive(i))
            continue;
        const QString id = m_tenant.groups.idAt(i);
        if (m_tenant.groups.at(i).value(QLatin1String("mailEnabled")).toBool() &&
            addressesOf(id).contains(address, Qt::CaseInsensitive))
            return id;
    }
    return QString();
}

bool RecipientResolver::nameInUse(const QString &candidate) const
{
    for (const QString &id : mailboxOwners()) {
        if (name(id).compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QString &id : distributionGroups()) {
        if (name(id).compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList RecipientResolver::acceptedDomains() const
{
    QStringList domains;
    for (const QJsonValue &d : m_tenant.organization.value(QLatin1String("verifiedDomains")).toArray())
        domains.append(d.toObject().value(QLatin1String("name")).toString());
    if (!m_tenant.initialDomain.isEmpty() && !domains.contains(m_tenant.initialDomain, Qt::CaseInsensitive))
        domains.append(m_tenant.initialDomain);
    domains.removeAll(QString());
    return domains;
}

bool RecipientResolver::isAcceptedDomain(const QString &domain) const
{
    return acceptedDomains().contains(domain, Qt::CaseInsensitive);
}

QString RecipientResolver::defaultDomain() const
{
    for (const QJsonValue &d : m_tenant.organization.value(QLatin1String("verifiedDomains")).toArray()) {
        if (d.toObject().value(QLatin1String("isDefault")).toBool())
            return d.toObject().value(QLatin1String("name")).toString();
    }
    return m_tenant.initialDomain;
}

bool RecipientResolver::isValidSmtpAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
        "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return pattern.match(address).hasMatch();
}

bool RecipientResolver::isValidAlias(const QString &alias)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    return alias.size() <= 64 && pattern.match(alias).hasMatch();
}

bool RecipientResolver::splitFolderIdentity(const QString &identity, QString *mailbox, QString *folder,
                                            bool *byId)
{
    const int colon = identity.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    *mailbox = identity.left(colon).trimmed();
    const QString rest = identity.mid(colon + 1);
    *byId = !rest.startsWith(QLatin1Char('\\'));
    *folder = *byId ? rest : rest.mid(1);
    return true;
}

RecipientResolver::Outcome RecipientResolver::resolve(const QString &rawIdentity, int accept,
                                                      Recipient *recipient) const
{
    const QString identity = rawIdentity.trimmed();
    if (identity.isEmpty())
        return Outcome::NotFound;

    struct Candidate
    {
        QString id;
        Kind kind;
    };
    QVector<Candidate> candidates;
    for (qsizetype i = 0; i < m_tenant.users.slotCount(); ++i) {
        if (!m_tenant.users.isAlive(i))
            continue;
        const QString id = m_tenant.users.idAt(i);
        const Kind kind = hasMailbox(id) ? Kind::Mailbox : Kind::User;
        if (accept & (kind == Kind::Mailbox ? Mailboxes : Users))
            candidates.append({id, kind});
    }
    if (accept & Groups) {
        for (qsizetype i = 0; i < m_tenant.groups.slotCount(); ++i) {
            if (m_tenant.groups.isAlive(i) &&
                m_tenant.groups.at(i).value(QLatin1String("mailEnabled")).toBool())
                candidates.append({m_tenant.groups.idAt(i), Kind::Group});
        }
    }

    // Exchange tries the identity as an id, then as an address, then as alias/name, then display name.
    const std::function<bool(const Candidate &)> passes[] = {
        [&](const Candidate &c) {
            return c.id.compare(identity, Qt::CaseInsensitive) == 0 ||
                   (c.kind == Kind::Mailbox && mailbox(c.id)
                                                       .value(QLatin1String("Guid"))
                                                       .toString()
                                                       .compare(identity, Qt::CaseInsensitive) == 0);
        },
        [&](const Candidate &c) {
            return identity.contains(QLatin1Char('@')) &&
                   addressesOf(c.id).contains(bareAddress(identity), Qt::CaseInsensitive);
        },
        [&](const Candidate &c) {
            if (c.kind == Kind::Mailbox) {
                const QJsonObject box = mailbox(c.id);
                return box.value(QLatin1String("Alias")).toString().compare(identity, Qt::CaseInsensitive) ==
                           0 ||
                       box.value(QLatin1String("Name")).toString().compare(identity, Qt::CaseInsensitive) ==
                           0;
            }
            if (c.kind == Kind::Group) {
                const QJsonObject group = distributionGroup(c.id);
                return group.value(QLatin1String("Alias"))
                               .toString()
                               .compare(identity, Qt::CaseInsensitive) == 0 ||
                       group.value(QLatin1String("Name")).toString().compare(identity, Qt::CaseInsensitive) ==
                           0;
            }
            return name(c.id).compare(identity, Qt::CaseInsensitive) == 0;
        },
        [&](const Candidate &c) { return displayName(c.id).compare(identity, Qt::CaseInsensitive) == 0; },
    };
    for (const auto &pass : passes) {
        QVector<Candidate> found;
        for (const Candidate &c : candidates) {
            if (pass(c))
                found.append(c);
        }
        if (found.size() > 1)
            return Outcome::Ambiguous;
        if (found.size() == 1) {
            recipient->id = found.first().id;
            recipient->kind = found.first().kind;
            return Outcome::Found;
        }
    }
    return Outcome::NotFound;
}

bool RecipientResolver::resolveFor(const QString &identity, int accept, bool isIdentity, Recipient *recipient,
                                   ExchangeCmdletResult *failure) const
{
    switch (resolve(identity, accept, recipient)) {
    case Outcome::Found:
        return true;
    case Outcome::Ambiguous:
        *failure = ExchangeCmdletResult::ambiguous(identity);
        return false;
    case Outcome::NotFound:
        break;
    }
    *failure = isIdentity ? ExchangeCmdletResult::objectNotFound(identity)
                          : ExchangeCmdletResult::parameterObjectNotFound(identity);
    return false;
}
