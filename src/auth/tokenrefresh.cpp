#include "auth/tokenrefresh.h"

#include "auth/identityrequest.h"
#include "auth/logging.h"

#include <QDateTime>

TokenRefresh::TokenRefresh(const TenantProfile &profile, const QString &refreshToken, const QString &scope,
                           QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_profile(profile), m_refreshToken(refreshToken), m_scope(scope), m_network(network)
{}

TokenRefresh::~TokenRefresh() = default;

void TokenRefresh::start()
{
    m_request = new IdentityRequest(
        m_network, m_profile.tokenEndpoint(),
        {{QStringLiteral("client_id"), m_profile.clientId},
         {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
         {QStringLiteral("refresh_token"), m_refreshToken},
         {QStringLiteral("scope"), m_scope + QStringLiteral(" offline_access openid profile")},
         {QStringLiteral("client_info"), QStringLiteral("1")}},
        this);
    connect(m_request, &IdentityRequest::finished, this, [this](const QJsonObject &json) {
        TokenResponse response;
        Error error;
        if (TokenResponse::fromJson(json, QDateTime::currentSecsSinceEpoch(), &response, &error))
            finish(&response, Error());
        else
            finish(nullptr, error);
    });
    connect(m_request, &IdentityRequest::failed, this, [this](const Error &error, const QString &oauthError) {
        if (oauthError == QLatin1String("invalid_grant") ||
            oauthError == QLatin1String("interaction_required")) {
            // The refresh token expired or was revoked: only a new sign-in helps.
            Error required(Error::Kind::SignInRequired, error.where(), error.detail());
            required.setCode(error.code()).setHttpStatus(error.httpStatus()).setRequestId(error.requestId());
            finish(nullptr, required);
            return;
        }
        finish(nullptr, error);
    });
    m_request->start();
}

void TokenRefresh::cancel()
{
    if (m_request)
        m_request->cancel();
    if (!m_done)
        finish(nullptr, Error(Error::Kind::Cancelled, QStringLiteral("token refresh")));
}

void TokenRefresh::finish(const TokenResponse *response, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_request)
        m_request->deleteLater();
    qCDebug(lcAuth).noquote() << "refresh for" << m_scope
                              << (response ? QStringLiteral("succeeded")
                                           : QStringLiteral("failed: ") + error.code());
    if (response)
        emit finished(*response);
    else
        emit failed(error);
}
