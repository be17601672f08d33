#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QHash>
#include <QString>

// The few HTML pages of the sandbox's sign-in service (English, like Microsoft's server pages). They are
// plain forms so a test can fill them without a browser: sign-in posts `login` and `passwd`, the device
// code page posts `otc`, `login`, `passwd` and `action` (approve | decline).
class IdentityPages
{
public:
    // The sign-in form, posting back to `action` with `fields` (the original request) as hidden inputs.
    static SandboxResponse signIn(const QString &action, const QHash<QString, QString> &fields,
                                  const QString &appName, const QString &loginHint, const QString &errorText);
    // "Sorry, but we're having trouble signing you in." with the AADSTS text: when there is no usable
    // redirect URI to send the error to.
    static SandboxResponse error(int status, const QString &description);
    // response_mode=form_post: a page that posts `fields` to `redirectUri` at once.
    static SandboxResponse formPost(const QString &redirectUri, const QHash<QString, QString> &fields);
    static SandboxResponse deviceLogin(const QString &code, const QString &errorText, int status);
    static SandboxResponse message(int status, const QString &title, const QString &text);

private:
    static SandboxResponse page(int status, const QString &title, const QString &body);
    static QString hiddenInputs(const QHash<QString, QString> &fields);
};
