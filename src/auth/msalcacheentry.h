#pragma once

#include "auth/tokenresponse.h"

#include <QJsonObject>
#include <QPair>
#include <QString>

// The entries of MSAL's token cache layout as python MSAL writes them: for each kind (access token,
// refresh token, id token, account, app metadata) the JSON object and the key it is stored under (the
// key fields joined with "-", lowercased). Holds secrets: never log an entry.
class MsalCacheEntry
{
public:
    // Where one token answer belongs: the authority's environment and realm, the client, the account
    // (empty for application tokens), the scopes it covers and when it arrived (seconds since the epoch).
    struct Context
    {
        QString environment;
        QString realm;
        QString clientId;
        QString homeAccountId;
        QString target;
        qint64 now = 0;
    };
    // Key and entry.
    using Keyed = QPair<QString, QJsonObject>;

    static Keyed accessToken(const Context &context, const TokenResponse &response);
    static Keyed refreshToken(const Context &context, const TokenResponse &response);
    static Keyed idToken(const Context &context, const TokenResponse &response);
    // The signed-in user, from the id token's claims.
    static Keyed account(const Context &context, const QJsonObject &claims);
    static Keyed appMetadata(const Context &context);
};
