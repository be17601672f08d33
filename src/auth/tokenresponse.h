#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

// A successful answer of the identity platform's token endpoint (RFC 6749 section 5.1 plus Microsoft's
// client_info and id_token). Holds secrets: never log it.
class TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)
public:
    QString accessToken;
    QString refreshToken; // empty when none was issued
    QString idToken;      // raw JWT, empty when none was issued
    QString clientInfo;   // base64url JSON {uid, utid}, empty unless client_info=1 was sent
    QString tokenType;    // "Bearer"
    QString scope;        // the granted scopes as the server wrote them (may be empty)
    qint64 expiresIn = 0; // seconds
    qint64 extExpiresIn = 0;
    qint64 receivedAt = 0; // seconds since the epoch, when the answer arrived

    // Parses the JSON body; returns false with an InvalidReply `error` when access_token is missing.
    static bool fromJson(const QJsonObject &json, qint64 receivedAt, TokenResponse *response, Error *error);

    // Checks the id_token (when there is one) before its tokens are kept: `aud` must be `clientId`, `tid`
    // must be `tenant` when that is a tenant id (a verified domain cannot be compared here, and
    // "organizations" or "common" accept any tenant), and `exp` must not have passed at `now` (seconds since
    // the epoch; five minutes of clock skew are allowed). Returns false with a translated SignIn `error`
    // otherwise.
    bool checkIdToken(const QString &clientId, const QString &tenant, qint64 now, Error *error) const;

    // home_account_id as MSAL derives it: "<uid>.<utid>" from client_info, else the id_token's sub.
    QString homeAccountId() const;
    // The unverified claims of the id_token (empty when there is none).
    QJsonObject idTokenClaims() const;
};
