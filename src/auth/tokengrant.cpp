#include "auth/tokengrant.h"

#include "auth/logging.h"

#include <QDateTime>

TokenGrant::TokenGrant(const TenantProfile &profile, QNetworkAccessManager *network, const QString &scope,
                       const QString &name, QObject *parent)
    : QObject(parent), m_profile(profile), m_network(network), m_scope(scope), m_name(name)
{}

TokenGrant::~TokenGrant() = default;

void TokenGrant::cancel()
{
    fail(Error(Error::Kind::Cancelled, m_name));
}

void TokenGrant::postToken(const IdentityRequest::Fields &fields)
{
    QString clientId = m_profile.clientId;
    for (const auto &field : fields) {
        if (field.first == QLatin1String("client_id"))
            clientId = field.second;
    }
    post(m_profile.tokenEndpoint(), fields, [this, clientId](const QJsonObject &json) {
        TokenResponse response;
        Error error;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (!TokenResponse::fromJson(json, now, &response, &error) ||
            !response.checkIdToken(clientId, m_profile.tenant, now, &error)) {
            // Nothing of a refused answer is kept.
            fail(error);
            return;
        }
        const QString tid = response.idTokenClaims().value(QLatin1String("tid")).toString();
        if (!tid.isEmpty() && tid.compare(m_profile.tenant, Qt::CaseInsensitive) != 0)
            qCInfo(lcAuth).noquote() << m_name << "for profile" << m_profile.name << "signed in to tenant"
                                     << tid;
        succeed(response);
    });
}

void TokenGrant::post(const QUrl &endpoint, const IdentityRequest::Fields &fields, AnswerHandler answered)
{
    if (m_done)
        return;
    dropRequest();
    auto *request = new IdentityRequest(m_network, endpoint, fields, this);
    m_request = request;
    const auto release = [this, request] {
        if (m_request == request)
            m_request = nullptr;
        request->deleteLater();
    };
    connect(request, &IdentityRequest::finished, this, [this, release, answered](const QJsonObject &json) {
        release();
        if (!m_done)
            answered(json);
    });
    connect(request, &IdentityRequest::failed, this,
            [this, release](const Error &error, const QString &oauthError) {
                release();
                if (!m_done)
                    refused(error, oauthError);
            });
    request->start();
}

void TokenGrant::refused(const Error &error, const QString &)
{
    fail(error);
}

void TokenGrant::succeed(const TokenResponse &response)
{
    end(&response, Error());
}

void TokenGrant::fail(const Error &error)
{
    end(nullptr, error);
}

void TokenGrant::dropRequest()
{
    IdentityRequest *request = m_request;
    m_request = nullptr;
    if (!request)
        return;
    request->disconnect(this);
    request->cancel(); // aborts the transfer; its own answer goes nowhere now
    request->deleteLater();
}

void TokenGrant::end(const TokenResponse *response, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    dropRequest();
    ending();
    if (response) {
        qCInfo(lcAuth).noquote() << m_name << "for profile" << m_profile.name << "succeeded";
        emit finished(*response);
    } else {
        qCInfo(lcAuth).noquote() << m_name << "for profile" << m_profile.name << "failed:" << error.code()
                                 << error.where();
        emit failed(error);
    }
}
