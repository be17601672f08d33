#include "sandbox/identity/identitypages.h"

#include <QStringList>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

SandboxResponse IdentityPages::page(int status, const QString &title, const QString &body)
{
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>%1</title><style>body{font-family:'Segoe UI',sans-serif;max-width:440px;"
            "margin:48px auto;padding:0 16px}input{display:block;width:100%;margin:8px 0;"
            "padding:6px}.error{color:#e81123}</style></head>\n<body>\n"
            "<div class=\"banner\">Tenantdesk sandbox &mdash; Microsoft</div>\n%2\n</body></html>\n")
            .arg(esc(title), body);
    SandboxResponse response = SandboxResponse::text(status, "text/html; charset=utf-8", html.toUtf8());
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("X-Frame-Options", "DENY");
    return response;
}

QString IdentityPages::hiddenInputs(const QHash<QString, QString> &fields)
{
    QStringList keys = fields.keys();
    keys.sort();
    QString out;
    for (const QString &key : keys)
        out += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                   .arg(esc(key), esc(fields.value(key)));
    return out;
}

SandboxResponse IdentityPages::signIn(const QString &action, const QHash<QString, QString> &fields,
                                      const QString &appName, const QString &loginHint,
                                      const QString &errorText)
{
    QString body = QStringLiteral("<h1>Sign in</h1>\n<p>to continue to %1</p>\n").arg(esc(appName));
    if (!errorText.isEmpty())
        body += QStringLiteral("<p id=\"usernameError\" class=\"error\" role=\"alert\">%1</p>\n")
                    .arg(esc(errorText));
    body += QStringLiteral(
                "<form method=\"post\" action=\"%1\" id=\"credentials\">\n%2"
                "<input type=\"email\" name=\"login\" placeholder=\"Email, phone, or Skype\" "
                "value=\"%3\" autocomplete=\"username\" required>\n"
                "<input type=\"password\" name=\"passwd\" placeholder=\"Password\" "
                "autocomplete=\"current-password\" required>\n"
                "<button type=\"submit\" id=\"idSIButton9\">Sign in</button>\n"
                "<button type=\"submit\" name=\"sandbox_cancel\" value=\"1\" formnovalidate>Cancel</button>\n"
                "</form>")
                .arg(esc(action), hiddenInputs(fields), esc(loginHint));
    return page(200, QStringLiteral("Sign in to your account"), body);
}

SandboxResponse IdentityPages::error(int status, const QString &description)
{
    QString text = esc(description);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("<br>\n"));
    return page(
        status, QStringLiteral("Sign in to your account"),
        QStringLiteral("<h1>Sign in</h1>\n<p>Sorry, but we&rsquo;re having trouble signing you in.</p>\n"
                       "<p class=\"error\" id=\"errorDetails\">%1</p>")
            .arg(text));
}

SandboxResponse IdentityPages::formPost(const QString &redirectUri, const QHash<QString, QString> &fields)
{
    return page(200, QStringLiteral("Working..."),
                QStringLiteral("<form method=\"POST\" name=\"hiddenform\" action=\"%1\">\n%2"
                               "<noscript><p>Script is disabled. Click Submit to continue.</p>"
                               "<input type=\"submit\" value=\"Submit\"></noscript></form>\n"
                               "<script>document.forms[0].submit();</script>")
                    .arg(esc(redirectUri), hiddenInputs(fields)));
}

SandboxResponse IdentityPages::deviceLogin(const QString &code, const QString &errorText, int status)
{
    QString body =
        QStringLiteral("<h1>Enter code</h1>\n<p>Enter the code displayed on your app or device, then "
                       "sign in to allow access.</p>\n");
    if (!errorText.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(esc(errorText));
    body += QStringLiteral(
                "<form method=\"post\" action=\"/devicelogin\">\n"
                "<input type=\"text\" name=\"otc\" placeholder=\"Code\" value=\"%1\" required>\n"
                "<input type=\"email\" name=\"login\" placeholder=\"Email, phone, or Skype\" required>\n"
                "<input type=\"password\" name=\"passwd\" placeholder=\"Password\" required>\n"
                "<button type=\"submit\" name=\"action\" value=\"approve\">Continue</button>\n"
                "<button type=\"submit\" name=\"action\" value=\"decline\">Cancel</button>\n"
                "</form>")
                .arg(esc(code));
    return page(status, QStringLiteral("Enter code"), body);
}

SandboxResponse IdentityPages::message(int status, const QString &title, const QString &text)
{
    return page(status, title,
                QStringLiteral("<h1>%1</h1>\n<p id=\"message\">%2</p>").arg(esc(title), esc(text)));
}
