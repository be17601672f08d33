#pragma once

#include <QString>

// Every Graph query the product makes for groups (Microsoft 365, security, distribution).
class GroupQueries
{
public:
    static QString select();
    // The change feed with members ("members@delta"): the first round lists every group and its members.
    static QString delta();
};
