#include "sandbox/identity/authorizeendpoint.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identityform.h"
#include "sandbox/identity/identitypages.h"
#include "sandbox/identity/identitystate.h"
#include "sandbox/identity/scoperequest.h"

#include <QDateTime>
#include <QUrl>
#include <QUuid>

AuthorizeEndpoint::AuthorizeEndpoint(IdentityState &state) : m_state(state)
{}

bool AuthorizeEndpoint::isLoopbackRedirect(const QString &redirectUri)
{
    const QUrl url(redirectUri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("http") && !url.hasFragment() &&
           (url.host() == QLatin1String("127.0.0.1") ||
            url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0);
}

QString AuthorizeEndpoint::cookie(const SandboxRequest &request, const QString &name)
{
    const QString header = QString::fromLatin1(request.header("Cookie"));
    for (const QString &part : header.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(name + QLatin1Char('=')))
            return trimmed.mid(name.size() + 1);
    }
    return QString();
}

QString AuthorizeEndpoint::sessionUser(const SandboxRequest &request, qint64 *authTime) const
{
    const auto it = m_state.sessions.constFind(IdentityForm::digest(cookie(request, cookieName())));
    if (it == m_state.sessions.constEnd())
        return QString();
    IdentityError ignored;
    if (!m_state.checkUserActive(it->userId, &ignored) ||
        it->authTime < m_state.sessionsValidFrom(it->userId))
        return QString();
    *authTime = it->authTime;
    return it->userId;
}

QString AuthorizeEndpoint::signInText(const IdentityError &error)
{
    switch (error.code()) {
    case 50126:
        return QStringLiteral(
            "Your account or password is incorrect. If you don't remember your password, reset it now.");
    case 50034:
        return QStringLiteral(
            "This username may be incorrect. Make sure you typed it correctly. Otherwise, contact "
            "your admin.");
    case 50057:
        return QStringLiteral(
            "Your account has been locked. Contact your support person to unlock it, then try again.");
    default:
        return QStringLiteral("AADSTS%1: %2").arg(error.code()).arg(error.message());
    }
}

SandboxResponse AuthorizeEndpoint::redirect(const QString &redirectUri, const QString &responseMode,
                                            const Fields &fields) const
{
    if (responseMode == QLatin1String("form_post")) {
        QHash<QString, QString> values;
        for (const auto &f : fields)
            values.insert(f.first, f.second);
        return IdentityPages::formPost(redirectUri, values);
    }
    QStringList pairs;
    for (const auto &f : fields)
        pairs.append(f.first + QLatin1Char('=') + IdentityForm::encode(f.second));
    QString location = redirectUri;
    if (responseMode == QLatin1String("fragment"))
        location += QLatin1Char('#');
    else
        location += redirectUri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    location += pairs.join(QLatin1Char('&'));
    SandboxResponse response = SandboxResponse::text(302, "text/html; charset=utf-8", QByteArray());
    response.setHeader("Location", location.toUtf8());
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

SandboxResponse AuthorizeEndpoint::redirectError(const SandboxRequest &request, const QString &redirectUri,
                                                 const QString &responseMode, const QString &state,
                                                 const IdentityError &error) const
{
    // The front channel only knows the OAuth authorization errors; a credential failure is access_denied.
    const QString code =
        error.error() == QLatin1String("invalid_grant") ? QStringLiteral("access_denied") : error.error();
    const IdentityError sent(error.status(), code, error.code(), error.message());
    Fields fields{{QStringLiteral("error"), sent.error()},
                  {QStringLiteral("error_description"), sent.description(request)},
                  {QStringLiteral("error_uri"),
                   QStringLiteral("%1/error?code=%2").arg(request.baseUrl).arg(sent.code())}};
    if (!state.isEmpty())
        fields.append({QStringLiteral("state"), state});
    return redirect(redirectUri, responseMode, fields);
}

SandboxResponse AuthorizeEndpoint::handle(const SandboxRequest &request)
{
    const IdentityForm form(request);
    const Tenant &tenant = m_state.tenant;
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty()) {
        const IdentityError e = IdentityError::missingParameter(QStringLiteral("client_id"));
        return IdentityPages::error(400, e.description(request));
    }
    const Tenant::App *app = tenant.findApp(clientId);
    if (!app)
        return IdentityPages::error(
            400, IdentityError::applicationNotFound(clientId, tenant.displayName).description(request));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty())
        return IdentityPages::error(400, IdentityError::noReplyAddress().description(request));
    if (!isLoopbackRedirect(redirectUri))
        return IdentityPages::error(
            400, IdentityError::redirectUriMismatch(redirectUri, clientId).description(request));

    const QString state = form.value(QStringLiteral("state"));
    QString responseMode = form.value(QStringLiteral("response_mode"));
    if (responseMode != QLatin1String("fragment") && responseMode != QLatin1String("form_post"))
        responseMode = QStringLiteral("query");
    const auto fail = [&](const IdentityError &error) {
        return redirectError(request, redirectUri, responseMode, state, error);
    };
    const QString responseType = form.value(QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return fail(IdentityError::missingParameter(QStringLiteral("response_type")));
    if (responseType != QLatin1String("code"))
        return fail(IdentityError::unsupportedResponseType(responseType));
    ScopeRequest scopes;
    IdentityError scopeError;
    if (!scopes.parse(form.value(QStringLiteral("scope")), tenant.displayName, &scopeError))
        return fail(scopeError);
    if (scopes.delegatedGrant().isEmpty())
        return fail(IdentityError::invalidScope(scopes.original()));
    const QString challenge = form.value(QStringLiteral("code_challenge"));
    const QString method = form.value(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty() && !ClientAuthenticator::isConfidential(*app))
        return fail(IdentityError::pkceRequired());
    if (!challenge.isEmpty() && method != QLatin1String("S256"))
        return fail(
            IdentityError::unsupportedChallengeMethod(method.isEmpty() ? QStringLiteral("plain") : method));
    if (form.has(QStringLiteral("sandbox_cancel")))
        return fail(IdentityError::userDeclined());

    const QString prompt = form.value(QStringLiteral("prompt"));
    const QString loginHint = form.value(QStringLiteral("login_hint"));
    QString userId;
    qint64 authTime = 0;
    bool interactive = false;
    if (request.method == "POST" && form.has(QStringLiteral("login"))) {
        IdentityError error;
        if (!m_state.checkPassword(form.value(QStringLiteral("login")), form.value(QStringLiteral("passwd")),
                                   &userId, &error)) {
            QHash<QString, QString> fields = form.values();
            fields.remove(QStringLiteral("login"));
            fields.remove(QStringLiteral("passwd"));
            return IdentityPages::signIn(request.path, fields, app->displayName,
                                         form.value(QStringLiteral("login")), signInText(error));
        }
        interactive = true;
    } else if (form.has(QStringLiteral("sandbox_password"))) {
        if (loginHint.isEmpty())
            return fail(IdentityError::missingParameter(QStringLiteral("login_hint")));
        IdentityError error;
        if (!m_state.checkPassword(loginHint, form.value(QStringLiteral("sandbox_password")), &userId,
                                   &error))
            return fail(error);
        interactive = true;
    } else {
        const bool forceLogin = prompt == QLatin1String("login") ||
                                prompt == QLatin1String("select_account") ||
                                prompt == QLatin1String("consent");
        if (!forceLogin)
            userId = sessionUser(request, &authTime);
        const Tenant::Account *hinted = loginHint.isEmpty() ? nullptr : tenant.findAccount(loginHint);
        if (!userId.isEmpty() && !loginHint.isEmpty() && (!hinted || hinted->userId != userId))
            userId.clear(); // signed in as someone else than the hint names
        if (userId.isEmpty()) {
            if (prompt == QLatin1String("none"))
                return fail(IdentityError::loginRequired());
            QHash<QString, QString> fields = form.values();
            fields.remove(QStringLiteral("sandbox_password"));
            return IdentityPages::signIn(request.path, fields, app->displayName, loginHint, QString());
        }
    }

    QString sessionKey;
    if (interactive) {
        authTime = QDateTime::currentSecsSinceEpoch();
        sessionKey = IdentityForm::randomToken(48);
        m_state.sessions.insert(IdentityForm::digest(sessionKey), IdentityState::Session{userId, authTime});
    } else {
        sessionKey = cookie(request, cookieName());
    }
    AuthorizationCodeStore::Grant grant;
    grant.clientId = app->clientId;
    grant.redirectUri = redirectUri;
    grant.scope = scopes.original();
    grant.userId = userId;
    grant.codeChallenge = challenge;
    grant.nonce = form.value(QStringLiteral("nonce"));
    grant.authTime = authTime;
    const QString code = m_state.codes.issue(grant, m_state.settings.authorizationCodeLifetimeSeconds);
    Fields fields{{QStringLiteral("code"), code}};
    if (!state.isEmpty())
        fields.append({QStringLiteral("state"), state});
    fields.append({QStringLiteral("session_state"),
                   QUuid::createUuidV5(QUuid(), sessionKey).toString(QUuid::WithoutBraces)});
    SandboxResponse response = redirect(redirectUri, responseMode, fields);
    if (interactive)
        response.setHeader("Set-Cookie", QStringLiteral("%1=%2; path=/; secure; HttpOnly; SameSite=None")
                                             .arg(cookieName(), sessionKey)
                                             .toLatin1());
    return response;
}

SandboxResponse AuthorizeEndpoint::logout(const SandboxRequest &request)
{
    const IdentityForm form(request);
    const QString sessionKey = cookie(request, cookieName());
    QString userId = m_state.sessions.value(IdentityForm::digest(sessionKey)).userId;
    const QString hint = form.value(QStringLiteral("logout_hint"));
    if (userId.isEmpty() && !hint.isEmpty()) {
        if (const Tenant::Account *account = m_state.tenant.findAccount(hint))
            userId = account->userId;
    }
    if (!userId.isEmpty()) {
        m_state.refreshTokens.revokeUser(userId);
        for (auto it = m_state.sessions.begin(); it != m_state.sessions.end();) {
            if (it->userId == userId)
                it = m_state.sessions.erase(it);
            else
                ++it;
        }
    }
    const QString target = form.value(QStringLiteral("post_logout_redirect_uri"));
    SandboxResponse response;
    if (!target.isEmpty() && isLoopbackRedirect(target)) {
        Fields fields;
        if (form.has(QStringLiteral("state")))
            fields.append({QStringLiteral("state"), form.value(QStringLiteral("state"))});
        response = redirect(target, QStringLiteral("query"), fields);
        if (fields.isEmpty())
            response.setHeader("Location", target.toUtf8());
    } else {
        response = IdentityPages::message(200, QStringLiteral("You signed out of your account"),
                                          QStringLiteral("It's a good idea to close all browser windows."));
    }
    response.setHeader("Set-Cookie",
                       QStringLiteral("%1=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; secure; "
                                      "HttpOnly; SameSite=None")
                           .arg(cookieName())
                           .toLatin1());
    return response;
}
