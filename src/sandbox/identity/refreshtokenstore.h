#pragma once

#include <QHash>
#include <QString>

// The refresh tokens the token endpoint has issued. They are opaque random strings; what they stand for
// (user, client, the scope first asked for, when the sign-in happened) stays here. Each redemption issues
// a new token; the redeemed one stays valid for a grace period (IdentitySettings), then stops working.
// Tokens unused for the inactivity lifetime expire; sign-out revokes all of a user's tokens.
class RefreshTokenStore
{
public:
    struct Grant
    {
        QString userId;
        QString clientId;
        QString scope;         // the scope of the original sign-in
        qint64 authTime = 0;   // seconds since the epoch, of the interactive sign-in
        qint64 issuedAtMs = 0; // of this token
        qint64 lastUsedMs = 0;
        qint64 supersededAtMs = 0; // when it was redeemed for a newer one; 0 while current
        bool revoked = false;
    };
    enum class Lookup
    {
        Valid,
        Unknown,
        Expired,
        Superseded,
        Revoked
    };

    QString issue(Grant grant);
    // Classifies the token; fills `grant` whenever the token is known.
    Lookup lookup(const QString &token, int lifetimeSeconds, int graceSeconds, Grant *grant) const;
    // Marks the token as replaced (the grace period starts now) and as used.
    void supersede(const QString &token);
    // Revokes every token of the user (all clients); returns how many were live.
    int revokeUser(const QString &userId);
    int liveCount(const QString &userId) const;

private:
    QHash<QString, Grant> m_tokens;
};
