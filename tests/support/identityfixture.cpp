#include "identityfixture.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrl>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

IdentityFixture::IdentityFixture(SandboxClient &client) : m_client(client)
{
    Tenant &t = client.tenant();
    if (t.tenantId.isEmpty())
        t.tenantId = Tenant::newGuid();
    if (t.initialDomain.isEmpty())
        t.initialDomain = QStringLiteral("tdx-school.onmicrosoft.com");
    if (t.displayName.isEmpty())
        t.displayName = QStringLiteral("Tdx School");

    // The certificate the sandbox made for its confidential app (certificate, then key, in one PEM file).
    QFile pem(client.sandbox().info().value(QLatin1String("confidentialClientCertificate")).toString());
    if (pem.open(QIODevice::ReadOnly)) {
        const QByteArray all = pem.readAll();
        const qsizetype keyStart = all.indexOf("-----BEGIN PRIVATE KEY-----");
        certificatePem = all.left(keyStart);
        privateKeyPem = all.mid(keyStart);
    }

    Tenant::App publicApp;
    publicApp.clientId = Tenant::newGuid();
    publicApp.displayName = QStringLiteral("Tenantdesk (test)");
    t.apps.append(publicApp);
    publicClientId = publicApp.clientId;

    Tenant::App confidential;
    confidential.clientId = Tenant::newGuid();
    confidential.displayName = QStringLiteral("Tenantdesk automation (test)");
    confidential.secret = QStringLiteral("tdx~secret.") + Tenant::newGuid();
    confidential.certificatePem = certificatePem;
    confidential.appRoles =
        QStringList{QStringLiteral("User.ReadWrite.All"), QStringLiteral("Organization.Read.All"),
                    QStringLiteral("Exchange.ManageAsApp")};
    t.apps.append(confidential);
    confidentialClientId = confidential.clientId;
    confidentialSecret = confidential.secret;
}

QString IdentityFixture::tenantId() const
{
    return m_client.tenant().tenantId;
}

QString IdentityFixture::authority() const
{
    return m_client.baseUrl() + QLatin1Char('/') + tenantId();
}

QString IdentityFixture::endpoint(const QString &name) const
{
    return authority() + QStringLiteral("/oauth2/v2.0/") + name;
}

QString IdentityFixture::username(const QString &nick) const
{
    return nick + QLatin1Char('@') + m_client.tenant().initialDomain;
}

QString IdentityFixture::addAccount(const QString &nick, const QString &password, bool enabled)
{
    Tenant &t = m_client.tenant();
    const QString id = Tenant::newGuid();
    t.users.insert(QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("displayName"), QStringLiteral("Tdx ") + nick},
                               {QStringLiteral("userPrincipalName"), username(nick)},
                               {QStringLiteral("mail"), username(nick)},
                               {QStringLiteral("accountEnabled"), enabled}},
                   t.nextSequence());
    t.accounts.append(Tenant::Account{id, username(nick), password, QStringLiteral("technician")});
    return id;
}

QString IdentityFixture::newVerifier()
{
    QByteArray random(48, '\0');
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(TokenIssuer::base64Url(random));
}

QString IdentityFixture::challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        TokenIssuer::base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

SandboxClient::Reply IdentityFixture::authorize(const Fields &fields)
{
    QStringList pairs;
    for (const auto &f : fields)
        pairs.append(f.first + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    return m_client.get(endpoint(QStringLiteral("authorize")) + QLatin1Char('?') +
                            pairs.join(QLatin1Char('&')),
                        QByteArray());
}

QUrlQuery IdentityFixture::redirectQuery(const SandboxClient::Reply &reply)
{
    const QUrl location(QString::fromUtf8(reply.header("Location")));
    return QUrlQuery(location.hasFragment() ? location.fragment(QUrl::FullyEncoded)
                                            : location.query(QUrl::FullyEncoded));
}

QString IdentityFixture::signIn(const QString &nick, const QString &password, const QString &scope,
                                const QString &verifier, const QString &state)
{
    const SandboxClient::Reply reply =
        authorize({{QStringLiteral("client_id"), publicClientId},
                   {QStringLiteral("response_type"), QStringLiteral("code")},
                   {QStringLiteral("redirect_uri"), redirectUri},
                   {QStringLiteral("scope"), scope},
                   {QStringLiteral("state"), state},
                   {QStringLiteral("code_challenge"), challengeOf(verifier)},
                   {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                   {QStringLiteral("login_hint"), username(nick)},
                   {QStringLiteral("sandbox_password"), password}});
    return redirectQuery(reply).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

SandboxClient::Reply IdentityFixture::signInTokens(const QString &nick, const QString &password,
                                                   const QString &scope)
{
    const QString verifier = newVerifier();
    const QString code = signIn(nick, password, scope, verifier);
    return token({{QStringLiteral("client_id"), publicClientId},
                  {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("redirect_uri"), redirectUri},
                  {QStringLiteral("code_verifier"), verifier},
                  {QStringLiteral("client_info"), QStringLiteral("1")}});
}

SandboxClient::Reply IdentityFixture::token(const Fields &fields)
{
    return m_client.postForm(endpoint(QStringLiteral("token")), fields);
}

QJsonObject IdentityFixture::claimsOf(const QByteArray &jwt)
{
    QJsonObject header, claims;
    TokenIssuer::splitJwt(jwt, &header, &claims);
    return claims;
}

QByteArray IdentityFixture::assertion(const QJsonObject &overrides, const QString &alg,
                                      const QByteArray &keyPem, const QJsonObject &headerOverrides)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (alg == QLatin1String("PS256"))
        header.insert(QStringLiteral("x5t#S256"), QString::fromLatin1(TokenIssuer::base64Url(
                                                      certificate.digest(QCryptographicHash::Sha256))));
    else
        header.insert(QStringLiteral("x5t"), QString::fromLatin1(TokenIssuer::base64Url(
                                                 certificate.digest(QCryptographicHash::Sha1))));
    for (auto it = headerOverrides.begin(); it != headerOverrides.end(); ++it)
        header.insert(it.key(), it.value());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("aud"), endpoint(QStringLiteral("token"))},
                       {QStringLiteral("iss"), confidentialClientId},
                       {QStringLiteral("sub"), confidentialClientId},
                       {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("nbf"), now},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 600}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key()); // null = leave the claim out
        else
            claims.insert(it.key(), it.value());
    }
    const QByteArray input = TokenIssuer::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                             '.' +
                             TokenIssuer::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const QByteArray pem = keyPem.isEmpty() ? privateKeyPem : keyPem;
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    QByteArray signature;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    size_t length = 0;
    if (key && EVP_DigestSignInit(ctx, &pctx, EVP_sha256(), nullptr, key) == 1) {
        if (alg == QLatin1String("PS256")) {
            EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
        }
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        if (EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size())) == 1) {
            signature.resize(qsizetype(length));
            EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                           size_t(input.size()));
            signature.resize(qsizetype(length));
        }
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return input + '.' + TokenIssuer::base64Url(signature);
}
