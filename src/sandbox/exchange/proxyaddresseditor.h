#pragma once

#include "sandbox/exchange/exchangecmdletresult.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

class ExchangeCmdletCall;
class Tenant;

// A recipient's SMTP addresses as Exchange edits them: -PrimarySmtpAddress and -EmailAddresses (a list
// that replaces, or a GenericHashTable of Add/Remove; "SMTP:" marks the primary address). Every address
// must be ASCII-only, in an accepted domain and not used by another recipient.
class ProxyAddressEditor
{
public:
    explicit ProxyAddressEditor(const Tenant &tenant);

    // OK if `address` may belong to `ownerId` (empty for an object that doesn't exist yet).
    ExchangeCmdletResult check(const QString &address, const QString &ownerId) const;
    // Applies the call's -EmailAddresses and -PrimarySmtpAddress to `primary` and `proxies`.
    ExchangeCmdletResult apply(const ExchangeCmdletCall &call, const QString &ownerId, QString *primary,
                               QJsonArray *proxies) const;

    // ["SMTP:primary", "smtp:secondary", ...]
    static QJsonArray proxies(const QString &primary, const QStringList &secondary);

private:
    const Tenant &m_tenant;
};
