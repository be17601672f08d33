#pragma once

#include <QString>

// Every Graph query the product makes for schools (administrative units) and their classes.
class SchoolQueries
{
public:
    // The change feed of administrative units with their members.
    static QString delta();
    static QString classes();
};
