#include "auth/identityrequest.h"

#include "auth/logging.h"
#include "auth/signinerror.h"
#include "core/tenantprofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

IdentityRequest::IdentityRequest(QNetworkAccessManager *network, const QUrl &endpoint, const Fields &fields,
                                 QObject *parent)
    : QObject(parent), m_network(network), m_endpoint(endpoint), m_fields(fields)
{}

IdentityRequest::~IdentityRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString IdentityRequest::where() const
{
    return QStringLiteral("POST ") + m_endpoint.path();
}

void IdentityRequest::start()
{
    if (!TenantProfile::isAllowedUrl(m_endpoint)) {
        m_done = true;
        emit failed(Error(Error::Kind::Insecure, where()), QString());
        return;
    }
    QUrlQuery form;
    for (const auto &field : m_fields)
        form.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    qCDebug(lcAuth) << "POST" << m_endpoint.toString(QUrl::RemoveQuery);
    m_reply = m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1());
    connect(m_reply, &QNetworkReply::finished, this, &IdentityRequest::onFinished);
}

void IdentityRequest::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows synchronously or later; onFinished reports Cancelled
        return;
    }
    m_done = true;
    emit failed(Error(Error::Kind::Cancelled, where()), QString());
}

void IdentityRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_done = true;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcAuth) << "answer" << status << "from" << m_endpoint.path();
    if (m_cancelled) {
        emit failed(Error(Error::Kind::Cancelled, where()), QString());
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) { // the transfer timeout aborted it
        emit failed(Error(Error::Kind::Timeout, where()), QString());
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    Error error = SignInError::fromReply(reply, body, where());
    if (error) {
        const QString oauthError = json.value(QLatin1String("error")).toString();
        qCInfo(lcAuth).noquote() << "identity platform refused:" << where() << "status" << status << "error"
                                 << oauthError << "code" << error.code();
        emit failed(error, oauthError);
        return;
    }
    if (json.isEmpty()) {
        emit failed(
            Error(Error::Kind::InvalidReply, where(), QStringLiteral("The answer is not a JSON object.")),
            QString());
        return;
    }
    emit finished(json);
}
