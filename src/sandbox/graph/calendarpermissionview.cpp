#include "sandbox/graph/calendarpermissionview.h"

#include "core/calendarroletable.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QJsonArray>

namespace {

const QString kDefault = QStringLiteral("Default");
const QString kAnonymous = QStringLiteral("Anonymous");

QString rightsOf(const QJsonObject &row)
{
    const QJsonValue rights = row.value(QLatin1String("AccessRights"));
    return rights.isArray() ? rights.toArray().first().toString() : rights.toString();
}

QString roleOf(const QJsonObject &row)
{
    return CalendarRoleTable::graphRole(rightsOf(row),
                                        row.value(QLatin1String("SharingPermissionFlags")).toString());
}

QJsonObject makeRow(const QString &user, const CalendarRoleTable::ExchangeRole &role)
{
    return QJsonObject{{QStringLiteral("User"), user},
                       {QStringLiteral("AccessRights"), QJsonArray{role.accessRights}},
                       {QStringLiteral("SharingPermissionFlags"), role.sharingPermissionFlags}};
}

} // namespace

CalendarPermissionView::CalendarPermissionView(Tenant &tenant, const QString &mailboxId)
    : m_tenant(tenant), m_mailboxId(mailboxId)
{}

QString CalendarPermissionView::defaultId()
{
    return QString::fromLatin1(kDefault.toLatin1().toBase64());
}

QString CalendarPermissionView::idForAddress(const QString &smtpAddress)
{
    return QString::fromLatin1((QStringLiteral("ExchangePublishedUser.") + smtpAddress).toUtf8().toBase64());
}

QVector<QJsonObject> &CalendarPermissionView::rows()
{
    return m_tenant.calendarPermissions[m_mailboxId];
}

QJsonObject CalendarPermissionView::defaultRow() const
{
    for (const QJsonObject &row : m_tenant.calendarPermissions.value(m_mailboxId)) {
        if (row.value(QLatin1String("User")).toString() == kDefault)
            return row;
    }
    // Exchange always has the Default entry; a new mailbox shares free/busy with the organization.
    return makeRow(kDefault, {QStringLiteral("AvailabilityOnly"), QStringLiteral("None")});
}

bool CalendarPermissionView::view(const QJsonObject &row, QJsonObject *permission) const
{
    const QString user = row.value(QLatin1String("User")).toString();
    using Sharee = CalendarRoleTable::Sharee;
    if (user == kDefault) {
        *permission =
            QJsonObject{{QStringLiteral("id"), defaultId()},
                        {QStringLiteral("isRemovable"), false},
                        {QStringLiteral("isInsideOrganization"), true},
                        {QStringLiteral("role"), roleOf(row)},
                        {QStringLiteral("allowedRoles"),
                         QJsonArray::fromStringList(CalendarRoleTable::allowedRoles(Sharee::MyOrganization))},
                        {QStringLiteral("emailAddress"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("My Organization")}}}};
        return true;
    }
    if (user == kAnonymous || user.isEmpty())
        return false;
    const RecipientResolver recipients(m_tenant);
    QString type;
    QString name;
    QString address;
    Sharee sharee = Sharee::External;
    if (const std::optional<QJsonObject> object = DirectoryLookup(m_tenant).directoryObject(user, &type)) {
        name = object->value(QLatin1String("displayName")).toString();
        address = recipients.primarySmtpAddress(user);
        sharee =
            type == QLatin1String("#microsoft.graph.group") ? Sharee::InternalGroup : Sharee::InternalUser;
    } else if (user.contains(QLatin1Char('@'))) {
        name = user;
        address = user;
    } else {
        return false; // a deleted recipient: Exchange shows its SID, Graph leaves it out
    }
    *permission = QJsonObject{
        {QStringLiteral("id"), idForAddress(address)},
        {QStringLiteral("isRemovable"), true},
        {QStringLiteral("isInsideOrganization"), sharee != Sharee::External},
        {QStringLiteral("role"), roleOf(row)},
        {QStringLiteral("allowedRoles"), QJsonArray::fromStringList(CalendarRoleTable::allowedRoles(sharee))},
        {QStringLiteral("emailAddress"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("address"), address}}}};
    return true;
}

QVector<QJsonObject> CalendarPermissionView::permissions() const
{
    QVector<QJsonObject> out;
    for (const QJsonObject &row : m_tenant.calendarPermissions.value(m_mailboxId)) {
        QJsonObject permission;
        if (row.value(QLatin1String("User")).toString() != kDefault && view(row, &permission))
            out.append(permission);
    }
    QJsonObject organization;
    view(defaultRow(), &organization);
    out.append(organization);
    return out;
}

qsizetype CalendarPermissionView::rowOf(const QString &permissionId, bool *isDefault) const
{
    *isDefault = permissionId == defaultId();
    const QVector<QJsonObject> list = m_tenant.calendarPermissions.value(m_mailboxId);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const bool rowIsDefault = list.at(i).value(QLatin1String("User")).toString() == kDefault;
        if (*isDefault) {
            if (rowIsDefault)
                return i;
            continue;
        }
        QJsonObject permission;
        if (!rowIsDefault && view(list.at(i), &permission) &&
            permission.value(QLatin1String("id")).toString() == permissionId)
            return i;
    }
    return -1;
}

bool CalendarPermissionView::find(const QString &permissionId, QJsonObject *permission) const
{
    bool isDefault = false;
    const qsizetype index = rowOf(permissionId, &isDefault);
    if (isDefault)
        return view(defaultRow(), permission);
    return index >= 0 && view(m_tenant.calendarPermissions.value(m_mailboxId).at(index), permission);
}

CalendarPermissionView::Result CalendarPermissionView::create(const QString &address, const QString &role,
                                                              QJsonObject *permission)
{
    using Sharee = CalendarRoleTable::Sharee;
    // Exchange resolves the address: a user's or mail-enabled group's primary or proxy address is inside
    // the organization; an address in one of the tenant's domains that nobody has is not valid.
    const RecipientResolver recipients(m_tenant);
    const QString owner = address.contains(QLatin1Char('@')) ? recipients.addressOwner(address) : QString();
    QString user;
    Sharee sharee = Sharee::External;
    QString type;
    if (!owner.isEmpty() && DirectoryLookup(m_tenant).directoryObject(owner, &type)) {
        user = owner;
        sharee =
            type == QLatin1String("#microsoft.graph.group") ? Sharee::InternalGroup : Sharee::InternalUser;
    } else if (!RecipientResolver::isValidSmtpAddress(address) ||
               recipients.isAcceptedDomain(address.section(QLatin1Char('@'), -1))) {
        return Result::InvalidRecipient;
    } else {
        user = address;
    }
    if (user == m_mailboxId)
        return Result::InvalidRecipient; // the owner does not share with themselves
    CalendarRoleTable::ExchangeRole exchange;
    if (!CalendarRoleTable::allGraphRoles().contains(role))
        return Result::UnknownRole;
    if (!CalendarRoleTable::allowedRoles(sharee).contains(role) ||
        !CalendarRoleTable::exchangeRole(role, &exchange))
        return Result::RoleNotAllowed;
    for (const QJsonObject &row : m_tenant.calendarPermissions.value(m_mailboxId)) {
        if (row.value(QLatin1String("User")).toString().compare(user, Qt::CaseInsensitive) == 0)
            return Result::AlreadyExists;
    }
    const QJsonObject row = makeRow(user, exchange);
    rows().append(row);
    m_tenant.nextSequence();
    view(row, permission);
    return Result::Ok;
}

CalendarPermissionView::Result
CalendarPermissionView::updateRole(const QString &permissionId, const QString &role, QJsonObject *permission)
{
    bool isDefault = false;
    const qsizetype index = rowOf(permissionId, &isDefault);
    if (index < 0 && !isDefault)
        return Result::NotFound;
    if (!CalendarRoleTable::allGraphRoles().contains(role))
        return Result::UnknownRole;
    QJsonObject current;
    if (isDefault)
        view(defaultRow(), &current);
    else
        view(m_tenant.calendarPermissions.value(m_mailboxId).at(index), &current);
    CalendarRoleTable::ExchangeRole exchange;
    const QJsonArray allowed = current.value(QLatin1String("allowedRoles")).toArray();
    if (!allowed.contains(QJsonValue(role)) || !CalendarRoleTable::exchangeRole(role, &exchange))
        return Result::RoleNotAllowed;
    QVector<QJsonObject> &list = rows();
    const QJsonObject row =
        makeRow(isDefault ? kDefault : list.at(index).value(QLatin1String("User")).toString(), exchange);
    if (index >= 0) {
        QJsonObject merged = list.at(index); // keep any other fields the Exchange side stored
        for (auto it = row.begin(); it != row.end(); ++it)
            merged.insert(it.key(), it.value());
        list[index] = merged;
    } else {
        list.prepend(row);
    }
    m_tenant.nextSequence();
    view(row, permission);
    return Result::Ok;
}

CalendarPermissionView::Result CalendarPermissionView::remove(const QString &permissionId)
{
    bool isDefault = false;
    const qsizetype index = rowOf(permissionId, &isDefault);
    if (isDefault)
        return Result::NotRemovable;
    if (index < 0)
        return Result::NotFound;
    rows().removeAt(index);
    m_tenant.nextSequence();
    return Result::Ok;
}

QString CalendarPermissionView::effectiveRole(const QString &userId) const
{
    for (const QJsonObject &row : m_tenant.calendarPermissions.value(m_mailboxId)) {
        if (row.value(QLatin1String("User")).toString() == userId)
            return roleOf(row);
    }
    return roleOf(defaultRow());
}
