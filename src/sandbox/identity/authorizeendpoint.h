#pragma once

#include "sandbox/common/sandboxhttp.h"
#include "sandbox/identity/identityerror.h"

#include <QList>
#include <QPair>
#include <QString>

class IdentityForm;
class IdentityState;

// GET|POST /{tenant}/oauth2/v2.0/authorize: the authorization code flow's front channel.
//   - client_id must be a known app, redirect_uri a loopback http://127.0.0.1:port/… or http://localhost…
//     (anything else gets an HTML error page, as Entra gives when it cannot trust the redirect URI);
//   - response_type=code, scope (one resource plus OpenID Connect scopes), state, nonce, prompt,
//     login_hint, response_mode=query|fragment|form_post;
//   - PKCE: code_challenge with code_challenge_method=S256, required for public clients.
// Without a signed-in session it answers the sign-in page, whose form posts `login` and `passwd` back
// here with the original parameters. Scripts may instead send `login_hint` plus `sandbox_password` on
// the GET. Success is a 302 to redirect_uri with code, state and session_state, and the session cookie
// (ESTSAUTH) that makes a later request silent; errors are a 302 with error and error_description.
class AuthorizeEndpoint
{
public:
    explicit AuthorizeEndpoint(IdentityState &state);

    SandboxResponse handle(const SandboxRequest &request);
    // GET /{tenant}/oauth2/v2.0/logout: ends the browser session and revokes the user's refresh tokens.
    SandboxResponse logout(const SandboxRequest &request);

    static bool isLoopbackRedirect(const QString &redirectUri);
    static QString cookieName() { return QStringLiteral("ESTSAUTH"); }

private:
    using Fields = QList<QPair<QString, QString>>;
    SandboxResponse redirect(const QString &redirectUri, const QString &responseMode,
                             const Fields &fields) const;
    SandboxResponse redirectError(const SandboxRequest &request, const QString &redirectUri,
                                  const QString &responseMode, const QString &state,
                                  const IdentityError &error) const;
    QString sessionUser(const SandboxRequest &request, qint64 *authTime) const;
    static QString cookie(const SandboxRequest &request, const QString &name);
    static QString signInText(const IdentityError &error);

    IdentityState &m_state;
};
