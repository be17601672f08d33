#include "core/tenantprofile.h"

#include <QJsonDocument>

namespace {
const char *const kMethodIds[] = {"browser", "device-code", "client-secret", "client-certificate"};

QUrl below(const QUrl &base, const QString &suffix)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + suffix);
    return url;
}

QString trimmedResource(const QString &resource)
{
    QString r = resource;
    while (r.endsWith(QLatin1Char('/')))
        r.chop(1);
    return r;
}
} // namespace

TenantProfile TenantProfile::forCommercialCloud(const QString &name, const QString &tenant,
                                                const QString &clientId)
{
    TenantProfile p;
    p.name = name;
    p.tenant = tenant;
    p.clientId = clientId;
    p.authority = QUrl(QStringLiteral("https://login.microsoftonline.com/") + tenant);
    p.graphUrl = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));
    p.graphResource = QStringLiteral("https://graph.microsoft.com");
    p.exchangeUrl = QUrl(QStringLiteral("https://outlook.office365.com"));
    p.exchangeResource = QStringLiteral("https://outlook.office365.com");
    return p;
}

TenantProfile TenantProfile::fromSandboxInfo(const QString &name, const QJsonObject &info, QString *error)
{
    const auto field = [&info](const char *key) {
        return info.value(QLatin1String(key)).toString();
    };
    // The certificate's PEM text comes in the line itself: the profile is made without reading any file.
    const QStringList required{QStringLiteral("tenantId"),       QStringLiteral("authority"),
                               QStringLiteral("graph"),          QStringLiteral("exchange"),
                               QStringLiteral("publicClientId"), QStringLiteral("caCertificatePem")};
    for (const QString &key : required) {
        if (info.value(key).toString().isEmpty()) {
            if (error)
                *error = tr("The sandbox's start-up line has no \"%1\" field.").arg(key);
            return TenantProfile();
        }
    }
    TenantProfile p = forCommercialCloud(name, field("tenantId"), field("publicClientId"));
    p.appClientId = field("confidentialClientId");
    p.authority = QUrl(field("authority"));
    p.graphUrl = QUrl(field("graph"));
    p.exchangeUrl = QUrl(field("exchange"));
    p.trustedCertificatePem = field("caCertificatePem");
    const QString certificate = field("confidentialClientCertificate");
    if (!certificate.isEmpty())
        p.certificatePath = certificate;
    return p;
}

QUrl TenantProfile::authorizeEndpoint() const
{
    return below(authority, QStringLiteral("/oauth2/v2.0/authorize"));
}
QUrl TenantProfile::tokenEndpoint() const
{
    return below(authority, QStringLiteral("/oauth2/v2.0/token"));
}
QUrl TenantProfile::deviceCodeEndpoint() const
{
    return below(authority, QStringLiteral("/oauth2/v2.0/devicecode"));
}
QString TenantProfile::graphScope() const
{
    return trimmedResource(graphResource) + QStringLiteral("/.default");
}
QString TenantProfile::exchangeScope() const
{
    return trimmedResource(exchangeResource) + QStringLiteral("/.default");
}

bool TenantProfile::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    if (host == QLatin1String("::1"))
        return true;
    // 127.0.0.0/8: four numeric parts, the first 127.
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127"))
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QStringList TenantProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("The profile needs a name.");
    if (tenant.trimmed().isEmpty())
        problems << tr("Enter the tenant id or one of its domains.");
    if (clientId.trimmed().isEmpty())
        problems << tr("Enter the application (client) id.");
    // Whole sentences per URL, so every language can decline the noun.
    const struct
    {
        const QUrl &url;
        QString invalid;
        QString insecure;
    } urls[] = {
        {authority, tr("The sign-in authority is not a valid URL."),
         tr("The sign-in authority must use HTTPS (plain HTTP is allowed only to this computer).")},
        {graphUrl, tr("The Graph URL is not a valid URL."),
         tr("The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).")},
        {exchangeUrl, tr("The Exchange URL is not a valid URL."),
         tr("The Exchange URL must use HTTPS (plain HTTP is allowed only to this computer).")},
    };
    for (const auto &u : urls) {
        if (!u.url.isValid() || u.url.host().isEmpty())
            problems << u.invalid;
        else if (!isAllowedUrl(u.url))
            problems << u.insecure;
    }
    if (graphResource.trimmed().isEmpty() || exchangeResource.trimmed().isEmpty())
        problems << tr("The Graph and Exchange resource identifiers must not be empty.");
    if (signInMethod == SignInMethod::ClientCertificate && certificatePath.isEmpty())
        problems << tr("Certificate sign-in needs the path of a PEM file with the certificate and its key.");
    return problems;
}

QString TenantProfile::methodId(SignInMethod method)
{
    return QString::fromLatin1(kMethodIds[int(method)]);
}

bool TenantProfile::methodFromId(const QString &id, SignInMethod *method)
{
    for (int i = 0; i < 4; ++i) {
        if (id == QLatin1String(kMethodIds[i])) {
            *method = SignInMethod(i);
            return true;
        }
    }
    return false;
}

QString TenantProfile::methodDisplayName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return tr("Web browser");
    case SignInMethod::DeviceCode:
        return tr("Code on another device");
    case SignInMethod::ClientSecret:
        return tr("Application with a client secret");
    case SignInMethod::ClientCertificate:
        return tr("Application with a certificate");
    }
    return QString();
}

QJsonObject TenantProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("tenant"), tenant},
                  {QStringLiteral("clientId"), clientId},
                  {QStringLiteral("authority"), authority.toString()},
                  {QStringLiteral("graphUrl"), graphUrl.toString()},
                  {QStringLiteral("graphResource"), graphResource},
                  {QStringLiteral("exchangeUrl"), exchangeUrl.toString()},
                  {QStringLiteral("exchangeResource"), exchangeResource},
                  {QStringLiteral("signInMethod"), methodId(signInMethod)}};
    if (!appClientId.isEmpty())
        o.insert(QStringLiteral("appClientId"), appClientId);
    if (!certificatePath.isEmpty())
        o.insert(QStringLiteral("certificatePath"), certificatePath);
    if (!trustedCertificatePem.isEmpty())
        o.insert(QStringLiteral("trustedCertificate"), trustedCertificatePem);
    if (!account.isEmpty())
        o.insert(QStringLiteral("account"), account);
    return o;
}

TenantProfile TenantProfile::fromJson(const QJsonObject &json)
{
    const auto s = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    TenantProfile p;
    p.name = s("name");
    p.tenant = s("tenant");
    p.clientId = s("clientId");
    p.appClientId = s("appClientId");
    p.authority = QUrl(s("authority"));
    p.graphUrl = QUrl(s("graphUrl"));
    p.graphResource = s("graphResource");
    p.exchangeUrl = QUrl(s("exchangeUrl"));
    p.exchangeResource = s("exchangeResource");
    if (!methodFromId(s("signInMethod"), &p.signInMethod))
        p.signInMethod = SignInMethod::Browser;
    p.certificatePath = s("certificatePath");
    p.trustedCertificatePem = s("trustedCertificate");
    p.account = s("account");
    return p;
}
