#pragma once

#include "auth/tokenresponse.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class IdentityRequest;
class QNetworkAccessManager;

// Sign-in on another device (RFC 8628): asks the devicecode endpoint for a user code, emits codeReady()
// for the user, then polls the token endpoint at the interval the server named (+5 s after slow_down)
// until the user approved, declined, or the code expired. Ends exactly once with finished() or failed().
class DeviceCodeSignIn : public QObject
{
    Q_OBJECT
public:
    // `scope` empty = "<profile.graphScope()> offline_access openid profile".
    DeviceCodeSignIn(const TenantProfile &profile, QNetworkAccessManager *network, QObject *parent = nullptr,
                     const QString &scope = QString());
    ~DeviceCodeSignIn() override;

    void start();
    // Stops polling; ends with failed(Cancelled) unless it already ended.
    void cancel();

    QString scope() const { return m_scope; }
    int pollIntervalSeconds() const { return m_intervalSeconds; }

signals:
    // Show `message` (the server's own instructions, in its language) or the code and address.
    void codeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds,
                   const QString &message);
    void finished(const TokenResponse &response);
    void failed(const Error &error);

private:
    void onCode(const QJsonObject &json);
    void poll();
    void onPollFailed(const Error &error, const QString &oauthError);
    void schedulePoll();
    void finish(const TokenResponse *response, const Error &error);

    TenantProfile m_profile;
    QNetworkAccessManager *m_network;
    QString m_scope;
    QString m_deviceCode;
    int m_intervalSeconds = 5;
    qint64 m_expiresAtMs = 0;
    QTimer m_pollTimer;
    QPointer<IdentityRequest> m_request;
    bool m_done = false;
};
