#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

// The refresh tokens the token endpoint has issued. They are opaque random strings; what they stand for
// (user, client, the scope first asked for, when the sign-in happened) stays here. Each redemption issues
// a new token; the redeemed one stays valid for a grace period (IdentitySettings), then stops working.
// Tokens unused for the inactivity lifetime expire; sign-out revokes all of a user's tokens. Only a
// token's SHA-256 digest is kept, so the --state file (toJson) holds no usable token.
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

    // The grants that may still be redeemed, by token digest: [{"digest", "userId", "clientId", "scope",
    // "authTime", "issuedAtMs", "lastUsedMs", "supersededAtMs"}]. Expired, revoked and superseded ones are
    // left out (they would be refused anyway).
    QJsonArray toJson(int lifetimeSeconds, int graceSeconds) const;
    // Replaces the grants with saved ones; false (store unchanged) with `error` for a malformed list.
    bool fromJson(const QJsonArray &grants, QString *error);

private:
    static Lookup classify(const Grant &grant, int lifetimeSeconds, int graceSeconds, qint64 nowMs);

    QHash<QString, Grant> m_tokens; // by IdentityForm::digest of the token
};
