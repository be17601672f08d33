#pragma once

#include "sandboxclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// Test helper for the sandbox's identity platform: adds a public client, a confidential client (secret,
// the sandbox's generated certificate, Graph and Exchange app roles) and signed-in-able accounts to
// whatever the tenant already holds, and speaks the authorize/token endpoints like a client would.
class IdentityFixture
{
public:
    explicit IdentityFixture(SandboxClient &client);

    QString tenantId() const;
    QString authority() const;                   // https://127.0.0.1:PORT/{tenantId}
    QString endpoint(const QString &name) const; // authority()/oauth2/v2.0/<name>
    QString publicClientId, confidentialClientId, confidentialSecret;
    QByteArray certificatePem, privateKeyPem; // the confidential app's credential
    QString redirectUri = QStringLiteral("http://127.0.0.1:53117/");

    // Adds a directory user with a password account; returns its object id.
    QString addAccount(const QString &nick, const QString &password, bool enabled = true);
    QString username(const QString &nick) const;

    // PKCE: a fresh verifier and its S256 challenge.
    static QString newVerifier();
    static QString challengeOf(const QString &verifier);

    using Fields = QList<QPair<QString, QString>>;
    // GET /authorize with these parameters (not following redirects).
    SandboxClient::Reply authorize(const Fields &fields);
    // The query of a 302's Location (or its fragment).
    static QUrlQuery redirectQuery(const SandboxClient::Reply &reply);
    // Signs in with login_hint + sandbox_password and returns the code ("" on failure).
    QString signIn(const QString &nick, const QString &password, const QString &scope,
                   const QString &verifier, const QString &state = QStringLiteral("st-1"));
    // Authorize + redeem the code: the token endpoint's reply.
    SandboxClient::Reply signInTokens(const QString &nick, const QString &password, const QString &scope);
    SandboxClient::Reply token(const Fields &fields);

    // An RS256 (x5t) or PS256 (x5t#S256) client assertion signed with `keyPem`, with these claims over
    // the default ones (aud = token endpoint, iss = sub = confidential client, jti, nbf, exp; a null
    // value leaves the claim out), and
    // `headerOverrides` over the header's.
    QByteArray assertion(const QJsonObject &overrides = {}, const QString &alg = QStringLiteral("RS256"),
                         const QByteArray &keyPem = QByteArray(), const QJsonObject &headerOverrides = {});
    static QJsonObject claimsOf(const QByteArray &jwt);

private:
    SandboxClient &m_client;
};
