#include "sandbox/identity/identityerror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace {
const QString InvalidRequest = QStringLiteral("invalid_request");
const QString InvalidGrant = QStringLiteral("invalid_grant");
const QString InvalidClient = QStringLiteral("invalid_client");
const QString InvalidScope = QStringLiteral("invalid_scope");
} // namespace

IdentityError::IdentityError(int status, const QString &error, int code, const QString &message)
    : m_status(status), m_error(error), m_code(code), m_message(message)
{}

QString IdentityError::correlationId(const SandboxRequest &request)
{
    const QByteArray given = request.header("client-request-id");
    if (!given.isEmpty())
        return QString::fromLatin1(given);
    // Stable for the request, so the description and the correlation_id field agree.
    return QUuid::createUuidV5(QUuid(), request.requestId).toString(QUuid::WithoutBraces);
}

QString IdentityError::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

QString IdentityError::description(const SandboxRequest &request) const
{
    return QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
        .arg(m_code)
        .arg(m_message, request.requestId, correlationId(request), timestamp());
}

SandboxResponse IdentityError::toResponse(const SandboxRequest &request) const
{
    SandboxResponse response = SandboxResponse::json(
        m_status, QJsonObject{{QStringLiteral("error"), m_error},
                              {QStringLiteral("error_description"), description(request)},
                              {QStringLiteral("error_codes"), QJsonArray{m_code}},
                              {QStringLiteral("timestamp"), timestamp()},
                              {QStringLiteral("trace_id"), request.requestId},
                              {QStringLiteral("correlation_id"), correlationId(request)},
                              {QStringLiteral("error_uri"),
                               QStringLiteral("%1/error?code=%2").arg(request.baseUrl).arg(m_code)}});
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("x-ms-request-id", request.requestId.toLatin1());
    return response;
}

QUrlQuery IdentityError::toRedirectQuery(const SandboxRequest &request, const QString &state) const
{
    const auto encode = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("error"), encode(m_error));
    query.addQueryItem(QStringLiteral("error_description"), encode(description(request)));
    query.addQueryItem(QStringLiteral("error_uri"),
                       encode(QStringLiteral("%1/error?code=%2").arg(request.baseUrl).arg(m_code)));
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), encode(state));
    return query;
}

// ---- Requests ------------------------------------------------------------------------------------------

IdentityError IdentityError::missingParameter(const QString &name)
{
    return {400, InvalidRequest, 900144,
            QStringLiteral("The request body must contain the following parameter: '%1'.").arg(name)};
}

IdentityError IdentityError::tenantNotFound(const QString &tenant)
{
    return {400, InvalidRequest, 90002,
            QStringLiteral(
                "Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing "
                "into the correct cloud. Check with your subscription administrator, this may happen if "
                "there are no active subscriptions for the tenant.")
                .arg(tenant)};
}

IdentityError IdentityError::applicationNotFound(const QString &clientId, const QString &tenantName)
{
    return {400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral(
                "Application with identifier '%1' was not found in the directory '%2'. This can happen "
                "if the application has not been installed by the administrator of the tenant or "
                "consented to by any user in the tenant. You may have sent your authentication request "
                "to the wrong tenant.")
                .arg(clientId, tenantName)};
}

IdentityError IdentityError::unsupportedGrantType(const QString &grantType)
{
    return {400, QStringLiteral("unsupported_grant_type"), 70003,
            QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType)};
}

IdentityError IdentityError::unsupportedResponseType(const QString &responseType)
{
    return {400, QStringLiteral("unsupported_response_type"), 70005,
            QStringLiteral("response_type '%1' is not enabled for the application.").arg(responseType)};
}

IdentityError IdentityError::redirectUriMismatch(const QString &redirectUri, const QString &clientId)
{
    return {
        400, InvalidRequest, 50011,
        QStringLiteral("The redirect URI '%1' specified in the request does not match the redirect URIs "
                       "configured for the application '%2'. Make sure the redirect URI sent in the request "
                       "matches one added to your application in the Azure portal. Navigate to "
                       "https://aka.ms/redirectUriMismatchError to learn more about how to fix this.")
            .arg(redirectUri, clientId)};
}

IdentityError IdentityError::noReplyAddress()
{
    return {400, InvalidRequest, 500113,
            QStringLiteral("No reply address is registered for the application.")};
}

IdentityError IdentityError::pkceRequired()
{
    return {400, InvalidRequest, 9002325,
            QStringLiteral("Proof Key for Code Exchange is required for cross-origin authorization code "
                           "redemption.")};
}

IdentityError IdentityError::unsupportedChallengeMethod(const QString &method)
{
    return {
        400, InvalidRequest, 5000111,
        QStringLiteral("Invalid code_challenge_method '%1'. The supported method is 'S256'.").arg(method)};
}

// ---- Scopes -------------------------------------------------------------------------------------------

IdentityError IdentityError::invalidScope(const QString &scope)
{
    return {
        400, InvalidScope, 70011,
        QStringLiteral("The provided value for the input parameter 'scope' is not valid. The scope %1 is not "
                       "valid.")
            .arg(scope)};
}

IdentityError IdentityError::multipleResources(const QString &scope)
{
    return {
        400, InvalidScope, 28000,
        QStringLiteral("Provided value for the input parameter scope is not valid because it contains more "
                       "than one resource. Scope %1 is not valid.")
            .arg(scope)};
}

IdentityError IdentityError::resourceNotFound(const QString &resource, const QString &tenantName)
{
    return {400, QStringLiteral("invalid_resource"), 500011,
            QStringLiteral(
                "The resource principal named %1 was not found in the tenant named %2. This can happen "
                "if the application has not been installed by the administrator of the tenant or "
                "consented to by any user in the tenant. You might have sent your authentication "
                "request to the wrong tenant.")
                .arg(resource, tenantName)};
}

IdentityError IdentityError::scopeNeedsDefault(const QString &scope)
{
    return {
        400, InvalidScope, 1002012,
        QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must have a "
                       "scope value with /.default suffixed to the resource identifier (application ID URI).")
            .arg(scope)};
}

// ---- Users ----------------------------------------------------------------------------------------------

IdentityError IdentityError::invalidCredentials()
{
    return {400, InvalidGrant, 50126,
            QStringLiteral("Error validating credentials due to invalid username or password.")};
}

IdentityError IdentityError::userNotFound(const QString &tenantName)
{
    return {
        400, InvalidGrant, 50034,
        QStringLiteral("The user account {EUII Hidden} does not exist in the %1 directory. To sign into this "
                       "application, the account must be added to the directory.")
            .arg(tenantName)};
}

IdentityError IdentityError::userDisabled()
{
    return {
        400, InvalidGrant, 50057,
        QStringLiteral("The user account is disabled. The account has been disabled by an administrator.")};
}

IdentityError IdentityError::loginRequired()
{
    return {400, QStringLiteral("login_required"), 50058,
            QStringLiteral("A silent sign-in request was sent but no user is signed in.")};
}

IdentityError IdentityError::userDeclined()
{
    return {400, QStringLiteral("access_denied"), 65004,
            QStringLiteral("User declined to consent to access the app.")};
}

// ---- Codes and refresh tokens ----------------------------------------------------------------------

IdentityError IdentityError::invalidCode()
{
    return {400, InvalidGrant, 70000,
            QStringLiteral("The provided value for the 'code' parameter is not valid.")};
}

IdentityError IdentityError::codeExpired()
{
    return {400, InvalidGrant, 70008,
            QStringLiteral(
                "The provided authorization code or refresh token has expired due to inactivity. Send a "
                "new interactive authorization request for this user and resource.")};
}

IdentityError IdentityError::codeRedeemed()
{
    return {400, InvalidGrant, 54005,
            QStringLiteral(
                "OAuth2 Authorization code was already redeemed, please retry with a new valid code or "
                "use an existing refresh token.")};
}

IdentityError IdentityError::verifierMismatch()
{
    return {
        400, InvalidGrant, 501481,
        QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the authorization "
                       "request.")};
}

IdentityError IdentityError::replyAddressMismatch(const QString &given, const QString &expected)
{
    return {400, InvalidGrant, 500112,
            QStringLiteral(
                "The reply address '%1' does not match the reply address '%2' provided when requesting "
                "Authorization code.")
                .arg(given, expected)};
}

IdentityError IdentityError::invalidRefreshToken()
{
    return {400, InvalidGrant, 70000,
            QStringLiteral(
                "The provided value for the input parameter 'refresh_token' or 'assertion' is not valid.")};
}

IdentityError IdentityError::malformedRefreshToken()
{
    return {400, InvalidGrant, 9002313, QStringLiteral("Invalid request. Request is malformed or invalid.")};
}

IdentityError IdentityError::refreshTokenExpired(const QString &issued, qint64 inactiveSeconds)
{
    return {
        400, InvalidGrant, 700082,
        QStringLiteral("The refresh token has expired due to inactivity. The token was issued on %1 and was "
                       "inactive for %2.")
            .arg(issued)
            .arg(QStringLiteral("%1:%2:%3")
                     .arg(inactiveSeconds / 3600, 2, 10, QLatin1Char('0'))
                     .arg((inactiveSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
                     .arg(inactiveSeconds % 60, 2, 10, QLatin1Char('0')))};
}

IdentityError IdentityError::refreshTokenRevoked(const QString &issued, const QString &validFrom)
{
    return {400, InvalidGrant, 50173,
            QStringLiteral(
                "The provided grant has expired due to it being revoked, a fresh auth token is needed. "
                "The user might have changed or reset their password. The grant was issued on '%1' and "
                "the TokensValidFrom date (for this user) is '%2'.")
                .arg(issued, validFrom)};
}

// ---- Client authentication -----------------------------------------------------------------------------

IdentityError IdentityError::publicClientWithCredential()
{
    return {401, InvalidClient, 700025,
            QStringLiteral(
                "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.")};
}

IdentityError IdentityError::missingClientCredential()
{
    return {401, InvalidClient, 7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                           "'client_secret'.")};
}

IdentityError IdentityError::invalidClientSecret(const QString &clientId)
{
    return {
        401, InvalidClient, 7000215,
        QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is the "
                       "client secret value, not the client secret ID, for a secret added to app '%1'.")
            .arg(clientId)};
}

IdentityError IdentityError::invalidAssertionType()
{
    return {400, InvalidRequest, 50027,
            QStringLiteral("Invalid client_assertion_type. The supported type is "
                           "'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'.")};
}

IdentityError IdentityError::malformedAssertion()
{
    return {400, InvalidRequest, 50027, QStringLiteral("JWT token is invalid or malformed.")};
}

IdentityError IdentityError::unsupportedAssertionAlgorithm()
{
    return {401, InvalidClient, 700027,
            QStringLiteral("Invalid JWT token. Unsupported asymmetric signing algorithm.")};
}

IdentityError IdentityError::assertionKeyNotFound(const QString &thumbprint, const QString &clientId)
{
    return {401, InvalidClient, 700027,
            QStringLiteral(
                "Client assertion contains an invalid signature. [Reason - The key was not found., "
                "Thumbprint of key used by client: '%1', Please visit the Azure Portal, Graph Explorer "
                "or directly use MS Graph to see configured keys for app Id '%2'.]")
                .arg(thumbprint, clientId)};
}

IdentityError IdentityError::assertionSignature()
{
    return {401, InvalidClient, 700027, QStringLiteral("Client assertion failed signature validation.")};
}

IdentityError IdentityError::assertionClientMismatch()
{
    return {
        401, InvalidClient, 700021,
        QStringLiteral("Client assertion application identifier doesn't match 'client_id' parameter. Review "
                       "the documentation at "
                       "https://docs.microsoft.com/en-us/azure/active-directory/develop/"
                       "active-directory-certificate-credentials .")};
}

IdentityError IdentityError::assertionAudience(const QString &audience, const QString &expected)
{
    return {401, InvalidClient, 700212,
            QStringLiteral(
                "Client assertion audience claim does not match the token endpoint. The audience in the "
                "assertion was '%1' and the expected audience is '%2'.")
                .arg(audience, expected)};
}

IdentityError IdentityError::assertionTimeRange(const QString &now, const QString &validFrom,
                                                const QString &expiry)
{
    return {401, InvalidClient, 700024,
            QStringLiteral(
                "Client assertion is not within its valid time range. Current time: %1, assertion valid "
                "from %2, expiry time of assertion %3.")
                .arg(now, validFrom, expiry)};
}

IdentityError IdentityError::assertionReplayed()
{
    return {
        401, InvalidClient, 700023,
        QStringLiteral("Client assertion contains a token identifier (jti) that was already used by another "
                       "assertion.")};
}

// ---- Device code ------------------------------------------------------------------------------------------

IdentityError IdentityError::authorizationPending()
{
    return {400, QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling.")};
}

IdentityError IdentityError::slowDown()
{
    // Not sent by Entra, which simply answers authorization_pending; RFC 8628's slow_down, so clients that
    // poll faster than the interval are caught here.
    return {400, QStringLiteral("slow_down"), 70016,
            QStringLiteral(
                "OAuth 2.0 device flow error. Polling too frequently: wait the interval before polling "
                "again.")};
}

IdentityError IdentityError::deviceCodeExpired()
{
    return {400, QStringLiteral("expired_token"), 70019, QStringLiteral("Verification code expired.")};
}

IdentityError IdentityError::authorizationDeclined()
{
    return {400, QStringLiteral("authorization_declined"), 70000,
            QStringLiteral("The user declined the authorization request on the device code page.")};
}

IdentityError IdentityError::badVerificationCode()
{
    return {400, QStringLiteral("bad_verification_code"), 70000,
            QStringLiteral("The provided value for the input parameter 'device_code' is not valid.")};
}
