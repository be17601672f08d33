#include "sandbox/odata/directoryschema.h"

#include <QJsonArray>

DirectorySchema::DirectorySchema(const QString &resource, const QString &entitySet, const QString &odataType)
    : m_resource(resource), m_entitySet(entitySet), m_odataType(odataType)
{}

void DirectorySchema::declare(const QStringList &properties)
{
    for (const QString &p : properties)
        m_canonical.insert(p.toLower(), p);
}

void DirectorySchema::filterable(const QString &property, const char *support)
{
    m_filters.insert(property, QByteArray(support));
}

QJsonValue DirectorySchema::emptyValue(const QString &property) const
{
    if (m_collections.contains(property))
        return QJsonArray();
    if (property == QLatin1String("deviceEnrollmentLimit"))
        return 5;
    if (property == QLatin1String("birthday") || property == QLatin1String("hireDate"))
        return QStringLiteral("0001-01-01T00:00:00Z");
    return QJsonValue(QJsonValue::Null);
}

DirectorySchema::Support DirectorySchema::filter(const QString &property, Operator op) const
{
    const QByteArray letters = m_filters.value(property);
    const int index = int(op);
    if (index >= letters.size())
        return Support::None;
    switch (letters.at(index)) {
    case 'D':
        return Support::Default;
    case 'A':
        return Support::Advanced;
    default:
        return Support::None;
    }
}

// Operator letters, in order: eq ne range(ge/le) in startsWith endsWith null any $count. gt and lt work on
// no directory property (ODataQuery refuses them whatever the table says).
// ne and not need advanced queries wherever eq works; endsWith only on mail, otherMails,
// userPrincipalName and proxyAddresses; counting a collection ($count eq 0) is always advanced.
DirectorySchema DirectorySchema::user()
{
    DirectorySchema s(QStringLiteral("User"), QStringLiteral("users"),
                      QStringLiteral("#microsoft.graph.user"));
    s.declare({QStringLiteral("aboutMe"),
               QStringLiteral("accountEnabled"),
               QStringLiteral("ageGroup"),
               QStringLiteral("assignedLicenses"),
               QStringLiteral("assignedPlans"),
               QStringLiteral("authorizationInfo"),
               QStringLiteral("birthday"),
               QStringLiteral("businessPhones"),
               QStringLiteral("city"),
               QStringLiteral("companyName"),
               QStringLiteral("consentProvidedForMinor"),
               QStringLiteral("country"),
               QStringLiteral("createdDateTime"),
               QStringLiteral("creationType"),
               QStringLiteral("customSecurityAttributes"),
               QStringLiteral("deletedDateTime"),
               QStringLiteral("department"),
               QStringLiteral("deviceEnrollmentLimit"),
               QStringLiteral("displayName"),
               QStringLiteral("employeeHireDate"),
               QStringLiteral("employeeId"),
               QStringLiteral("employeeLeaveDateTime"),
               QStringLiteral("employeeOrgData"),
               QStringLiteral("employeeType"),
               QStringLiteral("externalUserState"),
               QStringLiteral("externalUserStateChangeDateTime"),
               QStringLiteral("faxNumber"),
               QStringLiteral("givenName"),
               QStringLiteral("hireDate"),
               QStringLiteral("id"),
               QStringLiteral("identities"),
               QStringLiteral("imAddresses"),
               QStringLiteral("interests"),
               QStringLiteral("isManagementRestricted"),
               QStringLiteral("isResourceAccount"),
               QStringLiteral("jobTitle"),
               QStringLiteral("lastPasswordChangeDateTime"),
               QStringLiteral("legalAgeGroupClassification"),
               QStringLiteral("licenseAssignmentStates"),
               QStringLiteral("mail"),
               QStringLiteral("mailNickname"),
               QStringLiteral("mailboxSettings"),
               QStringLiteral("mobilePhone"),
               QStringLiteral("mySite"),
               QStringLiteral("officeLocation"),
               QStringLiteral("onPremisesDistinguishedName"),
               QStringLiteral("onPremisesDomainName"),
               QStringLiteral("onPremisesExtensionAttributes"),
               QStringLiteral("onPremisesImmutableId"),
               QStringLiteral("onPremisesLastSyncDateTime"),
               QStringLiteral("onPremisesProvisioningErrors"),
               QStringLiteral("onPremisesSamAccountName"),
               QStringLiteral("onPremisesSecurityIdentifier"),
               QStringLiteral("onPremisesSyncEnabled"),
               QStringLiteral("onPremisesUserPrincipalName"),
               QStringLiteral("otherMails"),
               QStringLiteral("passwordPolicies"),
               QStringLiteral("passwordProfile"),
               QStringLiteral("pastProjects"),
               QStringLiteral("postalCode"),
               QStringLiteral("preferredDataLocation"),
               QStringLiteral("preferredLanguage"),
               QStringLiteral("preferredName"),
               QStringLiteral("provisionedPlans"),
               QStringLiteral("proxyAddresses"),
               QStringLiteral("responsibilities"),
               QStringLiteral("schools"),
               QStringLiteral("securityIdentifier"),
               QStringLiteral("serviceProvisioningErrors"),
               QStringLiteral("showInAddressList"),
               QStringLiteral("signInActivity"),
               QStringLiteral("signInSessionsValidFromDateTime"),
               QStringLiteral("skills"),
               QStringLiteral("state"),
               QStringLiteral("streetAddress"),
               QStringLiteral("surname"),
               QStringLiteral("usageLocation"),
               QStringLiteral("userPrincipalName"),
               QStringLiteral("userType")});
    s.m_defaults = {QStringLiteral("businessPhones"),
                    QStringLiteral("displayName"),
                    QStringLiteral("givenName"),
                    QStringLiteral("jobTitle"),
                    QStringLiteral("mail"),
                    QStringLiteral("mobilePhone"),
                    QStringLiteral("officeLocation"),
                    QStringLiteral("preferredLanguage"),
                    QStringLiteral("surname"),
                    QStringLiteral("userPrincipalName"),
                    QStringLiteral("id")};
    s.m_collections = {QStringLiteral("assignedLicenses"),
                       QStringLiteral("assignedPlans"),
                       QStringLiteral("businessPhones"),
                       QStringLiteral("identities"),
                       QStringLiteral("imAddresses"),
                       QStringLiteral("interests"),
                       QStringLiteral("licenseAssignmentStates"),
                       QStringLiteral("onPremisesProvisioningErrors"),
                       QStringLiteral("otherMails"),
                       QStringLiteral("pastProjects"),
                       QStringLiteral("provisionedPlans"),
                       QStringLiteral("proxyAddresses"),
                       QStringLiteral("responsibilities"),
                       QStringLiteral("schools"),
                       QStringLiteral("serviceProvisioningErrors"),
                       QStringLiteral("skills")};
    s.m_singleOnly = {
        QStringLiteral("aboutMe"),       QStringLiteral("birthday"),         QStringLiteral("hireDate"),
        QStringLiteral("interests"),     QStringLiteral("mySite"),           QStringLiteral("pastProjects"),
        QStringLiteral("preferredName"), QStringLiteral("responsibilities"), QStringLiteral("schools"),
        QStringLiteral("skills"),        QStringLiteral("mailboxSettings")};
    s.m_readOnly = {QStringLiteral("id"),
                    QStringLiteral("createdDateTime"),
                    QStringLiteral("deletedDateTime"),
                    QStringLiteral("assignedLicenses"),
                    QStringLiteral("assignedPlans"),
                    QStringLiteral("provisionedPlans"),
                    QStringLiteral("licenseAssignmentStates"),
                    QStringLiteral("proxyAddresses"),
                    QStringLiteral("mail"),
                    QStringLiteral("creationType"),
                    QStringLiteral("securityIdentifier"),
                    QStringLiteral("signInActivity"),
                    QStringLiteral("lastPasswordChangeDateTime"),
                    QStringLiteral("onPremisesSyncEnabled"),
                    QStringLiteral("onPremisesLastSyncDateTime"),
                    QStringLiteral("onPremisesSecurityIdentifier"),
                    QStringLiteral("onPremisesProvisioningErrors"),
                    QStringLiteral("serviceProvisioningErrors")};
    //                                                          eq ne rg in sw ew nu any cnt
    s.filterable(QStringLiteral("accountEnabled"), "DAAD-----");
    s.filterable(QStringLiteral("ageGroup"), "DA-D-----");
    s.filterable(QStringLiteral("assignedLicenses"), "D------DA");
    s.filterable(QStringLiteral("assignedPlans"), "D------DA");
    s.filterable(QStringLiteral("businessPhones"), "D------DA");
    s.filterable(QStringLiteral("city"), "DADDD-A--");
    s.filterable(QStringLiteral("companyName"), "AAAAA-A--");
    s.filterable(QStringLiteral("consentProvidedForMinor"), "DA-D-----");
    s.filterable(QStringLiteral("country"), "DADDD-A--");
    s.filterable(QStringLiteral("createdDateTime"), "DADA-----");
    s.filterable(QStringLiteral("creationType"), "DA-D-----");
    s.filterable(QStringLiteral("deletedDateTime"), "DADA-----");
    s.filterable(QStringLiteral("department"), "DADDD-A--");
    s.filterable(QStringLiteral("displayName"), "DA-DD-A--");
    s.filterable(QStringLiteral("employeeHireDate"), "AAAA-----");
    s.filterable(QStringLiteral("employeeId"), "DAA-D-A--");
    s.filterable(QStringLiteral("employeeType"), "AAAAA----");
    s.filterable(QStringLiteral("givenName"), "DADDD-A--");
    s.filterable(QStringLiteral("id"), "DA-D-----");
    s.filterable(QStringLiteral("identities"), "D------D-");
    s.filterable(QStringLiteral("imAddresses"), "DAD-D--DA");
    s.filterable(QStringLiteral("isResourceAccount"), "DA-------");
    s.filterable(QStringLiteral("jobTitle"),
                 "DADDD-A--"); // Graph: eq, ne, not, ge, le, in, startsWith, eq null
    s.filterable(QStringLiteral("mail"), "DADDDA---");
    s.filterable(QStringLiteral("mailNickname"), "DADDD-A--");
    s.filterable(QStringLiteral("mobilePhone"), "AAAAA-A--");
    s.filterable(QStringLiteral("officeLocation"), "AAAAA-A--");
    s.filterable(QStringLiteral("onPremisesExtensionAttributes"), "AAAA-----");
    s.filterable(QStringLiteral("onPremisesImmutableId"), "AAAA-----");
    s.filterable(QStringLiteral("onPremisesLastSyncDateTime"), "AAAA-----");
    s.filterable(QStringLiteral("onPremisesSamAccountName"), "AAAAA----");
    s.filterable(QStringLiteral("onPremisesSecurityIdentifier"), "DA-D--A--");
    s.filterable(QStringLiteral("onPremisesSyncEnabled"), "DAAD--A--");
    s.filterable(QStringLiteral("onPremisesUserPrincipalName"), "DADDD----");
    s.filterable(QStringLiteral("otherMails"), "DAD-DA-DA");
    s.filterable(QStringLiteral("passwordPolicies"), "AA----A--");
    s.filterable(QStringLiteral("postalCode"), "AAAAA-A--");
    s.filterable(QStringLiteral("preferredLanguage"), "AAAAA-A--");
    s.filterable(QStringLiteral("proxyAddresses"), "DAD-DAADA");
    s.filterable(QStringLiteral("showInAddressList"), "AAAA-----");
    s.filterable(QStringLiteral("signInActivity"), "DAD------");
    s.filterable(QStringLiteral("state"), "DADDD-A--");
    s.filterable(QStringLiteral("streetAddress"), "AAAAA-A--");
    s.filterable(QStringLiteral("surname"), "DADDD-A--");
    s.filterable(QStringLiteral("usageLocation"), "DADDD----");
    s.filterable(QStringLiteral("userPrincipalName"), "DADDDA---");
    s.filterable(QStringLiteral("userType"), "DA-D--A--");
    s.m_orderBy = {{QStringLiteral("displayName"), Support::Default},
                   {QStringLiteral("userPrincipalName"), Support::Default},
                   {QStringLiteral("createdDateTime"), Support::Advanced},
                   {QStringLiteral("deletedDateTime"), Support::Advanced}};
    s.m_searchable = {
        QStringLiteral("displayName"),    QStringLiteral("givenName"),    QStringLiteral("surname"),
        QStringLiteral("mail"),           QStringLiteral("mailNickname"), QStringLiteral("userPrincipalName"),
        QStringLiteral("jobTitle"),       QStringLiteral("department"),   QStringLiteral("employeeId"),
        QStringLiteral("proxyAddresses"), QStringLiteral("otherMails")};
    return s;
}

DirectorySchema DirectorySchema::group()
{
    DirectorySchema s(QStringLiteral("Group"), QStringLiteral("groups"),
                      QStringLiteral("#microsoft.graph.group"));
    s.declare({QStringLiteral("accessType"),
               QStringLiteral("allowExternalSenders"),
               QStringLiteral("assignedLabels"),
               QStringLiteral("assignedLicenses"),
               QStringLiteral("autoSubscribeNewMembers"),
               QStringLiteral("classification"),
               QStringLiteral("createdDateTime"),
               QStringLiteral("deletedDateTime"),
               QStringLiteral("description"),
               QStringLiteral("displayName"),
               QStringLiteral("expirationDateTime"),
               QStringLiteral("groupTypes"),
               QStringLiteral("hasMembersWithLicenseErrors"),
               QStringLiteral("hideFromAddressLists"),
               QStringLiteral("hideFromOutlookClients"),
               QStringLiteral("id"),
               QStringLiteral("infoCatalogs"),
               QStringLiteral("isArchived"),
               QStringLiteral("isAssignableToRole"),
               QStringLiteral("isFavorite"),
               QStringLiteral("isManagementRestricted"),
               QStringLiteral("isSubscribedByMail"),
               QStringLiteral("licenseProcessingState"),
               QStringLiteral("mail"),
               QStringLiteral("mailEnabled"),
               QStringLiteral("mailNickname"),
               QStringLiteral("membershipRule"),
               QStringLiteral("membershipRuleProcessingState"),
               QStringLiteral("onPremisesDomainName"),
               QStringLiteral("onPremisesExtensionAttributes"),
               QStringLiteral("onPremisesLastSyncDateTime"),
               QStringLiteral("onPremisesNetBiosName"),
               QStringLiteral("onPremisesProvisioningErrors"),
               QStringLiteral("onPremisesSamAccountName"),
               QStringLiteral("onPremisesSecurityIdentifier"),
               QStringLiteral("onPremisesSyncEnabled"),
               QStringLiteral("organizationId"),
               QStringLiteral("preferredDataLocation"),
               QStringLiteral("preferredLanguage"),
               QStringLiteral("proxyAddresses"),
               QStringLiteral("renewedDateTime"),
               QStringLiteral("resourceBehaviorOptions"),
               QStringLiteral("resourceProvisioningOptions"),
               QStringLiteral("securityEnabled"),
               QStringLiteral("securityIdentifier"),
               QStringLiteral("serviceProvisioningErrors"),
               QStringLiteral("theme"),
               QStringLiteral("uniqueName"),
               QStringLiteral("unseenConversationsCount"),
               QStringLiteral("unseenCount"),
               QStringLiteral("unseenMessagesCount"),
               QStringLiteral("visibility"),
               QStringLiteral("welcomeMessageEnabled")});
    s.m_defaults = {QStringLiteral("id"),
                    QStringLiteral("deletedDateTime"),
                    QStringLiteral("classification"),
                    QStringLiteral("createdDateTime"),
                    QStringLiteral("description"),
                    QStringLiteral("displayName"),
                    QStringLiteral("expirationDateTime"),
                    QStringLiteral("groupTypes"),
                    QStringLiteral("isAssignableToRole"),
                    QStringLiteral("mail"),
                    QStringLiteral("mailEnabled"),
                    QStringLiteral("mailNickname"),
                    QStringLiteral("membershipRule"),
                    QStringLiteral("membershipRuleProcessingState"),
                    QStringLiteral("onPremisesDomainName"),
                    QStringLiteral("onPremisesLastSyncDateTime"),
                    QStringLiteral("onPremisesNetBiosName"),
                    QStringLiteral("onPremisesSamAccountName"),
                    QStringLiteral("onPremisesSecurityIdentifier"),
                    QStringLiteral("onPremisesSyncEnabled"),
                    QStringLiteral("preferredDataLocation"),
                    QStringLiteral("preferredLanguage"),
                    QStringLiteral("proxyAddresses"),
                    QStringLiteral("renewedDateTime"),
                    QStringLiteral("resourceBehaviorOptions"),
                    QStringLiteral("resourceProvisioningOptions"),
                    QStringLiteral("securityEnabled"),
                    QStringLiteral("securityIdentifier"),
                    QStringLiteral("theme"),
                    QStringLiteral("visibility"),
                    QStringLiteral("onPremisesProvisioningErrors"),
                    QStringLiteral("serviceProvisioningErrors")};
    s.m_collections = {QStringLiteral("assignedLabels"),
                       QStringLiteral("assignedLicenses"),
                       QStringLiteral("groupTypes"),
                       QStringLiteral("infoCatalogs"),
                       QStringLiteral("onPremisesProvisioningErrors"),
                       QStringLiteral("proxyAddresses"),
                       QStringLiteral("resourceBehaviorOptions"),
                       QStringLiteral("resourceProvisioningOptions"),
                       QStringLiteral("serviceProvisioningErrors")};
    s.m_singleOnly = {QStringLiteral("allowExternalSenders"), QStringLiteral("autoSubscribeNewMembers"),
                      QStringLiteral("hideFromAddressLists"), QStringLiteral("hideFromOutlookClients"),
                      QStringLiteral("isSubscribedByMail"),   QStringLiteral("unseenCount")};
    s.m_readOnly = {QStringLiteral("id"),
                    QStringLiteral("createdDateTime"),
                    QStringLiteral("deletedDateTime"),
                    QStringLiteral("mail"),
                    QStringLiteral("proxyAddresses"),
                    QStringLiteral("renewedDateTime"),
                    QStringLiteral("securityIdentifier"),
                    QStringLiteral("onPremisesSyncEnabled"),
                    QStringLiteral("onPremisesLastSyncDateTime"),
                    QStringLiteral("onPremisesSecurityIdentifier"),
                    QStringLiteral("assignedLicenses"),
                    QStringLiteral("hasMembersWithLicenseErrors")};
    //                                                          eq ne rg in sw ew nu any cnt
    s.filterable(QStringLiteral("assignedLicenses"), "D------D-");
    s.filterable(QStringLiteral("classification"), "DA-DD----");
    s.filterable(QStringLiteral("createdDateTime"), "AA-A-----");
    s.filterable(QStringLiteral("description"), "AAA-A-A--");
    s.filterable(QStringLiteral("displayName"), "DADDD-A--");
    s.filterable(QStringLiteral("expirationDateTime"), "DADD-----");
    s.filterable(QStringLiteral("groupTypes"), "DA-----DA");
    s.filterable(QStringLiteral("hasMembersWithLicenseErrors"), "D--------");
    s.filterable(QStringLiteral("id"), "DA-D-----");
    s.filterable(QStringLiteral("isAssignableToRole"), "DA-------");
    s.filterable(QStringLiteral("mail"), "DADDDAA--");
    s.filterable(QStringLiteral("mailEnabled"), "DA-D-----");
    s.filterable(QStringLiteral("mailNickname"), "DADDD-A--");
    s.filterable(QStringLiteral("membershipRule"), "DA--D----");
    s.filterable(QStringLiteral("onPremisesSecurityIdentifier"), "DA-D-----");
    s.filterable(QStringLiteral("onPremisesSyncEnabled"), "DA-D--A--");
    s.filterable(QStringLiteral("proxyAddresses"), "DAD-DA-DA");
    s.filterable(QStringLiteral("resourceProvisioningOptions"), "D------D-");
    s.filterable(QStringLiteral("securityEnabled"), "DA-D-----");
    s.filterable(QStringLiteral("visibility"), "DA-D-----");
    s.m_orderBy = {{QStringLiteral("displayName"), Support::Default},
                   {QStringLiteral("deletedDateTime"), Support::Advanced}};
    s.m_searchable = {QStringLiteral("displayName"), QStringLiteral("description"), QStringLiteral("mail"),
                      QStringLiteral("mailNickname"), QStringLiteral("proxyAddresses")};
    return s;
}

DirectorySchema DirectorySchema::administrativeUnit()
{
    DirectorySchema s(QStringLiteral("AdministrativeUnit"), QStringLiteral("administrativeUnits"),
                      QStringLiteral("#microsoft.graph.administrativeUnit"));
    s.m_defaults = {QStringLiteral("id"),
                    QStringLiteral("deletedDateTime"),
                    QStringLiteral("description"),
                    QStringLiteral("displayName"),
                    QStringLiteral("isMemberManagementRestricted"),
                    QStringLiteral("membershipRule"),
                    QStringLiteral("membershipRuleProcessingState"),
                    QStringLiteral("membershipType"),
                    QStringLiteral("visibility")};
    s.declare(s.m_defaults);
    //                                                          eq ne rg in sw ew nu any cnt
    s.filterable(QStringLiteral("displayName"), "DADDD-A--");
    s.filterable(QStringLiteral("id"), "DA-D-----");
    s.filterable(QStringLiteral("description"), "AAAAA-A--");
    s.m_orderBy = {{QStringLiteral("displayName"), Support::Advanced}};
    s.m_searchable = {QStringLiteral("displayName"), QStringLiteral("description")};
    return s;
}

DirectorySchema DirectorySchema::directoryObject()
{
    DirectorySchema s = user();
    const DirectorySchema g = group();
    s.m_resource = QStringLiteral("DirectoryObject");
    s.m_entitySet = QStringLiteral("directoryObjects");
    s.m_odataType = QStringLiteral("#microsoft.graph.directoryObject");
    for (auto it = g.m_canonical.begin(); it != g.m_canonical.end(); ++it)
        s.m_canonical.insert(it.key(), it.value());
    const DirectorySchema units = administrativeUnit();
    for (auto it = units.m_canonical.begin(); it != units.m_canonical.end(); ++it)
        s.m_canonical.insert(it.key(), it.value());
    s.m_collections.unite(g.m_collections);
    for (auto it = g.m_filters.begin(); it != g.m_filters.end(); ++it) {
        if (!s.m_filters.contains(it.key()))
            s.m_filters.insert(it.key(), it.value());
    }
    s.m_searchable.unite(g.m_searchable);
    s.m_singleOnly.clear();
    s.m_orderBy = {{QStringLiteral("displayName"), Support::Advanced}};
    return s;
}
