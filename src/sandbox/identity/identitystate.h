#pragma once

#include "sandbox/identity/authorizationcodestore.h"
#include "sandbox/identity/clientauthenticator.h"
#include "sandbox/identity/devicecodestore.h"
#include "sandbox/identity/identityerror.h"
#include "sandbox/identity/identitysettings.h"
#include "sandbox/identity/refreshtokenstore.h"
#include "sandbox/identity/tokenminter.h"

#include <QHash>
#include <QString>

class Tenant;
class TokenIssuer;

// What the identity platform's endpoints share: the tenant, the signing key, the settings, the issued
// codes and tokens, and the browser sessions (the sign-in cookie that makes a second /authorize silent).
class IdentityState
{
public:
    IdentityState(Tenant &tenant, const TokenIssuer &tokens);

    struct Session
    {
        QString userId;
        qint64 authTime = 0;
    };

    // Checks a user's password sign-in: the account exists, the password matches, and the user is not
    // blocked (accountEnabled false) or deleted. Fills the user's object id.
    bool checkPassword(const QString &username, const QString &password, QString *userId,
                       IdentityError *error) const;
    // Checks that a user may still get tokens: exists and is enabled.
    bool checkUserActive(const QString &userId, IdentityError *error) const;
    // The time the user's sessions were last revoked (Graph's signInSessionsValidFromDateTime), in
    // seconds since the epoch; 0 when never.
    qint64 sessionsValidFrom(const QString &userId) const;

    // Tenant id, initial domain or a verified domain; "common" and "organizations" also name this tenant.
    bool isTenantSegment(const QString &segment) const;
    // The audiences a client_assertion may name: this tenant's token endpoint (by id or as addressed).
    QStringList assertionAudiences(const QString &baseUrl, const QString &tenantSegment) const;

    // What outlives a restart of a sandbox with a --state file: {"refreshTokens": [...], "sessions":
    // [{"digest", "userId", "authTime"}]}, secrets as digests only. Codes and device codes live minutes and
    // are not kept. fromJson replaces both (nothing changes on a malformed object; `error` says why).
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

    Tenant &tenant;
    const TokenIssuer &tokens;
    IdentitySettings settings;
    AuthorizationCodeStore codes;
    RefreshTokenStore refreshTokens;
    DeviceCodeStore deviceCodes;
    ClientAuthenticator clients;
    TokenMinter minter;
    QHash<QString, Session> sessions; // by IdentityForm::digest of the ESTSAUTH cookie's value
};
