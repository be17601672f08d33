#include "gui/signinhint.h"

#include <QStringList>

namespace {
bool codeIn(const QString &code, const QStringList &codes)
{
    return codes.contains(code, Qt::CaseInsensitive);
}
} // namespace

QString SignInHint::forError(const Error &error)
{
    const QString code = error.code();
    switch (error.kind()) {
    case Error::Kind::None:
        return QString();
    case Error::Kind::Cancelled:
        return tr("The sign-in was cancelled. Choose Try again to start over.");
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return tr(
            "Tenantdesk could not reach the sign-in service. Check that this computer is online and that "
            "any proxy lets it through, then try again.");
    case Error::Kind::Tls:
        return tr(
            "The sign-in service's certificate is not trusted. If your network inspects HTTPS traffic, go "
            "back to the first page and add your IT department's certificate authority under Advanced.");
    case Error::Kind::Insecure:
        return tr(
            "An address in the profile uses plain HTTP. Go back to the first page and use HTTPS addresses.");
    case Error::Kind::Configuration:
        return tr("Something in the profile is incomplete or wrong. Go back and check the fields.");
    case Error::Kind::Storage:
        return tr(
            "The system keychain could not be used. Check that your keyring is unlocked, then try again.");
    default:
        break;
    }
    if (codeIn(code, {QStringLiteral("AADSTS90002"), QStringLiteral("AADSTS900023"),
                      QStringLiteral("AADSTS90013"), QStringLiteral("invalid_tenant")}))
        return tr(
            "Microsoft 365 does not know this tenant. Go back to the first page and check the tenant id or "
            "domain.");
    if (codeIn(code, {QStringLiteral("AADSTS700016"), QStringLiteral("unauthorized_client")}))
        return tr(
            "The application (client) id is not registered in this tenant. Go back to the first page and "
            "check the application id and the tenant.");
    if (codeIn(code, {QStringLiteral("AADSTS50020"), QStringLiteral("AADSTS90072")}))
        return tr(
            "The account you signed in with belongs to another organisation. Sign in with an account of "
            "this tenant.");
    if (codeIn(code, {QStringLiteral("AADSTS65001"), QStringLiteral("AADSTS65004"),
                      QStringLiteral("AADSTS90094"), QStringLiteral("AADSTS650057"),
                      QStringLiteral("AADSTS90099"), QStringLiteral("consent_required")}))
        return tr(
            "The application has not been given consent in this tenant. Ask a global administrator to grant "
            "admin consent for it in the Microsoft Entra admin center, then try again.");
    if (codeIn(code, {QStringLiteral("AADSTS7000215"), QStringLiteral("AADSTS7000222"),
                      QStringLiteral("AADSTS700027"), QStringLiteral("AADSTS700024"),
                      QStringLiteral("invalid_client")}))
        return tr(
            "The tenant did not accept the application's secret or certificate. Check that it belongs to "
            "this application and has not expired, then try again.");
    if (codeIn(code, {QStringLiteral("expired_token"), QStringLiteral("AADSTS70020")}))
        return tr("The code expired before the sign-in was finished. Choose Try again for a new code.");
    if (codeIn(code, {QStringLiteral("access_denied"), QStringLiteral("authorization_declined"),
                      QStringLiteral("AADSTS50126")}))
        return tr("The sign-in was declined. Choose Try again and sign in with an account of this tenant.");
    if (codeIn(code, {QStringLiteral("AADSTS50011")}))
        return tr("The application's registration does not allow Tenantdesk's reply address. Ask the "
                  "administrator to add http://localhost as a redirect address for mobile and desktop "
                  "applications.");
    if (error.kind() == Error::Kind::Throttled)
        return tr("The sign-in service is busy. Wait a minute, then try again.");
    return tr("Choose Try again. If it keeps failing, give the details below to your service desk.");
}
