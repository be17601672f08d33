#pragma once

#include "auth/tokengrant.h"

#include <QByteArray>
#include <QUrl>
#include <QVariantMap>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

// Interactive sign-in in the system browser: authorization code flow with PKCE (S256) and a loopback
// redirect to http://127.0.0.1:<port>/ (Qt NetworkAuth's QOAuthHttpServerReplyHandler). The flow builds
// the authorize URL; the code is redeemed here so client_info, id_token and every error are kept.
// The state parameter is checked: a loopback request without this sign-in's state (a favicon, a stray or
// forged request) is answered and ignored, and the listener waits on. Ends exactly once with finished() or
// failed().
class BrowserSignIn : public TokenGrant
{
    Q_OBJECT
public:
    // `scope` empty = "openid profile offline_access <profile.graphScope()>".
    BrowserSignIn(const TenantProfile &profile, QNetworkAccessManager *network, QObject *parent = nullptr,
                  const QString &scope = QString());
    ~BrowserSignIn() override;

    // Opens the loopback listener and emits authorizationUrl(); failed(Configuration) if it cannot listen.
    void start() override;

    QUrl redirectUri() const; // valid after start()

signals:
    // Open this URL in the user's browser (QDesktopServices::openUrl in the GUI).
    void authorizationUrl(const QUrl &url);

protected:
    void ending() override;

private:
    void onCallback(const QVariantMap &values);

    QUrl m_redirectUri;
    QByteArray m_verifier;
    QString m_state;
    QString m_callbackText; // the page the browser shows after the real redirect
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
};
