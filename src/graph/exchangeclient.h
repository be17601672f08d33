#pragma once

#include "core/tenantprofile.h"
#include "graph/apirequest.h"
#include "graph/requestsender.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class ApiClient;
class ApiJob;
class ExchangeCommandJob;

// Exchange Online admin REST on the shared pipeline, with tokens for the profile's exchangeResource.
// - InvokeCommand (the REST back end of the ExchangeOnlineManagement module; undocumented):
//   POST {exchangeUrl}/adminapi/beta/{tenant}/InvokeCommand {"CmdletInput":{"CmdletName","Parameters"}}
// - the Exchange Online Admin API v2.0 (documented, narrow): POST
// {exchangeUrl}/adminapi/v2.0/{tenant}/{Endpoint}
//   with the same body; endpoints Mailbox, MailboxFolderPermission, DistributionGroupMember,
//   OrganizationConfig, AcceptedDomain. (It is POST-only, like InvokeCommand; there is no GET form.)
// Results are paged with @odata.nextLink; the command job re-POSTs the same body to each link and collects
// all rows. Get-* cmdlets are marked idempotent (repeated after a lost answer); others are not.
class ExchangeClient : public QObject, public RequestSender
{
    Q_OBJECT
public:
    ExchangeClient(ApiClient *api, const TenantProfile &profile, QObject *parent = nullptr);

    // Exchange Online refuses more concurrent admin requests per tenant than a few ("You have reached the
    // maximum number of concurrent requests per tenant", 429): at most this many are sent at once.
    static constexpr int kMaxInFlight = 3;
    static inline const QString kLane = QStringLiteral("exchange-admin");

    // `select` becomes ?$select=a,b (property selection). The job is started; connect to finished().
    ExchangeCommandJob *invokeCommand(const QString &cmdlet, const QJsonObject &parameters,
                                      const QStringList &select = {});
    ExchangeCommandJob *invokeAdminApi(const QString &endpoint, const QString &cmdlet,
                                       const QJsonObject &parameters, const QStringList &select = {});

    QUrl invokeCommandUrl() const;                   // {exchangeUrl}/adminapi/beta/{tenant}/InvokeCommand
    QUrl adminApiUrl(const QString &endpoint) const; // {exchangeUrl}/adminapi/v2.0/{tenant}/{endpoint}
    static QJsonObject commandBody(const QString &cmdlet, const QJsonObject &parameters);
    ApiRequest commandRequest(const QUrl &url, const QString &cmdlet, const QJsonObject &parameters,
                              const QStringList &select) const;

    ApiJob *send(const ApiRequest &request) override;
    bool isAllowedLink(const QUrl &url) const override;

    QString resource() const { return m_resource; }
    QString tenant() const { return m_tenant; }
    // "Prefer: odata.maxpagesize=N" sent with every command (default 1000, the server's maximum).
    void setPageSize(int size) { m_pageSize = size; }

private:
    ExchangeCommandJob *start(const ApiRequest &request);

    ApiClient *m_api;
    QUrl m_baseUrl;
    QString m_resource;
    QString m_tenant;
    int m_pageSize = 1000;
};
