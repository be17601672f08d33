#include "sandbox/oneroster/onerostertokenendpoint.h"

#include "sandbox/identity/tokenissuer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString ClientName = QStringLiteral("VULCAN UONET+ OneRoster");
const qint64 Lifetime = 3600;

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

OneRosterTokenEndpoint::OneRosterTokenEndpoint(Tenant &tenant, const TokenIssuer &tokens)
    : m_tenant(tenant), m_tokens(tokens)
{}

QString OneRosterTokenEndpoint::scope()
{
    return QStringLiteral("https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly");
}

const Tenant::App *OneRosterTokenEndpoint::findClient(const Tenant &tenant)
{
    for (const Tenant::App &app : tenant.apps) {
        if (app.displayName == ClientName && app.appRoles.contains(readRole()))
            return &app;
    }
    return nullptr;
}

const Tenant::App &OneRosterTokenEndpoint::ensureClient(Tenant &tenant)
{
    if (const Tenant::App *existing = findClient(tenant))
        return *existing;
    QByteArray secret(30, Qt::Uninitialized);
    for (char &c : secret)
        c = char(QRandomGenerator::global()->bounded(256));
    Tenant::App app;
    app.clientId = Tenant::newGuid();
    app.displayName = ClientName;
    app.secret = QString::fromLatin1(TokenIssuer::base64Url(secret));
    app.appRoles = QStringList{readRole()};
    tenant.apps.append(app);
    return tenant.apps.last();
}

bool OneRosterTokenEndpoint::matches(const SandboxRequest &request) const
{
    return request.path == path();
}

SandboxResponse OneRosterTokenEndpoint::tokenError(int status, const QString &error,
                                                   const QString &description) const
{
    SandboxResponse r =
        SandboxResponse::json(status, QJsonObject{{QStringLiteral("error"), error},
                                                  {QStringLiteral("error_description"), description}});
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Basic realm=\"oneroster\"");
    return r;
}

SandboxResponse OneRosterTokenEndpoint::handle(SandboxRequest &request)
{
    if (request.method != "POST")
        return tokenError(405, QStringLiteral("invalid_request"),
                          QStringLiteral("The token endpoint only accepts POST."));
    // Form bodies encode spaces as '+'.
    const QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QStringLiteral("%20")));
    QString clientId = formValue(form, QStringLiteral("client_id"));
    QString secret = formValue(form, QStringLiteral("client_secret"));
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Basic ") || authorization.startsWith("basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon < 0)
            return tokenError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("The Basic credentials are malformed."));
        clientId = QUrl::fromPercentEncoding(decoded.left(colon));
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    }
    const QString grant = formValue(form, QStringLiteral("grant_type"));
    if (grant.isEmpty())
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is missing."));
    if (grant != QLatin1String("client_credentials"))
        return tokenError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Only the client_credentials grant is supported."));
    const Tenant::App *client = findClient(m_tenant);
    if (!client || clientId != client->clientId || secret.isEmpty() || secret != client->secret)
        return tokenError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Client authentication failed."));
    const QStringList requested =
        formValue(form, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : requested) {
        if (s != scope() && s != readRole())
            return tokenError(400, QStringLiteral("invalid_scope"),
                              QStringLiteral("The scope '%1' is not granted to this client.").arg(s));
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{
        {QStringLiteral("iss"), request.baseUrl + QStringLiteral("/ims/oneroster")},
        {QStringLiteral("aud"), QStringLiteral("oneroster")},
        {QStringLiteral("sub"), client->clientId},
        {QStringLiteral("azp"), client->clientId},
        {QStringLiteral("appid"), client->clientId},
        {QStringLiteral("tid"), m_tenant.tenantId},
        {QStringLiteral("roles"), QJsonArray::fromStringList(client->appRoles)},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + Lifetime},
    };
    SandboxResponse r = SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(m_tokens.sign(claims))},
                         {QStringLiteral("token_type"), QStringLiteral("bearer")},
                         {QStringLiteral("expires_in"), Lifetime},
                         {QStringLiteral("scope"), scope()}});
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "no-store");
    return r;
}
