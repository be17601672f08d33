#pragma once

#include "core/tenantprofile.h"
#include "graph/apirequest.h"
#include "graph/requestsender.h"

#include <QJsonDocument>
#include <QObject>
#include <QString>
#include <QUrl>

class ApiClient;
class ApiJob;

// Microsoft Graph v1.0 on the shared pipeline. Paths are relative to the profile's graphUrl (which includes
// "/v1.0"): get("/users?$top=999"). Absolute URLs (nextLink, deltaLink) are used as given, but only on
// graphUrl's own scheme, host and port; anything else finishes with Error::Kind::Insecure.
class GraphClient : public QObject, public RequestSender
{
    Q_OBJECT
public:
    GraphClient(ApiClient *api, const TenantProfile &profile, QObject *parent = nullptr);

    ApiJob *get(const QString &path, const ApiRequest::Headers &headers = {});
    ApiJob *post(const QString &path, const QJsonDocument &body, const ApiRequest::Headers &headers = {});
    ApiJob *patch(const QString &path, const QJsonDocument &body, const ApiRequest::Headers &headers = {});
    ApiJob *put(const QString &path, const QJsonDocument &body, const ApiRequest::Headers &headers = {});
    ApiJob *remove(const QString &path, const ApiRequest::Headers &headers = {});

    // A request with Graph's base URL and token audience filled in.
    ApiRequest request(const QByteArray &method, const QString &pathOrUrl,
                       const QJsonDocument &body = QJsonDocument(),
                       const ApiRequest::Headers &headers = {}) const;
    ApiJob *send(const ApiRequest &request) override;
    bool isAllowedLink(const QUrl &url) const override;

    QUrl baseUrl() const { return m_baseUrl; }
    QString resource() const { return m_resource; }
    ApiClient *api() const { return m_api; }

private:
    ApiClient *m_api;
    QUrl m_baseUrl;
    QString m_resource;
};
