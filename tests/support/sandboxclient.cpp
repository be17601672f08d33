#include "sandboxclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

QJsonObject SandboxClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray SandboxClient::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

SandboxClient::SandboxClient(const SandboxOptions &options)
    : m_sandbox(std::make_unique<Sandbox>(options))
{
    m_started = m_sandbox->start(&m_error);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromData(m_sandbox->caCertificatePem(), QSsl::Pem));
    m_network.setAutoDeleteReplies(false);
}

SandboxClient::~SandboxClient() = default;

QByteArray SandboxClient::mintToken(const QStringList &permissions, const QString &userId,
                                    const QString &audience, qint64 lifetimeSeconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Tenant &t = m_sandbox->tenant();
    QJsonObject claims{
        {QStringLiteral("aud"), audience},
        {QStringLiteral("iss"), QStringLiteral("%1/%2/v2.0").arg(baseUrl(), t.tenantId)},
        {QStringLiteral("tid"), t.tenantId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("nbf"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds},
        {QStringLiteral("azp"), userId.isEmpty() ? t.confidentialClientId : t.publicClientId},
        {QStringLiteral("appid"), userId.isEmpty() ? t.confidentialClientId : t.publicClientId},
    };
    if (userId.isEmpty()) {
        claims.insert(QStringLiteral("roles"), QJsonArray::fromStringList(permissions));
        claims.insert(QStringLiteral("oid"), QStringLiteral("00000000-0000-0000-0000-0000000000a1"));
    } else {
        claims.insert(QStringLiteral("scp"), permissions.join(QLatin1Char(' ')));
        claims.insert(QStringLiteral("oid"), userId);
    }
    return m_sandbox->tokens().sign(claims);
}

QByteArray SandboxClient::adminAppToken()
{
    return mintToken({QStringLiteral("User.ReadWrite.All"), QStringLiteral("Group.ReadWrite.All"),
                      QStringLiteral("GroupMember.ReadWrite.All"), QStringLiteral("Directory.ReadWrite.All"),
                      QStringLiteral("Organization.Read.All"), QStringLiteral("Policy.ReadWrite.Authorization"),
                      QStringLiteral("Policy.Read.All"), QStringLiteral("AdministrativeUnit.ReadWrite.All"),
                      QStringLiteral("RoleManagement.ReadWrite.Directory"), QStringLiteral("EduRoster.ReadWrite.All"),
                      QStringLiteral("Calendars.ReadWrite"), QStringLiteral("LicenseAssignment.ReadWrite.All")});
}

SandboxClient::Reply SandboxClient::request(const QByteArray &method, const QString &url, const QByteArray &token,
                                            const QByteArray &body,
                                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QString absolute = url.startsWith(QLatin1String("https://")) ? url : baseUrl() + url;
    QNetworkRequest request{QUrl(absolute)};
    request.setSslConfiguration(m_ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    if (!token.isNull())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

SandboxClient::Reply SandboxClient::postJson(const QString &url, const QByteArray &token, const QJsonObject &body)
{
    return request("POST", url, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxClient::Reply SandboxClient::postForm(const QString &url, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &f : fields)
        form.addQueryItem(f.first, QString::fromLatin1(QUrl::toPercentEncoding(f.second)));
    return request("POST", url, QByteArray(), form.toString(QUrl::FullyEncoded).toLatin1(),
                   {{"Content-Type", "application/x-www-form-urlencoded"}});
}
