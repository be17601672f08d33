#pragma once

#include <QString>
#include <QStringList>

// A licence assigned to a user: which licence pool (skuId) and which of its service plans are switched off.
struct AssignedLicence
{
    QString skuId;
    QStringList disabledPlans;

    friend bool operator==(const AssignedLicence &a, const AssignedLicence &b)
    {
        return a.skuId == b.skuId && a.disabledPlans == b.disabledPlans;
    }
};
