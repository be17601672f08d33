#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {
bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}
} // namespace

QByteArray Pkce::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &c : random)
        c = char(generator->bounded(256));
    return base64Url(random);
}

QByteArray Pkce::newVerifier()
{
    return randomToken(48); // 48 bytes -> 64 base64url characters
}

QByteArray Pkce::challenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (char c : verifier) {
        if (!isUnreserved(c))
            return false;
    }
    return true;
}
