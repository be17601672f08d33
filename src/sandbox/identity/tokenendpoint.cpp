#include "sandbox/identity/tokenendpoint.h"

#include "sandbox/identity/identityform.h"
#include "sandbox/identity/identitystate.h"
#include "sandbox/identity/scoperequest.h"
#include "sandbox/identity/tokenissuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace {
QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs).toUTC().toString(Qt::ISODate);
}
} // namespace

TokenEndpoint::TokenEndpoint(IdentityState &state) : m_state(state)
{}

SandboxResponse TokenEndpoint::success(const SandboxRequest &request, const QJsonObject &body)
{
    SandboxResponse response = SandboxResponse::json(200, body);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("x-ms-request-id", request.requestId.toLatin1());
    return response;
}

SandboxResponse TokenEndpoint::handle(const SandboxRequest &request, const QString &tenantSegment)
{
    if (request.method != "POST")
        return IdentityError(
                   400, QStringLiteral("invalid_request"), 900561,
                   QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.")
                       .arg(QString::fromLatin1(request.method)))
            .toResponse(request);
    const IdentityForm form(request);
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return IdentityError::missingParameter(QStringLiteral("grant_type")).toResponse(request);
    ClientAuthenticator::Flow flow = ClientAuthenticator::Flow::Interactive;
    if (grantType == QLatin1String("client_credentials"))
        flow = ClientAuthenticator::Flow::ClientCredentials;
    else if (grantType == deviceCodeGrant())
        flow = ClientAuthenticator::Flow::DeviceCode;
    Client client;
    IdentityError error;
    if (!m_state.clients.authenticate(form, request,
                                      m_state.assertionAudiences(request.baseUrl, tenantSegment), flow,
                                      &client.app, &client.auth, &error))
        return error.toResponse(request);
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCode(request, form, client);
    if (grantType == QLatin1String("refresh_token"))
        return refreshToken(request, form, client);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(request, form, client);
    if (grantType == deviceCodeGrant())
        return deviceCode(request, form, client);
    if (grantType == QLatin1String("password"))
        return password(request, form, client);
    return IdentityError::unsupportedGrantType(grantType).toResponse(request);
}

SandboxResponse TokenEndpoint::authorizationCode(const SandboxRequest &request, const IdentityForm &form,
                                                 const Client &client)
{
    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return IdentityError::missingParameter(QStringLiteral("code")).toResponse(request);
    AuthorizationCodeStore::Grant grant;
    switch (m_state.codes.redeem(code, &grant)) {
    case AuthorizationCodeStore::Lookup::Unknown:
        return IdentityError::invalidCode().toResponse(request);
    case AuthorizationCodeStore::Lookup::Expired:
        return IdentityError::codeExpired().toResponse(request);
    case AuthorizationCodeStore::Lookup::Redeemed:
        return IdentityError::codeRedeemed().toResponse(request);
    case AuthorizationCodeStore::Lookup::Valid:
        break;
    }
    if (grant.clientId.compare(client.app->clientId, Qt::CaseInsensitive) != 0)
        return IdentityError::invalidCode().toResponse(request);
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty())
        return IdentityError::missingParameter(QStringLiteral("redirect_uri")).toResponse(request);
    if (redirectUri != grant.redirectUri)
        return IdentityError::replyAddressMismatch(redirectUri, grant.redirectUri).toResponse(request);
    if (!grant.codeChallenge.isEmpty()) {
        const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
        const QByteArray expected =
            TokenIssuer::base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
        if (verifier.isEmpty() || QString::fromLatin1(expected) != grant.codeChallenge)
            return IdentityError::verifierMismatch().toResponse(request);
    }
    IdentityError error;
    if (!m_state.checkUserActive(grant.userId, &error))
        return error.toResponse(request);
    UserSignIn signIn;
    signIn.userId = grant.userId;
    signIn.scope = form.has(QStringLiteral("scope")) ? form.value(QStringLiteral("scope")) : grant.scope;
    signIn.originalScope = grant.scope;
    signIn.nonce = grant.nonce;
    signIn.authTime = grant.authTime;
    return issueUserTokens(request, form, client, signIn);
}

SandboxResponse TokenEndpoint::refreshToken(const SandboxRequest &request, const IdentityForm &form,
                                            const Client &client)
{
    const QString token = form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return IdentityError::missingParameter(QStringLiteral("refresh_token")).toResponse(request);
    RefreshTokenStore::Grant grant;
    const IdentitySettings &settings = m_state.settings;
    switch (m_state.refreshTokens.lookup(token, settings.refreshTokenLifetimeSeconds,
                                         settings.refreshTokenGraceSeconds, &grant)) {
    case RefreshTokenStore::Lookup::Unknown:
        return IdentityError::malformedRefreshToken().toResponse(request);
    case RefreshTokenStore::Lookup::Superseded:
        return IdentityError::invalidRefreshToken().toResponse(request);
    case RefreshTokenStore::Lookup::Expired:
        return IdentityError::refreshTokenExpired(
                   isoTime(grant.issuedAtMs), (QDateTime::currentMSecsSinceEpoch() - grant.lastUsedMs) / 1000)
            .toResponse(request);
    case RefreshTokenStore::Lookup::Revoked:
        return IdentityError::refreshTokenRevoked(isoTime(grant.issuedAtMs),
                                                  isoTime(QDateTime::currentMSecsSinceEpoch()))
            .toResponse(request);
    case RefreshTokenStore::Lookup::Valid:
        break;
    }
    if (grant.clientId.compare(client.app->clientId, Qt::CaseInsensitive) != 0)
        return IdentityError::invalidRefreshToken().toResponse(request);
    IdentityError error;
    if (!m_state.checkUserActive(grant.userId, &error))
        return error.toResponse(request);
    const qint64 validFrom = m_state.sessionsValidFrom(grant.userId);
    if (validFrom > 0 && grant.authTime < validFrom)
        return IdentityError::refreshTokenRevoked(isoTime(grant.issuedAtMs), isoTime(validFrom * 1000))
            .toResponse(request);
    UserSignIn signIn;
    signIn.userId = grant.userId;
    signIn.scope = form.value(QStringLiteral("scope")).trimmed().isEmpty()
                       ? grant.scope
                       : form.value(QStringLiteral("scope"));
    signIn.originalScope = grant.scope;
    signIn.authTime = grant.authTime;
    signIn.alwaysRefresh = true;
    SandboxResponse response = issueUserTokens(request, form, client, signIn);
    if (response.status == 200)
        m_state.refreshTokens.supersede(token);
    return response;
}

SandboxResponse TokenEndpoint::clientCredentials(const SandboxRequest &request, const IdentityForm &form,
                                                 const Client &client)
{
    const QString scope = form.value(QStringLiteral("scope"));
    if (scope.trimmed().isEmpty())
        return IdentityError::missingParameter(QStringLiteral("scope")).toResponse(request);
    ScopeRequest scopes;
    IdentityError error;
    if (!scopes.parse(scope, m_state.tenant.displayName, &error))
        return error.toResponse(request);
    if (!scopes.isDefault() || scopes.openid() || scopes.profile() || scopes.email() ||
        scopes.offlineAccess())
        return IdentityError::scopeNeedsDefault(scope).toResponse(request);
    return success(request,
                   m_state.minter.appResponse(request.baseUrl, *client.app, scopes.resource(), client.auth));
}

SandboxResponse TokenEndpoint::deviceCode(const SandboxRequest &request, const IdentityForm &form,
                                          const Client &client)
{
    const QString code = form.value(QStringLiteral("device_code"));
    if (code.isEmpty())
        return IdentityError::missingParameter(QStringLiteral("device_code")).toResponse(request);
    DeviceCodeStore::Entry *entry = m_state.deviceCodes.byDeviceCode(code);
    if (!entry || entry->clientId.compare(client.app->clientId, Qt::CaseInsensitive) != 0 ||
        entry->status == DeviceCodeStore::Status::Redeemed)
        return IdentityError::badVerificationCode().toResponse(request);
    if (DeviceCodeStore::isExpired(*entry))
        return IdentityError::deviceCodeExpired().toResponse(request);
    if (entry->status == DeviceCodeStore::Status::Declined)
        return IdentityError::authorizationDeclined().toResponse(request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 previousPoll = entry->lastPollMs;
    entry->lastPollMs = now;
    if (entry->status == DeviceCodeStore::Status::Pending) {
        if (previousPoll > 0 && now - previousPoll < qint64(entry->intervalSeconds) * 1000)
            return IdentityError::slowDown().toResponse(request);
        return IdentityError::authorizationPending().toResponse(request);
    }
    IdentityError error;
    if (!m_state.checkUserActive(entry->userId, &error))
        return error.toResponse(request);
    entry->status = DeviceCodeStore::Status::Redeemed;
    UserSignIn signIn;
    signIn.userId = entry->userId;
    signIn.scope = entry->scope;
    signIn.originalScope = entry->scope;
    signIn.authTime = entry->authTime;
    return issueUserTokens(request, form, client, signIn);
}

SandboxResponse TokenEndpoint::password(const SandboxRequest &request, const IdentityForm &form,
                                        const Client &client)
{
    for (const QString &name :
         {QStringLiteral("username"), QStringLiteral("password"), QStringLiteral("scope")}) {
        if (form.value(name).isEmpty())
            return IdentityError::missingParameter(name).toResponse(request);
    }
    UserSignIn signIn;
    IdentityError error;
    if (!m_state.checkPassword(form.value(QStringLiteral("username")), form.value(QStringLiteral("password")),
                               &signIn.userId, &error))
        return error.toResponse(request);
    signIn.scope = form.value(QStringLiteral("scope"));
    signIn.originalScope = signIn.scope;
    signIn.authTime = QDateTime::currentSecsSinceEpoch();
    return issueUserTokens(request, form, client, signIn);
}

SandboxResponse TokenEndpoint::issueUserTokens(const SandboxRequest &request, const IdentityForm &form,
                                               const Client &client, const UserSignIn &signIn)
{
    TokenMinter::UserGrant grant;
    IdentityError error;
    if (!grant.scopes.parse(signIn.scope, m_state.tenant.displayName, &error))
        return error.toResponse(request);
    if (grant.scopes.delegatedGrant().isEmpty())
        return IdentityError::invalidScope(grant.scopes.original()).toResponse(request);
    grant.app = client.app;
    grant.userId = signIn.userId;
    grant.nonce = signIn.nonce;
    grant.authTime = signIn.authTime;
    grant.auth = client.auth;
    grant.clientInfo = form.value(QStringLiteral("client_info")) == QLatin1String("1");
    if (grant.scopes.offlineAccess() || signIn.alwaysRefresh) {
        RefreshTokenStore::Grant refresh;
        refresh.userId = signIn.userId;
        refresh.clientId = client.app->clientId;
        refresh.scope = signIn.originalScope;
        refresh.authTime = signIn.authTime;
        grant.refreshToken = m_state.refreshTokens.issue(refresh);
    }
    return success(request, m_state.minter.userResponse(request.baseUrl, grant));
}
