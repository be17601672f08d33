#pragma once

#include "sandbox/identity/identityerror.h"

#include <QString>
#include <QStringList>

// The `scope` parameter of an identity platform request, split the way Entra reads it: the OpenID Connect
// scopes (openid, profile, email, offline_access) and the permissions of exactly one resource (Microsoft
// Graph or Exchange Online), given as "https://graph.microsoft.com/User.Read.All", as the resource's app id
// ("00000003-…/.default") or, for Graph only, as bare names ("User.Read.All").
class ScopeRequest
{
public:
    static QString graphResource() { return QStringLiteral("https://graph.microsoft.com"); }
    static QString exchangeResource() { return QStringLiteral("https://outlook.office365.com"); }

    // Parses `scope`; false (with `error`) for an unknown resource or permission, or more than one resource.
    bool parse(const QString &scope, const QString &tenantName, IdentityError *error);

    bool openid() const { return m_openid; }
    bool profile() const { return m_profile; }
    bool email() const { return m_email; }
    bool offlineAccess() const { return m_offlineAccess; }
    // True when the scope names no resource at all (only OpenID Connect scopes): the token is for Graph.
    bool oidcOnly() const { return m_permissions.isEmpty(); }
    bool isDefault() const { return m_permissions.contains(QLatin1String(".default")); }
    // The token audience ("https://graph.microsoft.com" when only OIDC scopes were asked for).
    QString resource() const { return m_resource; }
    QStringList permissions() const { return m_permissions; }

    // The delegated permissions a user token gets: the resource's full consented set for ".default",
    // else what was asked for (the OIDC scopes except offline_access when no resource was named).
    QStringList delegatedGrant() const;
    // The token response's "scope": granted permissions (resource-qualified for ".default" or when asked
    // for that way) followed by the granted OpenID Connect scopes.
    QString responseScope() const;
    // The scope to reuse when a refresh token is redeemed without one.
    QString original() const { return m_original; }

    // The application permissions (app roles) among `appRoles` that belong to `resource`. An entry is
    // "<resource>/<role>", or a bare role: Exchange's start with "Exchange." (or are full_access_as_app),
    // the others are Graph's.
    static QStringList appRolesFor(const QStringList &appRoles, const QString &resource);

private:
    QString m_original;
    QString m_resource;
    QStringList m_permissions; // canonical names, ".default" included as asked
    bool m_qualified = false;  // the permissions were asked for with the resource prefix
    bool m_openid = false;
    bool m_profile = false;
    bool m_email = false;
    bool m_offlineAccess = false;
};
