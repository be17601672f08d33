#include "auth/devicecodesignin.h"

#include "auth/identityrequest.h"
#include "auth/logging.h"
#include "auth/signinerror.h"

#include <QDateTime>
#include <QJsonObject>

namespace {
const char DeviceCodeGrant[] = "urn:ietf:params:oauth:grant-type:device_code";
const int SlowDownSeconds = 5; // RFC 8628 section 3.5
} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(const TenantProfile &profile, QNetworkAccessManager *network,
                                   QObject *parent, const QString &scope)
    : QObject(parent), m_profile(profile), m_network(network),
      m_scope(scope.isEmpty() ? profile.graphScope() + QStringLiteral(" offline_access openid profile")
                              : scope)
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire early, and polling early earns slow_down.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

DeviceCodeSignIn::~DeviceCodeSignIn() = default;

void DeviceCodeSignIn::start()
{
    m_request = new IdentityRequest(
        m_network, m_profile.deviceCodeEndpoint(),
        {{QStringLiteral("client_id"), m_profile.clientId}, {QStringLiteral("scope"), m_scope}}, this);
    connect(m_request, &IdentityRequest::finished, this, &DeviceCodeSignIn::onCode);
    connect(m_request, &IdentityRequest::failed, this,
            [this](const Error &error, const QString &) { finish(nullptr, error); });
    m_request->start();
}

void DeviceCodeSignIn::cancel()
{
    m_pollTimer.stop();
    if (m_request)
        m_request->cancel();
    if (!m_done)
        finish(nullptr, Error(Error::Kind::Cancelled, QStringLiteral("device code sign-in")));
}

void DeviceCodeSignIn::onCode(const QJsonObject &json)
{
    if (m_request)
        m_request->deleteLater();
    m_deviceCode = json.value(QLatin1String("device_code")).toString();
    const QString userCode = json.value(QLatin1String("user_code")).toString();
    QString uri = json.value(QLatin1String("verification_uri")).toString();
    if (uri.isEmpty())
        uri = json.value(QLatin1String("verification_url")).toString(); // AAD v1 spelling
    const int expiresIn = json.value(QLatin1String("expires_in")).toVariant().toInt();
    const int interval = json.value(QLatin1String("interval")).toVariant().toInt();
    if (m_deviceCode.isEmpty() || userCode.isEmpty() || uri.isEmpty() || expiresIn <= 0) {
        finish(nullptr, Error(Error::Kind::InvalidReply,
                              QStringLiteral("POST ") + m_profile.deviceCodeEndpoint().path(),
                              QStringLiteral("The answer lacks device_code, user_code, verification_uri or "
                                             "expires_in.")));
        return;
    }
    m_intervalSeconds = interval > 0 ? interval : 5;
    m_expiresAtMs = QDateTime::currentMSecsSinceEpoch() + qint64(expiresIn) * 1000;
    qCInfo(lcAuth).noquote() << "device code sign-in for profile" << m_profile.name
                             << "waiting; polling every" << m_intervalSeconds << "s";
    emit codeReady(userCode, QUrl(uri), expiresIn, json.value(QLatin1String("message")).toString());
    if (!m_done)
        schedulePoll();
}

void DeviceCodeSignIn::schedulePoll()
{
    const qint64 remaining = m_expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    if (remaining <= 0) {
        finish(nullptr, SignInError::fromOAuth(QStringLiteral("expired_token"), QString(),
                                               QStringLiteral("device code sign-in")));
        return;
    }
    m_pollTimer.start(int(qMin<qint64>(qint64(m_intervalSeconds) * 1000, remaining)));
}

void DeviceCodeSignIn::poll()
{
    if (m_done)
        return;
    m_request = new IdentityRequest(m_network, m_profile.tokenEndpoint(),
                                    {{QStringLiteral("grant_type"), QLatin1String(DeviceCodeGrant)},
                                     {QStringLiteral("client_id"), m_profile.clientId},
                                     {QStringLiteral("device_code"), m_deviceCode},
                                     {QStringLiteral("client_info"), QStringLiteral("1")}},
                                    this);
    connect(m_request, &IdentityRequest::finished, this, [this](const QJsonObject &json) {
        m_request->deleteLater();
        TokenResponse response;
        Error error;
        if (TokenResponse::fromJson(json, QDateTime::currentSecsSinceEpoch(), &response, &error))
            finish(&response, Error());
        else
            finish(nullptr, error);
    });
    connect(m_request, &IdentityRequest::failed, this, &DeviceCodeSignIn::onPollFailed);
    m_request->start();
}

void DeviceCodeSignIn::onPollFailed(const Error &error, const QString &oauthError)
{
    if (m_request)
        m_request->deleteLater();
    if (m_done)
        return;
    if (oauthError == QLatin1String("authorization_pending")) {
        schedulePoll();
    } else if (oauthError == QLatin1String("slow_down")) {
        m_intervalSeconds += SlowDownSeconds;
        qCInfo(lcAuth) << "device code sign-in: asked to slow down; polling every" << m_intervalSeconds
                       << "s";
        schedulePoll();
    } else {
        finish(nullptr, error);
    }
}

void DeviceCodeSignIn::finish(const TokenResponse *response, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (response) {
        qCInfo(lcAuth).noquote() << "device code sign-in for profile" << m_profile.name << "succeeded";
        emit finished(*response);
    } else {
        qCInfo(lcAuth).noquote() << "device code sign-in for profile" << m_profile.name
                                 << "failed:" << error.code();
        emit failed(error);
    }
}
