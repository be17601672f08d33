#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

// Signs and verifies the sandbox's JSON Web Tokens (RS256, as the Microsoft identity platform does), with
// a key pair made at start-up. Its public key is published as a JWKS.
class TokenIssuer
{
public:
    TokenIssuer();
    ~TokenIssuer();
    TokenIssuer(const TokenIssuer &) = delete;
    TokenIssuer &operator=(const TokenIssuer &) = delete;

    bool isValid() const;
    QString keyId() const { return m_keyId; }

    // The signing key as unencrypted PKCS#8 PEM, for the --state file (tokens signed before a restart
    // keep verifying after it), and its replacement by a saved one. False (key unchanged) for a PEM that
    // is not an RSA private key.
    QByteArray privateKeyPem() const;
    bool setPrivateKeyPem(const QByteArray &pem);

    // A signed JWT with header {"typ":"JWT","alg":"RS256","kid":keyId()} and these claims.
    QByteArray sign(const QJsonObject &claims) const;

    // Checks the signature with the sandbox's key and the exp/nbf times (with five minutes of skew).
    // On failure `error` says why: "malformed", "signature", "expired", "notYetValid".
    bool verify(const QByteArray &jwt, QJsonObject *claims, QString *error) const;

    // {"keys":[{"kty":"RSA","use":"sig","kid","n","e","alg":"RS256"}]}
    QJsonObject jwks() const;

    // Verifies an RS256 JWT against a PEM certificate's public key (for client_assertion).
    // Returns false for a bad signature or an unreadable certificate; fills header and claims.
    static bool verifyWithCertificate(const QByteArray &jwt, const QByteArray &certificatePem,
                                      QJsonObject *header, QJsonObject *claims);

    // base64url without padding, as JWTs use.
    static QByteArray base64Url(const QByteArray &data);
    static bool splitJwt(const QByteArray &jwt, QJsonObject *header, QJsonObject *claims);

private:
    void updateKeyId();

    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
};
