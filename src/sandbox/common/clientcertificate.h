#pragma once

#include <QByteArray>
#include <QString>

// An application's certificate credential, made at start-up: an RSA 2048 key and a self-signed
// certificate, as `New-SelfSignedCertificate` or the Azure portal's upload would register. The
// certificate goes on the app registration; certificate and key are what the client signs its
// client_assertion with.
class ClientCertificate
{
public:
    bool generate(const QString &commonName, QString *error);

    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray privateKeyPem() const { return m_keyPem; } // PKCS#8
    // Writes the certificate followed by the private key (one PEM file, as MSAL and openssl read it).
    bool write(const QString &path, QString *error) const;

private:
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
};
