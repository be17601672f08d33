#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The client_assertion JWT (RFC 7523) a confidential client signs with its certificate's private key:
// RS256, header x5t (base64url SHA-1 thumbprint of the DER certificate) and x5t#S256; claims aud = the
// token endpoint, iss = sub = client id, jti, nbf, iat, exp.
class ClientAssertion
{
    Q_DECLARE_TR_FUNCTIONS(ClientAssertion)
public:
    // `pemPath` holds the certificate and its unencrypted private key. Empty result and a Configuration
    // `error` when the file cannot be read or holds no usable certificate and key.
    static QByteArray create(const QString &pemPath, const QString &clientId, const QString &audience,
                             Error *error, int lifetimeSeconds = 600);
    // Same from PEM text.
    static QByteArray createFromPem(const QByteArray &pem, const QString &clientId, const QString &audience,
                                    Error *error, int lifetimeSeconds = 600);
};
