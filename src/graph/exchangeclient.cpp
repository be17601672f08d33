#include "graph/exchangeclient.h"

#include "graph/apiclient.h"
#include "graph/apijob.h"
#include "graph/exchangecommandjob.h"
#include "graph/logging.h"
#include "graph/pageiterator.h"

#include <QUrlQuery>

ExchangeClient::ExchangeClient(ApiClient *api, const TenantProfile &profile, QObject *parent)
    : QObject(parent), m_api(api), m_baseUrl(profile.exchangeUrl), m_resource(profile.exchangeResource),
      m_tenant(profile.tenant)
{
    m_api->setLaneLimit(kLane, kMaxInFlight);
}

QUrl ExchangeClient::invokeCommandUrl() const
{
    return ApiRequest::join(m_baseUrl, QStringLiteral("/adminapi/beta/%1/InvokeCommand").arg(m_tenant));
}

QUrl ExchangeClient::adminApiUrl(const QString &endpoint) const
{
    return ApiRequest::join(m_baseUrl, QStringLiteral("/adminapi/v2.0/%1/%2").arg(m_tenant, endpoint));
}

QJsonObject ExchangeClient::commandBody(const QString &cmdlet, const QJsonObject &parameters)
{
    return QJsonObject{
        {QStringLiteral("CmdletInput"),
         QJsonObject{{QStringLiteral("CmdletName"), cmdlet}, {QStringLiteral("Parameters"), parameters}}}};
}

ApiRequest ExchangeClient::commandRequest(const QUrl &url, const QString &cmdlet,
                                          const QJsonObject &parameters, const QStringList &select) const
{
    QUrl target = url;
    if (!select.isEmpty()) {
        QUrlQuery query(target);
        query.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
        target.setQuery(query);
    }
    ApiRequest r("POST", target, m_resource);
    r.baseUrl = m_baseUrl;
    r.body = QJsonDocument(commandBody(cmdlet, parameters));
    r.headers = {
        {"Prefer", "odata.maxpagesize=" + QByteArray::number(m_pageSize)},
        {"X-AnchorMailbox", "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + m_tenant.toUtf8()}};
    // Reading cmdlets change nothing: repeating one after a lost answer is harmless.
    r.idempotent = cmdlet.trimmed().startsWith(QLatin1String("Get-"), Qt::CaseInsensitive);
    r.lane = kLane;
    return r;
}

bool ExchangeClient::isAllowedLink(const QUrl &url) const
{
    return ApiRequest::isSameOrigin(url, m_baseUrl);
}

ApiJob *ExchangeClient::send(const ApiRequest &request)
{
    return m_api->sendBelow(request, m_baseUrl, m_resource);
}

ExchangeCommandJob *ExchangeClient::start(const ApiRequest &request)
{
    const QString cmdlet = request.body.object()
                               .value(QLatin1String("CmdletInput"))
                               .toObject()
                               .value(QLatin1String("CmdletName"))
                               .toString();
    auto *pages = new PageIterator(this, request);
    auto *job = new ExchangeCommandJob(cmdlet, pages, this);
    pages->start();
    return job;
}

ExchangeCommandJob *ExchangeClient::invokeCommand(const QString &cmdlet, const QJsonObject &parameters,
                                                  const QStringList &select)
{
    return start(commandRequest(invokeCommandUrl(), cmdlet, parameters, select));
}

ExchangeCommandJob *ExchangeClient::invokeAdminApi(const QString &endpoint, const QString &cmdlet,
                                                   const QJsonObject &parameters, const QStringList &select)
{
    return start(commandRequest(adminApiUrl(endpoint), cmdlet, parameters, select));
}
