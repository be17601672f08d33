#include "sandbox/identity/devicecodeendpoint.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identityform.h"
#include "sandbox/identity/identitypages.h"
#include "sandbox/identity/identitystate.h"
#include "sandbox/identity/scoperequest.h"

#include <QDateTime>

DeviceCodeEndpoint::DeviceCodeEndpoint(IdentityState &state) : m_state(state)
{}

SandboxResponse DeviceCodeEndpoint::start(const SandboxRequest &request)
{
    if (request.method != "POST")
        return IdentityError(
                   400, QStringLiteral("invalid_request"), 900561,
                   QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.")
                       .arg(QString::fromLatin1(request.method)))
            .toResponse(request);
    const IdentityForm form(request);
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return IdentityError::missingParameter(QStringLiteral("client_id")).toResponse(request);
    const Tenant::App *app = m_state.tenant.findApp(clientId);
    if (!app)
        return IdentityError::applicationNotFound(clientId, m_state.tenant.displayName).toResponse(request);
    ScopeRequest scopes;
    IdentityError error;
    if (!scopes.parse(form.value(QStringLiteral("scope")), m_state.tenant.displayName, &error))
        return error.toResponse(request);
    if (scopes.delegatedGrant().isEmpty())
        return IdentityError::invalidScope(scopes.original()).toResponse(request);

    const IdentitySettings &settings = m_state.settings;
    const DeviceCodeStore::Entry entry =
        m_state.deviceCodes.issue(app->clientId, scopes.original(), settings.deviceCodeLifetimeSeconds,
                                  settings.deviceCodeIntervalSeconds);
    const QString verificationUri = request.baseUrl + QStringLiteral("/devicelogin");
    SandboxResponse response = SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("user_code"), entry.userCode},
                 {QStringLiteral("device_code"), entry.deviceCode},
                 {QStringLiteral("verification_uri"), verificationUri},
                 {QStringLiteral("expires_in"), settings.deviceCodeLifetimeSeconds},
                 {QStringLiteral("interval"), settings.deviceCodeIntervalSeconds},
                 {QStringLiteral("message"),
                  QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                                 "authenticate.")
                      .arg(verificationUri, entry.userCode)},
             });
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

SandboxResponse DeviceCodeEndpoint::loginPage(const SandboxRequest &request)
{
    const IdentityForm form(request);
    const QString code = form.value(QStringLiteral("otc"));
    if (request.method != "POST")
        return IdentityPages::deviceLogin(code, QString(), 200);

    DeviceCodeStore::Entry *entry = m_state.deviceCodes.byUserCode(code);
    if (!entry)
        return IdentityPages::deviceLogin(
            code, QStringLiteral("That code didn't work. Check the code and try again."), 400);
    if (DeviceCodeStore::isExpired(*entry))
        return IdentityPages::deviceLogin(
            code, QStringLiteral("That code has expired. Go back to the app or device and get a new code."),
            400);
    if (entry->status != DeviceCodeStore::Status::Pending)
        return IdentityPages::deviceLogin(
            code,
            QStringLiteral("That code was already used. Go back to the app or device and get a new code."),
            400);
    const Tenant::App *app = m_state.tenant.findApp(entry->clientId);
    const QString appName = app ? app->displayName : entry->clientId;

    QString userId;
    IdentityError error;
    if (!m_state.checkPassword(form.value(QStringLiteral("login")), form.value(QStringLiteral("passwd")),
                               &userId, &error))
        return IdentityPages::deviceLogin(
            code, QStringLiteral("AADSTS%1: %2").arg(error.code()).arg(error.message()), 400);
    entry->userId = userId;
    entry->authTime = QDateTime::currentSecsSinceEpoch();
    if (form.value(QStringLiteral("action")) == QLatin1String("decline")) {
        entry->status = DeviceCodeStore::Status::Declined;
        return IdentityPages::message(
            200, QStringLiteral("Sign-in declined"),
            QStringLiteral("You have declined to sign in to %1. You may now close this window.")
                .arg(appName));
    }
    entry->status = DeviceCodeStore::Status::Approved;
    return IdentityPages::message(
        200, appName,
        QStringLiteral("You have signed in to the %1 application on your device. You may now "
                       "close this window.")
            .arg(appName));
}
