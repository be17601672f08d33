#include "graph/queries/groupqueries.h"

QString GroupQueries::select()
{
    return QStringLiteral(
        "id,displayName,description,mail,mailNickname,mailEnabled,securityEnabled,groupTypes,"
        "visibility,members");
}

QString GroupQueries::delta()
{
    return QStringLiteral("/groups/delta?$select=") + select();
}
