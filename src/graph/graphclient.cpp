#include "graph/graphclient.h"

#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/logging.h"

namespace {
int effectivePort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443);
}
} // namespace

GraphClient::GraphClient(ApiClient *api, const TenantProfile &profile, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_baseUrl(profile.graphUrl)
    , m_resource(profile.graphResource)
{
}

ApiRequest GraphClient::request(const QByteArray &method, const QString &pathOrUrl, const QJsonDocument &body,
                                const ApiRequest::Headers &headers) const
{
    ApiRequest r(method, ApiRequest::join(m_baseUrl, pathOrUrl), m_resource);
    r.baseUrl = m_baseUrl;
    r.body = body;
    r.headers = headers;
    return r;
}

bool GraphClient::isAllowedLink(const QUrl &url) const
{
    return url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0 &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(url) == effectivePort(m_baseUrl);
}

ApiJob *GraphClient::send(const ApiRequest &request)
{
    ApiRequest r = request;
    if (r.baseUrl.isEmpty())
        r.baseUrl = m_baseUrl;
    if (r.resource.isEmpty())
        r.resource = m_resource;
    const QUrl url = r.resolvedUrl();
    if (!isAllowedLink(url)) {
        qCWarning(lcGraph).noquote() << "Refused a Graph link to another host:" << url.host();
        return m_api->failed(r, Error(Error::Kind::Insecure, r.where(),
                                      QStringLiteral("Link to %1 is not on the Graph host").arg(url.host())));
    }
    return m_api->send(r);
}

ApiJob *GraphClient::get(const QString &path, const ApiRequest::Headers &headers)
{
    return send(request("GET", path, QJsonDocument(), headers));
}

ApiJob *GraphClient::post(const QString &path, const QJsonDocument &body, const ApiRequest::Headers &headers)
{
    return send(request("POST", path, body, headers));
}

ApiJob *GraphClient::patch(const QString &path, const QJsonDocument &body, const ApiRequest::Headers &headers)
{
    return send(request("PATCH", path, body, headers));
}

ApiJob *GraphClient::put(const QString &path, const QJsonDocument &body, const ApiRequest::Headers &headers)
{
    return send(request("PUT", path, body, headers));
}

ApiJob *GraphClient::remove(const QString &path, const ApiRequest::Headers &headers)
{
    return send(request("DELETE", path, QJsonDocument(), headers));
}
