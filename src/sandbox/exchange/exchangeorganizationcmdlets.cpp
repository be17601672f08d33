#include "sandbox/exchange/exchangeorganizationcmdlets.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/recipientresolver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
const QString GetOrganizationConfig = QStringLiteral("Get-OrganizationConfig");
const QString GetAcceptedDomain = QStringLiteral("Get-AcceptedDomain");
const QString GetSharingPolicy = QStringLiteral("Get-SharingPolicy");
} // namespace

ExchangeOrganizationCmdlets::ExchangeOrganizationCmdlets(const Tenant &tenant) : m_tenant(tenant)
{}

QStringList ExchangeOrganizationCmdlets::cmdlets() const
{
    return {GetOrganizationConfig, GetAcceptedDomain, GetSharingPolicy};
}

ExchangeCmdletResult ExchangeOrganizationCmdlets::invoke(const ExchangeCmdletCall &call)
{
    if (call.name() == GetOrganizationConfig)
        return organizationConfig(call);
    if (call.name() == GetAcceptedDomain)
        return acceptedDomains(call);
    return sharingPolicy(call);
}

ExchangeCmdletResult ExchangeOrganizationCmdlets::organizationConfig(const ExchangeCmdletCall &call) const
{
    const QString unknown = call.unknownParameter({});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const QString name = m_tenant.initialDomain;
    return ExchangeCmdletResult::ok({QJsonObject{
        {QStringLiteral("Identity"), name},
        {QStringLiteral("Name"), name},
        {QStringLiteral("DisplayName"), m_tenant.displayName},
        {QStringLiteral("Guid"), m_tenant.tenantId},
        {QStringLiteral("ExternalDirectoryOrganizationId"), m_tenant.tenantId},
        {QStringLiteral("IsDehydrated"), false},
        {QStringLiteral("OAuth2ClientProfileEnabled"), true},
        {QStringLiteral("AuditDisabled"), false},
        {QStringLiteral("DefaultAuthenticationPolicy"), QJsonValue()},
        {QStringLiteral("MailTipsAllTipsEnabled"), true},
        {QStringLiteral("MailTipsExternalRecipientsTipsEnabled"), false},
        {QStringLiteral("CalendarVersionStoreEnabled"), true},
    }});
}

ExchangeCmdletResult ExchangeOrganizationCmdlets::acceptedDomains(const ExchangeCmdletCall &call) const
{
    const QString unknown = call.unknownParameter({QStringLiteral("Identity")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const RecipientResolver resolver(m_tenant);
    const QString defaultDomain = resolver.defaultDomain();
    const QString only = call.string(QStringLiteral("Identity"));
    ExchangeCmdletResult result;
    for (const QString &domain : resolver.acceptedDomains()) {
        if (!only.isEmpty() && domain.compare(only, Qt::CaseInsensitive) != 0)
            continue;
        result.rows.append(QJsonObject{
            {QStringLiteral("Identity"), domain},
            {QStringLiteral("Name"), domain},
            {QStringLiteral("DomainName"), domain},
            {QStringLiteral("DomainType"), QStringLiteral("Authoritative")},
            {QStringLiteral("Default"), domain.compare(defaultDomain, Qt::CaseInsensitive) == 0},
            {QStringLiteral("InitialDomain"),
             domain.compare(m_tenant.initialDomain, Qt::CaseInsensitive) == 0},
            {QStringLiteral("IsValid"), true},
        });
    }
    if (!only.isEmpty() && result.rows.isEmpty())
        return ExchangeCmdletResult::objectNotFound(only);
    return result;
}

QJsonArray ExchangeOrganizationCmdlets::sharingPolicies(const Tenant &tenant)
{
    if (!tenant.sharingPolicies.isEmpty())
        return tenant.sharingPolicies;
    return QJsonArray{QJsonObject{
        {QStringLiteral("Identity"), QStringLiteral("Default Sharing Policy")},
        {QStringLiteral("Name"), QStringLiteral("Default Sharing Policy")},
        {QStringLiteral("Id"), QStringLiteral("Default Sharing Policy")},
        {QStringLiteral("Default"), true},
        {QStringLiteral("Enabled"), true},
        {QStringLiteral("Domains"), QJsonArray{QStringLiteral("Anonymous:CalendarSharingFreeBusyReviewer"),
                                               QStringLiteral("*:CalendarSharingFreeBusySimple")}},
    }};
}

ExchangeCmdletResult ExchangeOrganizationCmdlets::sharingPolicy(const ExchangeCmdletCall &call) const
{
    const QString unknown = call.unknownParameter({QStringLiteral("Identity")});
    if (!unknown.isEmpty())
        return ExchangeCmdletResult::unknownParameter(call.name(), unknown);
    const QString only = call.string(QStringLiteral("Identity"));
    ExchangeCmdletResult result;
    for (const QJsonValue &policy : sharingPolicies(m_tenant)) {
        const QJsonObject p = policy.toObject();
        if (!only.isEmpty() &&
            p.value(QLatin1String("Name")).toString().compare(only, Qt::CaseInsensitive) != 0 &&
            p.value(QLatin1String("Identity")).toString().compare(only, Qt::CaseInsensitive) != 0)
            continue;
        result.rows.append(p);
    }
    if (!only.isEmpty() && result.rows.isEmpty())
        return ExchangeCmdletResult::objectNotFound(only);
    return result;
}
