#pragma once

#include "auth/tokengrant.h"

#include <QTimer>
#include <QUrl>

// Sign-in on another device (RFC 8628): asks the devicecode endpoint for a user code, emits codeReady()
// for the user, then polls the token endpoint at the interval the server named (+5 s after slow_down)
// until the user approved, declined, or the code expired. Ends exactly once with finished() or failed().
class DeviceCodeSignIn : public TokenGrant
{
    Q_OBJECT
public:
    // `scope` empty = "<profile.graphScope()> offline_access openid profile".
    DeviceCodeSignIn(const TenantProfile &profile, QNetworkAccessManager *network, QObject *parent = nullptr,
                     const QString &scope = QString());
    ~DeviceCodeSignIn() override;

    void start() override;

    int pollIntervalSeconds() const { return m_intervalSeconds; }

signals:
    // Show `message` (the server's own instructions, in its language) or the code and address.
    void codeReady(const QString &userCode, const QUrl &verificationUri, int expiresInSeconds,
                   const QString &message);

protected:
    void refused(const Error &error, const QString &oauthError) override;
    void ending() override;

private:
    void onCode(const QJsonObject &json);
    void poll();
    void schedulePoll();

    QString m_deviceCode;
    int m_intervalSeconds = 5;
    qint64 m_expiresAtMs = 0;
    QTimer m_pollTimer;
};
