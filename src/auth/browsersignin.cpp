#include "auth/browsersignin.h"

#include "auth/logging.h"
#include "auth/pkce.h"
#include "auth/signinerror.h"

#include <QHostAddress>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace {
QString callbackValue(const QVariantMap &values, const char *name)
{
    // The reply handler hands over the query items as they came; Qt's own flow decodes them the same way.
    return QUrl::fromPercentEncoding(values.value(QLatin1String(name)).toString().toUtf8());
}
} // namespace

BrowserSignIn::BrowserSignIn(const TenantProfile &profile, QNetworkAccessManager *network, QObject *parent,
                             const QString &scope)
    : TokenGrant(profile, network,
                 scope.isEmpty() ? QStringLiteral("openid profile offline_access ") + profile.graphScope()
                                 : scope,
                 QStringLiteral("browser sign-in"), parent)
{}

BrowserSignIn::~BrowserSignIn() = default;

QUrl BrowserSignIn::redirectUri() const
{
    return m_redirectUri;
}

void BrowserSignIn::start()
{
    // Loopback only: the redirect never leaves this machine and nothing else can reach the listener.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_handler->isListening()) {
        fail(Error(Error::Kind::Configuration, QStringLiteral("loopback redirect"))
                 .setMessage(tr("The console could not listen on 127.0.0.1 for the browser's answer.")));
        return;
    }
    m_callbackText =
        tr("The sign-in is complete. You can close this browser window and return to Tenantdesk.");
    m_handler->setCallbackText(m_callbackText);

    m_redirectUri = QUrl(m_handler->callback()); // "http://127.0.0.1:<port>/"; lost once closed
    m_verifier = Pkce::newVerifier();
    m_state = QString::fromLatin1(Pkce::randomToken(24));
    m_flow = new QOAuth2AuthorizationCodeFlow(network(), this);
    m_flow->setAuthorizationUrl(profile().authorizeEndpoint());
    m_flow->setAccessTokenUrl(profile().tokenEndpoint());
    m_flow->setClientIdentifier(profile().clientId);
    m_flow->setScope(scope());
    m_flow->setReplyHandler(m_handler);
    m_flow->setState(m_state);
    const QByteArray challenge = Pkce::challenge(m_verifier);
    const QString loginHint = profile().account;
    m_flow->setModifyParametersFunction(
        [challenge, loginHint](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            parameters->insert(QStringLiteral("client_info"), QStringLiteral("1"));
            parameters->insert(QStringLiteral("prompt"), QStringLiteral("select_account"));
            if (!loginHint.isEmpty())
                parameters->insert(QStringLiteral("login_hint"), loginHint);
        });
    QUrl url;
    const QMetaObject::Connection urlConnection = connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
                                                          [&url](const QUrl &built) { url = built; });
    m_flow->grant();
    disconnect(urlConnection);
    // The code is redeemed here (QOAuth2AuthorizationCodeFlow 6.4 drops error bodies, client_info and
    // id_token, and only logs a state mismatch), so the flow must not see the callback.
    QObject::disconnect(m_handler, nullptr, m_flow, nullptr);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserSignIn::onCallback);
    qCInfo(lcAuth).noquote() << "browser sign-in for profile" << profile().name << "waiting on"
                             << m_handler->callback();
    emit authorizationUrl(url);
}

void BrowserSignIn::ending()
{
    if (m_handler)
        m_handler->close();
}

void BrowserSignIn::onCallback(const QVariantMap &values)
{
    if (isFinished() || isPosting())
        return;
    const QString state = callbackValue(values, "state");
    if (state.isEmpty() || state != m_state) {
        // Not the redirect of this sign-in: the browser asking for /favicon.ico, another program, or a forged
        // or stale redirect. It is answered with this text (the handler writes it after this signal) and
        // ignored; the listener waits on for the real redirect.
        qCWarning(lcAuth) << "browser sign-in: a loopback request without this sign-in's state was ignored";
        if (m_handler)
            m_handler->setCallbackText(tr("This request does not belong to the sign-in in progress and was "
                                          "ignored."));
        return;
    }
    if (m_handler) {
        m_handler->setCallbackText(m_callbackText);
        m_handler->close();
    }
    const QString error = callbackValue(values, "error");
    if (!error.isEmpty()) {
        fail(SignInError::fromOAuth(error, callbackValue(values, "error_description"),
                                    QStringLiteral("authorize redirect")));
        return;
    }
    const QString code = callbackValue(values, "code");
    if (code.isEmpty()) {
        fail(Error(Error::Kind::InvalidReply, QStringLiteral("authorize redirect"),
                   QStringLiteral("The redirect carries no code.")));
        return;
    }
    postToken({{QStringLiteral("client_id"), profile().clientId},
               {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
               {QStringLiteral("code"), code},
               {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
               {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
               {QStringLiteral("scope"), scope()},
               {QStringLiteral("client_info"), QStringLiteral("1")}});
}
