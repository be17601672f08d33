#pragma once

#include <QByteArray>
#include <QString>

// A self-signed certificate and key made at start-up (never stored in the repository), valid for
// 127.0.0.1 and localhost. The certificate's PEM is what clients trust for this sandbox only.
class SandboxCertificate
{
public:
    // Generates an EC P-256 key and a certificate for `commonName`; false (with `error`) on failure.
    bool generate(const QString &commonName, QString *error);

    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray privateKeyPem() const { return m_keyPem; }

private:
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
};
