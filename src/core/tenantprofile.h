#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where a tenant lives and how to sign in to it. Nothing secret: secrets and tokens go to the OS keychain.
// The same fields describe a commercial tenant, a national cloud and the sandbox; only URLs and the trusted
// certificate differ.
class TenantProfile
{
    Q_DECLARE_TR_FUNCTIONS(TenantProfile)
public:
    enum class SignInMethod
    {
        Browser,
        DeviceCode,
        ClientSecret,
        ClientCertificate
    };

    QString name;        // the profile's own name, unique on this machine ("Odense Kommune", "sandbox")
    QString tenant;      // tenant id (GUID) or a verified domain ("contoso.onmicrosoft.com")
    QString clientId;    // public client application id, for browser and device-code sign-in
    QString appClientId; // confidential application id for client credentials; empty = clientId
    QUrl authority;      // e.g. https://login.microsoftonline.com/<tenant>; endpoints are below /oauth2/v2.0/
    QUrl graphUrl;       // e.g. https://graph.microsoft.com/v1.0
    QString graphResource;    // token audience for Graph, e.g. https://graph.microsoft.com
    QUrl exchangeUrl;         // e.g. https://outlook.office365.com
    QString exchangeResource; // token audience for Exchange, e.g. https://outlook.office365.com
    SignInMethod signInMethod = SignInMethod::Browser;
    QString certificatePath;       // PEM with certificate and private key, for ClientCertificate
    QString trustedCertificatePem; // extra CA (PEM text) trusted for this profile's hosts only; empty =
                                   // system CAs
    QString account; // the last signed-in user (UPN) or application id, for display and login_hint

    // A profile for a Microsoft 365 tenant in the global cloud, with Microsoft's default URLs.
    static TenantProfile forCommercialCloud(const QString &name, const QString &tenant,
                                            const QString &clientId);
    // A profile from the JSON line `tenantdesk-sandbox` prints at start-up, trusting the certificate whose
    // PEM text the line carries ("caCertificatePem"); no file is read. Returns an empty profile and sets
    // *error (translated) when the line is not usable.
    static TenantProfile fromSandboxInfo(const QString &name, const QJsonObject &info, QString *error);

    QString effectiveAppClientId() const { return appClientId.isEmpty() ? clientId : appClientId; }
    QUrl authorizeEndpoint() const;  // <authority>/oauth2/v2.0/authorize
    QUrl tokenEndpoint() const;      // <authority>/oauth2/v2.0/token
    QUrl deviceCodeEndpoint() const; // <authority>/oauth2/v2.0/devicecode
    QString graphScope() const;      // "<graphResource>/.default"
    QString exchangeScope() const;   // "<exchangeResource>/.default"

    // Translated problems ("The Graph URL must use HTTPS."); empty when the profile can be used.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    QJsonObject toJson() const;
    static TenantProfile fromJson(const QJsonObject &json);

    static QString
    methodId(SignInMethod method); // "browser", "device-code", "client-secret", "client-certificate"
    static bool methodFromId(const QString &id, SignInMethod *method);
    static QString methodDisplayName(SignInMethod method); // translated

    // True for https, or for http to a loopback host (127.0.0.1, ::1, localhost).
    static bool isAllowedUrl(const QUrl &url);

    friend bool operator==(const TenantProfile &a, const TenantProfile &b)
    {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const TenantProfile &a, const TenantProfile &b) { return !(a == b); }
};
