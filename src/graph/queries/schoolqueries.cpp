#include "graph/queries/schoolqueries.h"

QString SchoolQueries::delta()
{
    return QStringLiteral("/directory/administrativeUnits/delta?$select=id,displayName,description,members");
}

QString SchoolQueries::classes()
{
    return QStringLiteral("/education/classes?$top=999");
}
