#pragma once

#include <QString>
#include <QStringList>

class Tenant;

// Test helper for contract tests: the objects of a freshly seeded sandbox tenant the checks address, taken
// from the tenant itself (so they exist even where an endpoint family has not landed yet).
struct ContractTargets
{
    QString userId; // a user with a mailbox who is none of the sign-in accounts
    QString userUpn;
    QString delegateUpn; // another user with a mailbox
    QString groupId; // a Microsoft 365 or security group with at least two members (Graph may change them)
    QString unitId;  // an administrative unit (= a school)
    QString skuId;   // a subscribedSku's id ("{tenantId}_{skuId}")
    QStringList spareUserIds; // three users the change tests may modify or delete

    // False, with what is missing in `error`, when the tenant is too small for the contract tests.
    bool find(const Tenant &tenant, QString *error);
};
