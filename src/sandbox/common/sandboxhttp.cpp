#include "sandbox/common/sandboxhttp.h"

#include <QDateTime>
#include <QJsonDocument>

QJsonObject SandboxRequest::jsonBody(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const auto value = object.constFind(QLatin1String("value"));
    if (value != object.constEnd() && value->isArray())
        r.objects = int(value->toArray().size());
    r.setHeader("Content-Type", "application/json;odata.metadata=minimal;odata.streaming=true;charset=utf-8");
    return r;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    SandboxResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", contentType);
    return r;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse r;
    r.status = 204;
    return r;
}

SandboxResponse SandboxResponse::graphError(const SandboxRequest &request, int status, const QString &code,
                                            const QString &message)
{
    const QJsonObject inner{
        {QStringLiteral("request-id"), request.requestId},
        // Graph echoes the caller's client-request-id, or uses the request-id when none was sent.
        {QStringLiteral("client-request-id"), request.header("client-request-id").isEmpty()
                                                  ? request.requestId
                                                  : QString::fromLatin1(request.header("client-request-id"))},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    return json(status,
                QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("message"), message},
                                                                  {QStringLiteral("innerError"), inner}}}});
}
