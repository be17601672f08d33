#include "sandbox/exchange/exchangeendpoints.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/exchangedistributiongroupcmdlets.h"
#include "sandbox/exchange/exchangefolderpermissioncmdlets.h"
#include "sandbox/exchange/exchangemailboxcmdlets.h"
#include "sandbox/exchange/exchangeorganizationcmdlets.h"
#include "sandbox/exchange/exchangepermissioncmdlets.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace {
const QString Beta = QStringLiteral("beta");
const QString V2 = QStringLiteral("v2.0");
const int MaxPageSize = 1000;

int requestedPageSize(const SandboxRequest &request)
{
    // "Prefer: odata.maxpagesize=100" (CIPP sends "odata.maxpagesize = 1000;odata.continue-on-error").
    static const QRegularExpression pattern(QStringLiteral("odata\\.maxpagesize\\s*=\\s*(\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(request.header("Prefer")));
    const int size = match.hasMatch() ? match.captured(1).toInt() : MaxPageSize;
    return qBound(1, size, MaxPageSize);
}

QJsonObject selectProperties(const QJsonObject &row, const QStringList &select)
{
    if (select.isEmpty())
        return row;
    QJsonObject out;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (select.contains(it.key(), Qt::CaseInsensitive))
            out.insert(it.key(), it.value());
    }
    return out;
}
} // namespace

ExchangeEndpoints::ExchangeEndpoints(Tenant &tenant, const SandboxOptions::Realism &realism)
    : m_tenant(tenant), m_realism(realism)
{
    m_sets.push_back(std::make_unique<ExchangeMailboxCmdlets>(tenant));
    m_sets.push_back(std::make_unique<ExchangePermissionCmdlets>(tenant));
    m_sets.push_back(std::make_unique<ExchangeFolderPermissionCmdlets>(tenant));
    m_sets.push_back(std::make_unique<ExchangeDistributionGroupCmdlets>(tenant));
    m_sets.push_back(std::make_unique<ExchangeOrganizationCmdlets>(tenant));
}

ExchangeEndpoints::~ExchangeEndpoints() = default;

bool ExchangeEndpoints::matches(const SandboxRequest &request) const
{
    return request.path.startsWith(QLatin1String("/adminapi/"));
}

QHash<QString, QHash<QString, QStringList>> ExchangeEndpoints::v2Endpoints()
{
    return {
        {QStringLiteral("Mailbox"),
         {{QStringLiteral("Get-Mailbox"), {}},
          {QStringLiteral("Set-Mailbox"),
           {QStringLiteral("Identity"), QStringLiteral("GrantSendOnBehalfTo")}}}},
        {QStringLiteral("MailboxFolderPermission"),
         {{QStringLiteral("Get-MailboxFolderPermission"), {}},
          {QStringLiteral("Add-MailboxFolderPermission"), {}},
          {QStringLiteral("Set-MailboxFolderPermission"), {}},
          {QStringLiteral("Remove-MailboxFolderPermission"), {}}}},
        {QStringLiteral("DistributionGroupMember"), {{QStringLiteral("Get-DistributionGroupMember"), {}}}},
        {QStringLiteral("OrganizationConfig"), {{QStringLiteral("Get-OrganizationConfig"), {}}}},
        {QStringLiteral("AcceptedDomain"), {{QStringLiteral("Get-AcceptedDomain"), {}}}},
    };
}

SandboxResponse ExchangeEndpoints::plainError(const SandboxRequest &request, int status, const QString &code,
                                              const QString &message)
{
    Q_UNUSED(request);
    return SandboxResponse::json(
        status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("message"), message}}}});
}

SandboxResponse ExchangeEndpoints::error(const SandboxRequest &request, const ExchangeCmdletResult &result)
{
    Q_UNUSED(request);
    const QString code = result.status == 404   ? QStringLiteral("NotFound")
                         : result.status == 403 ? QStringLiteral("Forbidden")
                                                : QStringLiteral("BadRequest");
    const QString pipe = ExchangeCmdletResult::errorId(result.exceptionType) + QLatin1Char('|') +
                         result.exceptionType + QLatin1Char('|') + result.message;
    const auto details = [](const QString &message) {
        return QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("Context")},
                                      {QStringLiteral("target"), QString()},
                                      {QStringLiteral("message"), message}}};
    };
    const QString service = QStringLiteral("Microsoft.Exchange.Admin.OData.Core.ODataServiceException");
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), QStringLiteral("Error executing cmdlet")}};
    // The real service answers in several shapes (graph-realism.md M4); "exchange-errors" rotates them.
    const int shape = m_realism.exchangeErrorShapes ? 1 + m_errorReplies++ % 3 : 0;
    switch (shape) {
    case 0: // the kind default: every field a client might read
    case 1: // the pipe form in details[].message, innererror without internalexception
        error.insert(QStringLiteral("details"), details(pipe));
        error.insert(QStringLiteral("innererror"), QJsonObject{{QStringLiteral("message"), result.message},
                                                               {QStringLiteral("type"), service}});
        break;
    case 2: // details[].message holding a JSON object as a string
        error.insert(QStringLiteral("details"),
                     details(QString::fromUtf8(
                         QJsonDocument(QJsonObject{{QStringLiteral("Message"), result.message},
                                                   {QStringLiteral("TypeName"), result.exceptionType}})
                             .toJson(QJsonDocument::Compact))));
        break;
    default: // only innererror, with the exception's own type
        error.insert(QStringLiteral("innererror"),
                     QJsonObject{{QStringLiteral("message"), result.message},
                                 {QStringLiteral("type"), result.exceptionType}});
        break;
    }
    if (shape == 0) {
        QJsonObject inner = error.value(QLatin1String("innererror")).toObject();
        inner.insert(QStringLiteral("internalexception"),
                     QJsonObject{{QStringLiteral("message"), result.message},
                                 {QStringLiteral("type"), result.exceptionType}});
        error.insert(QStringLiteral("innererror"), inner);
    }
    return SandboxResponse::json(result.status, QJsonObject{{QStringLiteral("error"), error}});
}

SandboxResponse ExchangeEndpoints::sparseReply(const QJsonObject &response)
{
    if (m_sparseReplies++ % 2 == 0)
        return SandboxResponse::noContent();
    QJsonObject sparse = response;
    sparse.insert(QStringLiteral("value"), QJsonValue(QJsonValue::Null));
    return SandboxResponse::json(200, sparse);
}

bool ExchangeEndpoints::isTenantSegment(const QString &segment) const
{
    return segment.compare(m_tenant.tenantId, Qt::CaseInsensitive) == 0 ||
           RecipientResolver(m_tenant).isAcceptedDomain(segment);
}

ExchangeCmdletSet *ExchangeEndpoints::findCmdlet(const QString &name, QString *canonical) const
{
    for (const auto &set : m_sets) {
        for (const QString &cmdlet : set->cmdlets()) {
            if (cmdlet.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                *canonical = cmdlet;
                return set.get();
            }
        }
    }
    return nullptr;
}

bool ExchangeEndpoints::authorize(const SandboxRequest &request, const QString &version, bool *tenantWide,
                                  QStringList *units, SandboxResponse *failure) const
{
    const SandboxCaller &caller = request.caller;
    const bool v2 = version == V2;
    const char *delegated = v2 ? "Exchange.ManageV2" : "Exchange.Manage";
    const char *application = v2 ? "Exchange.ManageAsAppV2" : "Exchange.ManageAsApp";
    if (caller.appOnly()) {
        if (!caller.hasAny({application})) {
            *failure = plainError(
                request, 403, QStringLiteral("Forbidden"),
                QStringLiteral("The role assigned to application %1 isn't supported in this scenario. "
                               "Please check online documentation for assigning correct Directory "
                               "Roles to Azure AD Application for EXO App-Only Authentication.")
                    .arg(caller.appId));
            return false;
        }
        *tenantWide = true;
        return true;
    }
    const std::optional<QJsonObject> user = m_tenant.users.find(caller.userId);
    const QString upn = user ? user->value(QLatin1String("userPrincipalName")).toString() : caller.userId;
    if (!caller.hasAny({delegated})) {
        *failure =
            plainError(request, 403, QStringLiteral("Forbidden"),
                       QStringLiteral("The access token doesn't grant the '%1' permission required to call "
                                      "this API.")
                           .arg(QLatin1String(delegated)));
        return false;
    }
    const QStringList roles = m_tenant.rolesOf(caller.userId);
    if (roles.contains(DirectoryRoles::ExchangeAdministrator) ||
        roles.contains(DirectoryRoles::GlobalAdministrator)) {
        *tenantWide = true;
        return true;
    }
    *units = m_tenant.scopedUnitsOf(caller.userId);
    if (units->isEmpty()) {
        *failure =
            plainError(request, 403, QStringLiteral("Forbidden"),
                       QStringLiteral("The user \"%1\" isn't assigned to any management roles.").arg(upn));
        return false;
    }
    *tenantWide = false;
    return true;
}

SandboxResponse ExchangeEndpoints::handle(SandboxRequest &request)
{
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // ["adminapi", version, tenant, endpoint]
    if (segments.size() != 4 || (segments[1] != Beta && segments[1] != V2))
        return plainError(request, 404, QStringLiteral("NotFound"),
                          QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                              .arg(request.baseUrl + request.path));
    if (!isTenantSegment(segments[2]))
        return plainError(
            request, 400, QStringLiteral("BadRequest"),
            QStringLiteral("The tenant '%1' doesn't match the tenant of the access token.").arg(segments[2]));
    if (request.method != "POST")
        return plainError(request, 405, QStringLiteral("MethodNotAllowed"),
                          QStringLiteral("The requested resource does not support http method '%1'.")
                              .arg(QString::fromLatin1(request.method)));
    if (segments[1] == Beta && segments[3] == QLatin1String("$batch"))
        return batch(request, segments[2]);
    if (segments[1] == Beta && segments[3] != QLatin1String("InvokeCommand"))
        return plainError(request, 404, QStringLiteral("NotFound"),
                          QStringLiteral("No HTTP resource was found that matches the request URI '%1'.")
                              .arg(request.baseUrl + request.path));
    if (segments[1] == V2 && !v2Endpoints().contains(segments[3]))
        return plainError(request, 404, QStringLiteral("NotFound"),
                          QStringLiteral("The endpoint '%1' doesn't exist in the Exchange Online Admin API.")
                              .arg(segments[3]));
    return invokeCommand(request, segments[1], segments[2], segments[3]);
}

SandboxResponse ExchangeEndpoints::invokeCommand(const SandboxRequest &request, const QString &version,
                                                 const QString &tenantSegment, const QString &endpoint)
{
    bool tenantWide = false;
    QStringList units;
    SandboxResponse failure;
    if (!authorize(request, version, &tenantWide, &units, &failure))
        return failure;

    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    const QJsonObject input = body.value(QLatin1String("CmdletInput")).toObject();
    const QString name = input.value(QLatin1String("CmdletName")).toString();
    if (!ok || name.isEmpty())
        return plainError(request, 400, QStringLiteral("BadRequest"),
                          QStringLiteral("The request body must be {\"CmdletInput\":{\"CmdletName\":\"...\","
                                         "\"Parameters\":{...}}}."));
    QString cmdlet;
    ExchangeCmdletSet *set = findCmdlet(name, &cmdlet);
    if (!set)
        return error(request,
                     ExchangeCmdletResult::error(
                         400, QStringLiteral("System.Management.Automation.CommandNotFoundException"),
                         QStringLiteral("The term '%1' is not recognized as the name of a cmdlet, function, "
                                        "script file, or operable program. Check the spelling of the name, "
                                        "or if a path was included, verify that the path is correct and "
                                        "try again.")
                             .arg(name)));
    const QJsonObject parameters = input.value(QLatin1String("Parameters")).toObject();
    ExchangeCmdletCall call(cmdlet, parameters, request.caller);
    call.setScope(tenantWide, units);
    if (version == V2) {
        const QHash<QString, QStringList> allowed = v2Endpoints().value(endpoint);
        QStringList supported = allowed.keys();
        supported.sort();
        if (!allowed.contains(cmdlet))
            return plainError(
                request, 400, QStringLiteral("BadRequest"),
                QStringLiteral("The cmdlet '%1' isn't supported by the '%2' endpoint. Supported cmdlets: %3.")
                    .arg(cmdlet, endpoint, supported.join(QStringLiteral(", "))));
        const QStringList parametersHere = allowed.value(cmdlet);
        if (!parametersHere.isEmpty()) {
            const QString unknown = call.unknownParameter(parametersHere);
            if (!unknown.isEmpty())
                return error(request, ExchangeCmdletResult::unknownParameter(cmdlet, unknown));
        }
    }

    const ExchangeCmdletResult result = set->invoke(call);
    if (result.failed())
        return error(request, result);

    QStringList select;
    for (const QString &p :
         request.queryValue(QStringLiteral("$select")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        select.append(p.trimmed());
    const int offset = qMax(0, request.queryValue(QStringLiteral("$skiptoken")).toInt());
    const int pageSize = requestedPageSize(request);
    QJsonArray page;
    for (int i = offset; i < result.rows.size() && page.size() < pageSize; ++i)
        page.append(selectProperties(result.rows.at(i).toObject(), select));

    const QString base =
        request.baseUrl + QStringLiteral("/adminapi/") + version + QLatin1Char('/') + tenantSegment;
    QJsonObject response{
        {QStringLiteral("@odata.context"),
         base + QStringLiteral("/$metadata#Collection(Exchange.GenericHashTable)")},
    };
    if (offset == 0 && !result.warnings.isEmpty())
        response.insert(QStringLiteral("@adminapi.warnings"), QJsonArray::fromStringList(result.warnings));
    if (m_realism.exchangeSparseReplies && !cmdlet.startsWith(QLatin1String("Get-")) && offset == 0)
        return sparseReply(response);
    response.insert(QStringLiteral("value"), page);
    if (offset + page.size() < result.rows.size()) {
        QUrlQuery next;
        if (!select.isEmpty())
            next.addQueryItem(QStringLiteral("$select"), select.join(QLatin1Char(',')));
        next.addQueryItem(QStringLiteral("$skiptoken"), QString::number(offset + page.size()));
        response.insert(QStringLiteral("@odata.nextLink"), base + QLatin1Char('/') + endpoint +
                                                               QLatin1Char('?') +
                                                               next.toString(QUrl::FullyEncoded));
    }
    return SandboxResponse::json(200, response);
}

SandboxResponse ExchangeEndpoints::batch(const SandboxRequest &request, const QString &tenantSegment)
{
    bool ok = false;
    const QJsonArray requests = request.jsonBody(&ok).value(QLatin1String("requests")).toArray();
    if (!ok)
        return plainError(request, 400, QStringLiteral("BadRequest"),
                          QStringLiteral("The batch request body is not valid."));
    QJsonArray responses;
    for (const QJsonValue &item : requests) {
        const QJsonObject inner = item.toObject();
        const QString url = inner.value(QLatin1String("url")).toString();
        const QUrl parsed =
            url.startsWith(QLatin1String("https://"))
                ? QUrl(url)
                : QUrl(request.baseUrl + (url.startsWith(QLatin1Char('/')) ? url : QLatin1Char('/') + url));
        SandboxRequest sub = request;
        sub.method = inner.value(QLatin1String("method")).toString(QStringLiteral("POST")).toLatin1();
        sub.path = parsed.path();
        sub.query = QUrlQuery(parsed.query(QUrl::FullyEncoded));
        sub.body =
            QJsonDocument(inner.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
        const QJsonObject headers = inner.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            sub.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        const QStringList segments = sub.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        SandboxResponse answer;
        if (segments.size() == 4 && segments[0] == QLatin1String("adminapi") && segments[1] == Beta &&
            segments[2].compare(tenantSegment, Qt::CaseInsensitive) == 0 &&
            segments[3] == QLatin1String("InvokeCommand") && sub.method == "POST")
            answer = invokeCommand(sub, Beta, tenantSegment, segments[3]);
        else
            answer = plainError(sub, 400, QStringLiteral("BadRequest"),
                                QStringLiteral("Only POST requests to InvokeCommand can be batched."));
        responses.append(
            QJsonObject{{QStringLiteral("id"), inner.value(QLatin1String("id"))},
                        {QStringLiteral("status"), answer.status},
                        {QStringLiteral("body"), QJsonDocument::fromJson(answer.body).object()}});
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("responses"), responses}});
}
