#include "graph/graphclient.h"

#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/logging.h"

GraphClient::GraphClient(ApiClient *api, const TenantProfile &profile, QObject *parent)
    : QObject(parent), m_api(api), m_baseUrl(profile.graphUrl), m_resource(profile.graphResource)
{}

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
    return ApiRequest::isSameOrigin(url, m_baseUrl);
}

ApiJob *GraphClient::send(const ApiRequest &request)
{
    return m_api->sendBelow(request, m_baseUrl, m_resource);
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
