#include "auth/devicecodesignin.h"

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
    : TokenGrant(profile, network,
                 scope.isEmpty() ? profile.graphScope() + QStringLiteral(" offline_access openid profile")
                                 : scope,
                 QStringLiteral("device code sign-in"), parent)
{
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire early, and polling early earns slow_down.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
}

DeviceCodeSignIn::~DeviceCodeSignIn() = default;

void DeviceCodeSignIn::start()
{
    post(profile().deviceCodeEndpoint(),
         {{QStringLiteral("client_id"), profile().clientId}, {QStringLiteral("scope"), scope()}},
         [this](const QJsonObject &json) { onCode(json); });
}

void DeviceCodeSignIn::ending()
{
    m_pollTimer.stop();
}

void DeviceCodeSignIn::onCode(const QJsonObject &json)
{
    const QString deviceCode = json.value(QLatin1String("device_code")).toString();
    const QString userCode = json.value(QLatin1String("user_code")).toString();
    QString uri = json.value(QLatin1String("verification_uri")).toString();
    if (uri.isEmpty())
        uri = json.value(QLatin1String("verification_url")).toString(); // AAD v1 spelling
    const int expiresIn = json.value(QLatin1String("expires_in")).toVariant().toInt();
    const int interval = json.value(QLatin1String("interval")).toVariant().toInt();
    if (deviceCode.isEmpty() || userCode.isEmpty() || uri.isEmpty() || expiresIn <= 0) {
        fail(Error(Error::Kind::InvalidReply, QStringLiteral("POST ") + profile().deviceCodeEndpoint().path(),
                   QStringLiteral("The answer lacks device_code, user_code, verification_uri or "
                                  "expires_in.")));
        return;
    }
    m_deviceCode = deviceCode;
    m_intervalSeconds = interval > 0 ? interval : 5;
    m_expiresAtMs = QDateTime::currentMSecsSinceEpoch() + qint64(expiresIn) * 1000;
    qCInfo(lcAuth).noquote() << "device code sign-in for profile" << profile().name
                             << "waiting; polling every" << m_intervalSeconds << "s";
    emit codeReady(userCode, QUrl(uri), expiresIn, json.value(QLatin1String("message")).toString());
    if (!isFinished())
        schedulePoll();
}

void DeviceCodeSignIn::schedulePoll()
{
    const qint64 remaining = m_expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    if (remaining <= 0) {
        fail(SignInError::fromOAuth(QStringLiteral("expired_token"), QString(),
                                    QStringLiteral("device code sign-in")));
        return;
    }
    m_pollTimer.start(int(qMin<qint64>(qint64(m_intervalSeconds) * 1000, remaining)));
}

void DeviceCodeSignIn::poll()
{
    postToken({{QStringLiteral("grant_type"), QLatin1String(DeviceCodeGrant)},
               {QStringLiteral("client_id"), profile().clientId},
               {QStringLiteral("device_code"), m_deviceCode},
               {QStringLiteral("client_info"), QStringLiteral("1")}});
}

void DeviceCodeSignIn::refused(const Error &error, const QString &oauthError)
{
    if (m_deviceCode.isEmpty()) { // the devicecode endpoint itself refused
        fail(error);
    } else if (oauthError == QLatin1String("authorization_pending")) {
        schedulePoll();
    } else if (oauthError == QLatin1String("slow_down")) {
        m_intervalSeconds += SlowDownSeconds;
        qCInfo(lcAuth) << "device code sign-in: asked to slow down; polling every" << m_intervalSeconds
                       << "s";
        schedulePoll();
    } else {
        fail(error);
    }
}
