#include "sandbox/identity/tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

struct TokenIssuer::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {
bool rs256Verify(EVP_PKEY *key, const QByteArray &signingInput, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
              EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                               size_t(signature.size()),
                               reinterpret_cast<const unsigned char *>(signingInput.constData()),
                               size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray bignumParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return QByteArray();
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}
} // namespace

TokenIssuer::TokenIssuer() : m_key(std::make_unique<Key>())
{
    m_key->pkey = EVP_RSA_gen(2048);
    updateKeyId();
}

TokenIssuer::~TokenIssuer() = default;

void TokenIssuer::updateKeyId()
{
    if (m_key->pkey) {
        const QByteArray n = bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N);
        m_keyId = QString::fromLatin1(base64Url(QCryptographicHash::hash(n, QCryptographicHash::Sha1)));
    }
}

QByteArray TokenIssuer::privateKeyPem() const
{
    if (!m_key->pkey)
        return QByteArray();
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (PEM_write_bio_PrivateKey(bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, qsizetype(size));
    }
    BIO_free(bio);
    return pem;
}

bool TokenIssuer::setPrivateKeyPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        return false;
    }
    EVP_PKEY_free(m_key->pkey);
    m_key->pkey = key;
    updateKeyId();
    return true;
}

bool TokenIssuer::isValid() const
{
    return m_key->pkey != nullptr;
}

QByteArray TokenIssuer::base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool TokenIssuer::splitJwt(const QByteArray &jwt, QJsonObject *header, QJsonObject *claims)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const auto decode = [](const QByteArray &part, QJsonObject *out) {
        const auto bytes = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding |
                                                                    QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *out = doc.object();
        return true;
    };
    return decode(parts[0], header) && decode(parts[1], claims);
}

QByteArray TokenIssuer::sign(const QJsonObject &claims) const
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), m_keyId}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return input + '.' + base64Url(signature);
}

bool TokenIssuer::verify(const QByteArray &jwt, QJsonObject *claims, QString *error) const
{
    QJsonObject header;
    if (!splitJwt(jwt, &header, claims)) {
        *error = QStringLiteral("malformed");
        return false;
    }
    const qsizetype lastDot = jwt.lastIndexOf('.');
    const auto signature =
        QByteArray::fromBase64Encoding(jwt.mid(lastDot + 1), QByteArray::Base64UrlEncoding);
    if (header.value(QLatin1String("alg")).toString() != QLatin1String("RS256") || !signature ||
        !rs256Verify(m_key->pkey, jwt.left(lastDot), *signature)) {
        *error = QStringLiteral("signature");
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 skew = 300;
    if (claims->value(QLatin1String("exp")).toInteger() + skew < now) {
        *error = QStringLiteral("expired");
        return false;
    }
    if (claims->contains(QLatin1String("nbf")) &&
        claims->value(QLatin1String("nbf")).toInteger() - skew > now) {
        *error = QStringLiteral("notYetValid");
        return false;
    }
    return true;
}

QJsonObject TokenIssuer::jwks() const
{
    const QJsonObject key{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), m_keyId},
        {QStringLiteral("n"),
         QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"),
         QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E)))},
    };
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{key}}};
}

bool TokenIssuer::verifyWithCertificate(const QByteArray &jwt, const QByteArray &certificatePem,
                                        QJsonObject *header, QJsonObject *claims)
{
    if (!splitJwt(jwt, header, claims))
        return false;
    BIO *bio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return false;
    EVP_PKEY *key = X509_get_pubkey(cert);
    const qsizetype lastDot = jwt.lastIndexOf('.');
    const auto signature =
        QByteArray::fromBase64Encoding(jwt.mid(lastDot + 1), QByteArray::Base64UrlEncoding);
    const bool ok = key && signature && rs256Verify(key, jwt.left(lastDot), *signature);
    EVP_PKEY_free(key);
    X509_free(cert);
    return ok;
}
