#include "sandbox/identity/clientauthenticator.h"

#include "sandbox/identity/identityform.h"
#include "sandbox/identity/tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSslCertificate>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace {
const qint64 ClockSkewSeconds = 300;

bool verifyPs256(const QByteArray &jwt, const QByteArray &certificatePem)
{
    const qsizetype lastDot = jwt.lastIndexOf('.');
    const auto signature = QByteArray::fromBase64Encoding(
        jwt.mid(lastDot + 1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!signature)
        return false;
    const QByteArray input = jwt.left(lastDot);
    BIO *bio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return false;
    EVP_PKEY *key = X509_get_pubkey(cert);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    const bool ok =
        key && EVP_DigestVerifyInit(ctx, &pctx, EVP_sha256(), nullptr, key) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.decoded.constData()),
                         size_t(signature.decoded.size()),
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    X509_free(cert);
    return ok;
}

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds).toUTC().toString(Qt::ISODate);
}
} // namespace

ClientAuthenticator::ClientAuthenticator(const Tenant &tenant) : m_tenant(tenant)
{}

bool ClientAuthenticator::authenticate(const IdentityForm &form, const SandboxRequest &request,
                                       const QStringList &audiences, Flow flow, const Tenant::App **app,
                                       TokenMinter::ClientAuth *auth, IdentityError *error)
{
    QString clientId = form.value(QStringLiteral("client_id"));
    QString secret = form.value(QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ")) { // client_secret_basic: urlencoded id and secret
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            if (clientId.isEmpty())
                clientId = IdentityForm::decode("a=" + decoded.left(colon)).value(QStringLiteral("a"));
            if (secret.isEmpty())
                secret = IdentityForm::decode("a=" + decoded.mid(colon + 1)).value(QStringLiteral("a"));
        }
    }
    const QByteArray assertion = form.value(QStringLiteral("client_assertion")).toLatin1();
    if (clientId.isEmpty() && !assertion.isEmpty()) {
        QJsonObject header, claims;
        if (TokenIssuer::splitJwt(assertion, &header, &claims))
            clientId = claims.value(QLatin1String("iss")).toString();
    }
    if (clientId.isEmpty()) {
        *error = IdentityError::missingParameter(QStringLiteral("client_id"));
        return false;
    }
    *app = m_tenant.findApp(clientId);
    if (!*app) {
        *error = IdentityError::applicationNotFound(clientId, m_tenant.displayName);
        return false;
    }
    const bool confidential = isConfidential(**app);
    const bool presented =
        !secret.isEmpty() || !assertion.isEmpty() || form.has(QStringLiteral("client_assertion_type"));
    if (presented && !confidential) {
        *error = IdentityError::publicClientWithCredential();
        return false;
    }
    if (!presented) {
        if (flow == Flow::ClientCredentials || (flow == Flow::Interactive && confidential)) {
            *error = IdentityError::missingClientCredential();
            return false;
        }
        *auth = TokenMinter::ClientAuth::Public;
        return true;
    }
    if (!secret.isEmpty()) {
        if ((*app)->secret.isEmpty() || secret != (*app)->secret) {
            *error = IdentityError::invalidClientSecret((*app)->clientId);
            return false;
        }
        *auth = TokenMinter::ClientAuth::Secret;
        return true;
    }
    if (form.value(QStringLiteral("client_assertion_type")) != assertionType()) {
        *error = IdentityError::invalidAssertionType();
        return false;
    }
    if (assertion.isEmpty()) {
        *error = IdentityError::missingParameter(QStringLiteral("client_assertion"));
        return false;
    }
    if (!checkAssertion(assertion, **app, audiences, error))
        return false;
    *auth = TokenMinter::ClientAuth::Certificate;
    return true;
}

bool ClientAuthenticator::checkAssertion(const QByteArray &assertion, const Tenant::App &app,
                                         const QStringList &audiences, IdentityError *error)
{
    QJsonObject header, claims;
    if (!TokenIssuer::splitJwt(assertion, &header, &claims)) {
        *error = IdentityError::malformedAssertion();
        return false;
    }
    const QString alg = header.value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("PS256")) {
        *error = IdentityError::unsupportedAssertionAlgorithm();
        return false;
    }
    // The key is named by its certificate's thumbprint: x5t (SHA-1) or x5t#S256 (SHA-256), base64url.
    const QSslCertificate certificate(app.certificatePem, QSsl::Pem);
    const QString x5t = header.value(QLatin1String("x5t")).toString();
    const QString x5tS256 = header.value(QLatin1String("x5t#S256")).toString();
    const auto thumbprintHex = [](const QString &b64) {
        return QString::fromLatin1(
            QByteArray::fromBase64(b64.toLatin1(), QByteArray::Base64UrlEncoding).toHex().toUpper());
    };
    const QString used = !x5t.isEmpty() ? thumbprintHex(x5t) : thumbprintHex(x5tS256);
    if (app.certificatePem.isEmpty() || certificate.isNull()) {
        *error = IdentityError::assertionKeyNotFound(used, app.clientId);
        return false;
    }
    // Compared as bytes: MSAL Python sends x5t with base64 padding, others without.
    const auto decoded = [](const QString &b64) {
        return QByteArray::fromBase64(b64.toLatin1(), QByteArray::Base64UrlEncoding);
    };
    const bool sha1Matches = x5t.isEmpty() || decoded(x5t) == certificate.digest(QCryptographicHash::Sha1);
    const bool sha256Matches =
        x5tS256.isEmpty() || decoded(x5tS256) == certificate.digest(QCryptographicHash::Sha256);
    if (!sha1Matches || !sha256Matches) {
        *error = IdentityError::assertionKeyNotFound(used, app.clientId);
        return false;
    }
    QJsonObject verifiedHeader, verifiedClaims;
    const bool signatureOk = alg == QLatin1String("RS256")
                                 ? TokenIssuer::verifyWithCertificate(assertion, app.certificatePem,
                                                                      &verifiedHeader, &verifiedClaims)
                                 : verifyPs256(assertion, app.certificatePem);
    if (!signatureOk) {
        *error = IdentityError::assertionSignature();
        return false;
    }
    if (claims.value(QLatin1String("iss")).toString().compare(app.clientId, Qt::CaseInsensitive) != 0 ||
        claims.value(QLatin1String("sub")).toString().compare(app.clientId, Qt::CaseInsensitive) != 0) {
        *error = IdentityError::assertionClientMismatch();
        return false;
    }
    QStringList given;
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (aud.isArray()) {
        for (const QJsonValue &v : aud.toArray())
            given.append(v.toString());
    } else {
        given.append(aud.toString());
    }
    bool audienceOk = false;
    for (const QString &a : given) {
        for (const QString &accepted : audiences)
            audienceOk = audienceOk || a.compare(accepted, Qt::CaseInsensitive) == 0;
    }
    if (!audienceOk) {
        *error = IdentityError::assertionAudience(given.join(QLatin1Char(',')), audiences.value(0));
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // NumericDate may have a fraction (PyJWT, which MSAL Python uses, writes time.time() floats).
    const auto seconds = [&claims](const char *name) {
        return qint64(claims.value(QLatin1String(name)).toDouble());
    };
    const qint64 exp = seconds("exp");
    const qint64 nbf = claims.contains(QLatin1String("nbf")) ? seconds("nbf") : seconds("iat");
    if (exp == 0 || exp + ClockSkewSeconds < now || nbf - ClockSkewSeconds > now) {
        *error = IdentityError::assertionTimeRange(isoTime(now), isoTime(nbf), isoTime(exp));
        return false;
    }
    const QString jti = claims.value(QLatin1String("jti")).toString();
    if (jti.isEmpty()) {
        *error = IdentityError::malformedAssertion();
        return false;
    }
    for (auto it = m_usedAssertionIds.begin(); it != m_usedAssertionIds.end();) {
        if (it->expires + ClockSkewSeconds < now)
            it = m_usedAssertionIds.erase(it);
        else
            ++it;
    }
    // MSAL caches its assertion and sends the same one for several minutes (Entra accepts that), so the
    // very same assertion may come again; another assertion with an identifier already seen may not.
    const QString key = app.clientId.toLower() + QLatin1Char('/') + jti;
    const QByteArray digest = QCryptographicHash::hash(assertion, QCryptographicHash::Sha256);
    const auto seen = m_usedAssertionIds.constFind(key);
    if (seen != m_usedAssertionIds.constEnd() && seen->digest != digest) {
        *error = IdentityError::assertionReplayed();
        return false;
    }
    m_usedAssertionIds.insert(key, UsedAssertion{exp, digest});
    return true;
}
