#pragma once

#include <QHash>
#include <QString>

// The authorization codes the /authorize endpoint has handed out: opaque, single-use, short-lived, and
// bound to the client, redirect URI, scope, user and PKCE challenge they were issued for.
class AuthorizationCodeStore
{
public:
    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString userId;
        QString codeChallenge; // base64url(SHA-256(verifier)); empty when the client sent none
        QString nonce;
        qint64 authTime = 0; // seconds since the epoch
        qint64 expiresAtMs = 0;
        bool redeemed = false;
    };
    enum class Lookup
    {
        Valid,
        Unknown,
        Expired,
        Redeemed
    };

    // Stores the grant and returns its new code, valid for `lifetimeSeconds`.
    QString issue(Grant grant, int lifetimeSeconds);
    // Looks the code up and, when it is valid, marks it redeemed (a second redemption answers Redeemed).
    Lookup redeem(const QString &code, Grant *grant);

private:
    void prune(qint64 nowMs);

    QHash<QString, Grant> m_codes;
};
