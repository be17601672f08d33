#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QString>
#include <QUrlQuery>

// One error of the Microsoft identity platform: the OAuth error code ("invalid_grant"), the AADSTS number
// and its English server text, and the HTTP status the token endpoint answers with. The named
// constructors hold Entra's texts, so every endpoint words the same failure the same way.
class IdentityError
{
public:
    IdentityError() = default;
    IdentityError(int status, const QString &error, int code, const QString &message);

    bool isNull() const { return m_error.isEmpty(); }
    int status() const { return m_status; }
    QString error() const { return m_error; }
    int code() const { return m_code; }
    QString message() const { return m_message; }

    // "AADSTS70011: <message>\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: 2024-01-09 02:02:12Z"
    QString description(const SandboxRequest &request) const;
    // The token endpoint's JSON: error, error_description, error_codes, timestamp, trace_id,
    // correlation_id, error_uri.
    SandboxResponse toResponse(const SandboxRequest &request) const;
    // The query (or fragment) items of an error redirect: error, error_description, error_uri, state.
    QUrlQuery toRedirectQuery(const SandboxRequest &request, const QString &state) const;

    static QString correlationId(const SandboxRequest &request);
    static QString timestamp();

    // ---- Requests ----------------------------------------------------------------------------------
    static IdentityError missingParameter(const QString &name);
    static IdentityError tenantNotFound(const QString &tenant);
    static IdentityError applicationNotFound(const QString &clientId, const QString &tenantName);
    static IdentityError unsupportedGrantType(const QString &grantType);
    static IdentityError unsupportedResponseType(const QString &responseType);
    static IdentityError redirectUriMismatch(const QString &redirectUri, const QString &clientId);
    static IdentityError noReplyAddress();
    static IdentityError pkceRequired();
    static IdentityError unsupportedChallengeMethod(const QString &method);
    // ---- Scopes ------------------------------------------------------------------------------------
    static IdentityError invalidScope(const QString &scope);
    static IdentityError multipleResources(const QString &scope);
    static IdentityError resourceNotFound(const QString &resource, const QString &tenantName);
    static IdentityError scopeNeedsDefault(const QString &scope);
    // ---- Users -------------------------------------------------------------------------------------
    static IdentityError invalidCredentials();
    static IdentityError userNotFound(const QString &tenantName);
    static IdentityError userDisabled();
    static IdentityError loginRequired();
    static IdentityError userDeclined();
    // ---- Codes and refresh tokens ----------------------------------------------------------------
    static IdentityError invalidCode();
    static IdentityError codeExpired();
    static IdentityError codeRedeemed();
    static IdentityError verifierMismatch();
    static IdentityError replyAddressMismatch(const QString &given, const QString &expected);
    static IdentityError invalidRefreshToken();
    static IdentityError malformedRefreshToken();
    static IdentityError refreshTokenExpired(const QString &issued, qint64 inactiveSeconds);
    static IdentityError refreshTokenRevoked(const QString &issued, const QString &validFrom);
    // ---- Client authentication -----------------------------------------------------------------------
    static IdentityError publicClientWithCredential();
    static IdentityError missingClientCredential();
    static IdentityError invalidClientSecret(const QString &clientId);
    static IdentityError invalidAssertionType();
    static IdentityError malformedAssertion();
    static IdentityError unsupportedAssertionAlgorithm();
    static IdentityError assertionKeyNotFound(const QString &thumbprint, const QString &clientId);
    static IdentityError assertionSignature();
    static IdentityError assertionClientMismatch();
    static IdentityError assertionAudience(const QString &audience, const QString &expected);
    static IdentityError assertionTimeRange(const QString &now, const QString &validFrom,
                                            const QString &expiry);
    static IdentityError assertionReplayed();
    // ---- Device code -----------------------------------------------------------------------------------
    static IdentityError authorizationPending();
    static IdentityError slowDown();
    static IdentityError deviceCodeExpired();
    static IdentityError authorizationDeclined();
    static IdentityError badVerificationCode();

private:
    int m_status = 400;
    QString m_error;
    int m_code = 0;
    QString m_message;
};
