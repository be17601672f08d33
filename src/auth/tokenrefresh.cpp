#include "auth/tokenrefresh.h"

TokenRefresh::TokenRefresh(const TenantProfile &profile, const QString &refreshToken, const QString &scope,
                           QNetworkAccessManager *network, QObject *parent)
    : TokenGrant(profile, network, scope, QStringLiteral("token refresh"), parent),
      m_refreshToken(refreshToken)
{}

TokenRefresh::~TokenRefresh() = default;

void TokenRefresh::start()
{
    postToken({{QStringLiteral("client_id"), profile().clientId},
               {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
               {QStringLiteral("refresh_token"), m_refreshToken},
               {QStringLiteral("scope"), scope() + QStringLiteral(" offline_access openid profile")},
               {QStringLiteral("client_info"), QStringLiteral("1")}});
}

void TokenRefresh::refused(const Error &error, const QString &oauthError)
{
    if (oauthError == QLatin1String("invalid_grant") || oauthError == QLatin1String("interaction_required")) {
        // The refresh token expired or was revoked: only a new sign-in helps.
        Error required(Error::Kind::SignInRequired, error.where(), error.detail());
        required.setCode(error.code()).setHttpStatus(error.httpStatus()).setRequestId(error.requestId());
        fail(required);
        return;
    }
    fail(error);
}
