#include "sandbox/identity/scoperequest.h"

namespace {
struct Resource
{
    QString uri;
    QString appId;
    QStringList consented; // what ".default" grants a signed-in user
    QStringList known;     // further delegated permissions the resource offers
};

QVector<Resource> resources()
{
    const QStringList graphConsented{QStringLiteral("User.ReadWrite.All"),
                                     QStringLiteral("Group.ReadWrite.All"),
                                     QStringLiteral("GroupMember.ReadWrite.All"),
                                     QStringLiteral("Directory.ReadWrite.All"),
                                     QStringLiteral("Organization.Read.All"),
                                     QStringLiteral("Policy.Read.All"),
                                     QStringLiteral("Policy.ReadWrite.Authorization"),
                                     QStringLiteral("AdministrativeUnit.ReadWrite.All"),
                                     QStringLiteral("RoleManagement.ReadWrite.Directory"),
                                     QStringLiteral("Calendars.ReadWrite"),
                                     QStringLiteral("EduRoster.ReadBasic"),
                                     QStringLiteral("LicenseAssignment.ReadWrite.All")};
    const QStringList graphKnown{QStringLiteral("User.Read"),
                                 QStringLiteral("User.ReadBasic.All"),
                                 QStringLiteral("User.Read.All"),
                                 QStringLiteral("User.ReadWrite"),
                                 QStringLiteral("User.EnableDisableAccount.All"),
                                 QStringLiteral("User-PasswordProfile.ReadWrite.All"),
                                 QStringLiteral("Group.Read.All"),
                                 QStringLiteral("GroupMember.Read.All"),
                                 QStringLiteral("Directory.Read.All"),
                                 QStringLiteral("Directory.AccessAsUser.All"),
                                 QStringLiteral("Organization.ReadWrite.All"),
                                 QStringLiteral("AdministrativeUnit.Read.All"),
                                 QStringLiteral("RoleManagement.Read.Directory"),
                                 QStringLiteral("Calendars.Read"),
                                 QStringLiteral("Calendars.ReadBasic"),
                                 QStringLiteral("Calendars.Read.Shared"),
                                 QStringLiteral("Calendars.ReadWrite.Shared"),
                                 QStringLiteral("MailboxSettings.Read"),
                                 QStringLiteral("MailboxSettings.ReadWrite"),
                                 QStringLiteral("Mail.Read"),
                                 QStringLiteral("Mail.ReadWrite"),
                                 QStringLiteral("Mail.Send"),
                                 QStringLiteral("EduRoster.Read"),
                                 QStringLiteral("EduRoster.ReadWrite"),
                                 QStringLiteral("EduAdministration.Read"),
                                 QStringLiteral("EduAdministration.ReadWrite"),
                                 QStringLiteral("LicenseAssignment.Read.All"),
                                 QStringLiteral("AuditLog.Read.All"),
                                 QStringLiteral("Reports.Read.All"),
                                 QStringLiteral("UserAuthenticationMethod.ReadWrite.All")};
    return {
        {ScopeRequest::graphResource(), QStringLiteral("00000003-0000-0000-c000-000000000000"),
         graphConsented, graphKnown},
        {ScopeRequest::exchangeResource(),
         QStringLiteral("00000002-0000-0ff1-ce00-000000000000"),
         {QStringLiteral("Exchange.Manage"), QStringLiteral("Exchange.ManageV2")},
         {QStringLiteral("EWS.AccessAsUser.All"), QStringLiteral("full_access_as_user")}},
    };
}

const Resource *findResource(const QVector<Resource> &all, const QString &uri)
{
    for (const Resource &r : all) {
        if (r.uri.compare(uri, Qt::CaseInsensitive) == 0 || r.appId.compare(uri, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

// The permission's canonical spelling (Entra matches names case-insensitively), or empty when unknown.
QString canonical(const Resource &resource, const QString &name)
{
    if (name == QLatin1String(".default"))
        return name;
    for (const QStringList *list : {&resource.consented, &resource.known}) {
        for (const QString &known : *list) {
            if (known.compare(name, Qt::CaseInsensitive) == 0)
                return known;
        }
    }
    return QString();
}
} // namespace

bool ScopeRequest::parse(const QString &scope, const QString &tenantName, IdentityError *error)
{
    m_original = scope.simplified();
    if (m_original.isEmpty()) {
        *error = IdentityError::missingParameter(QStringLiteral("scope"));
        return false;
    }
    const QVector<Resource> all = resources();
    const Resource *resource = nullptr;
    for (const QString &item : m_original.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString lower = item.toLower();
        if (lower == QLatin1String("openid")) {
            m_openid = true;
            continue;
        }
        if (lower == QLatin1String("profile")) {
            m_profile = true;
            continue;
        }
        if (lower == QLatin1String("email")) {
            m_email = true;
            continue;
        }
        if (lower == QLatin1String("offline_access")) {
            m_offlineAccess = true;
            continue;
        }
        QString resourceUri = ScopeRequest::graphResource();
        QString name = item;
        const qsizetype slash = item.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0) {
            resourceUri = item.left(slash);
            while (
                resourceUri.endsWith(QLatin1Char('/'))) // "https://graph.microsoft.com//.default" works too
                resourceUri.chop(1);
            name = item.mid(slash + 1);
            m_qualified = true;
        }
        const Resource *named = findResource(all, resourceUri);
        if (!named) {
            *error = resourceUri.startsWith(QLatin1String("https://")) ||
                             resourceUri.startsWith(QLatin1String("api://"))
                         ? IdentityError::resourceNotFound(resourceUri, tenantName)
                         : IdentityError::invalidScope(item);
            return false;
        }
        if (resource && resource != named) {
            *error = IdentityError::multipleResources(m_original);
            return false;
        }
        resource = named;
        const QString permission = canonical(*named, name);
        if (permission.isEmpty()) {
            *error = IdentityError::invalidScope(item);
            return false;
        }
        if (!m_permissions.contains(permission))
            m_permissions.append(permission);
    }
    if (isDefault() && m_permissions.size() > 1) {
        // Entra refuses ".default" together with individual permissions of the same resource.
        *error = IdentityError::invalidScope(m_original);
        return false;
    }
    m_resource = resource ? resource->uri : ScopeRequest::graphResource();
    return true;
}

QStringList ScopeRequest::delegatedGrant() const
{
    if (isDefault()) {
        const QVector<Resource> all = resources();
        return findResource(all, m_resource)->consented;
    }
    if (!m_permissions.isEmpty())
        return m_permissions;
    QStringList oidc;
    if (m_openid)
        oidc.append(QStringLiteral("openid"));
    if (m_profile)
        oidc.append(QStringLiteral("profile"));
    if (m_email)
        oidc.append(QStringLiteral("email"));
    return oidc;
}

QString ScopeRequest::responseScope() const
{
    QStringList out;
    const bool qualify = m_qualified || isDefault() || m_resource != graphResource();
    if (!oidcOnly()) {
        for (const QString &permission : delegatedGrant())
            out.append(qualify ? m_resource + QLatin1Char('/') + permission : permission);
    }
    if (m_openid)
        out.append(QStringLiteral("openid"));
    if (m_profile)
        out.append(QStringLiteral("profile"));
    if (m_email)
        out.append(QStringLiteral("email"));
    return out.join(QLatin1Char(' '));
}

QStringList ScopeRequest::appRolesFor(const QStringList &appRoles, const QString &resource)
{
    QStringList roles;
    for (const QString &role : appRoles) {
        QString owner;
        QString name = role;
        const qsizetype slash = role.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0) {
            owner = role.left(slash);
            name = role.mid(slash + 1);
        } else if (role.startsWith(QLatin1String("Exchange.")) ||
                   role == QLatin1String("full_access_as_app")) {
            owner = exchangeResource();
        } else {
            owner = graphResource();
        }
        if (owner.compare(resource, Qt::CaseInsensitive) == 0 && !roles.contains(name))
            roles.append(name);
    }
    return roles;
}
