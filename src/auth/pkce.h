#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636) for the authorization code flow of a public client.
class Pkce
{
public:
    // A fresh random code_verifier: 64 characters of the unreserved set [A-Za-z0-9-._~].
    static QByteArray newVerifier();
    // The S256 code_challenge: base64url (no padding) of SHA-256 of the verifier.
    static QByteArray challenge(const QByteArray &verifier);
    // True when the verifier is 43..128 characters of the unreserved set.
    static bool isValidVerifier(const QByteArray &verifier);
    // base64url without padding, as OAuth and JWT use it.
    static QByteArray base64Url(const QByteArray &data);
    // A random base64url string made of `bytes` random bytes (for state and nonce values).
    static QByteArray randomToken(int bytes);
};
