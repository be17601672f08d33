#pragma once

#include "sandbox/exchange/exchangecmdletcall.h"
#include "sandbox/exchange/exchangecmdletresult.h"

#include <QStringList>

// A group of Exchange cmdlets (mailboxes, permissions, folder permissions, distribution groups, ...)
// working on the tenant. The REST endpoints (InvokeCommand and the Admin API v2.0) share them.
class ExchangeCmdletSet
{
public:
    virtual ~ExchangeCmdletSet() = default;

    // The cmdlet names this set runs, spelled as Exchange spells them.
    virtual QStringList cmdlets() const = 0;
    // Runs one of cmdlets(); the call's name is already spelled as in cmdlets().
    virtual ExchangeCmdletResult invoke(const ExchangeCmdletCall &call) = 0;
};
