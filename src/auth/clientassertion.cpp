#include "auth/clientassertion.h"

#include "auth/pkce.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace {
struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ContextDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

QByteArray signRs256(const QByteArray &pem, const QByteArray &input)
{
    std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return QByteArray();
    std::unique_ptr<EVP_PKEY, KeyDeleter> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return QByteArray();
    std::unique_ptr<EVP_MD_CTX, ContextDeleter> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) != 1)
        return QByteArray();
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                       size_t(input.size())) != 1)
        return QByteArray();
    signature.resize(qsizetype(length));
    return signature;
}
} // namespace

QByteArray ClientAssertion::create(const QString &pemPath, const QString &clientId, const QString &audience,
                                   Error *error, int lifetimeSeconds)
{
    QFile file(pemPath);
    if (pemPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error =
            Error(Error::Kind::Configuration, pemPath, file.errorString())
                .setMessage(tr("The certificate file %1 of the profile could not be read.").arg(pemPath));
        return QByteArray();
    }
    return createFromPem(file.readAll(), clientId, audience, error, lifetimeSeconds);
}

QByteArray ClientAssertion::createFromPem(const QByteArray &pem, const QString &clientId,
                                          const QString &audience, Error *error, int lifetimeSeconds)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        *error = Error(Error::Kind::Configuration, QStringLiteral("client certificate"))
                     .setMessage(tr("The profile's certificate file holds no certificate."));
        return QByteArray();
    }
    const QSslCertificate &certificate = certificates.first();
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("x5t"),
         QString::fromLatin1(Pkce::base64Url(certificate.digest(QCryptographicHash::Sha1)))},
        {QStringLiteral("x5t#S256"),
         QString::fromLatin1(Pkce::base64Url(certificate.digest(QCryptographicHash::Sha256)))},
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds},
    };
    const QByteArray input = Pkce::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             Pkce::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = signRs256(pem, input);
    if (signature.isEmpty()) {
        *error = Error(Error::Kind::Configuration, QStringLiteral("client certificate"))
                     .setMessage(tr("The profile's certificate file holds no usable RSA private key. The "
                                    "key must be in the same PEM file as the certificate and not be "
                                    "encrypted."));
        return QByteArray();
    }
    return input + '.' + Pkce::base64Url(signature);
}
