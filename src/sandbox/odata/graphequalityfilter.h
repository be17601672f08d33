#pragma once

#include "sandbox/odata/filterexpression.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The $filter the role-assignment and administrative-unit lists accept: FilterExpression's syntax, limited
// to "property eq value" comparisons (joined by and/or) on the properties those endpoints can filter on,
// e.g. "principalId eq '…' and directoryScopeId eq '/administrativeUnits/…'".
class GraphEqualityFilter
{
public:
    // Parses `filter` (empty matches everything). False with the reason in `error` when it is not a filter
    // or uses another operator; `unsupportedProperty` names a property outside `allowed` (then also false).
    bool parse(const QString &filter, const QStringList &allowed, QString *error,
               QString *unsupportedProperty);
    bool matches(const QJsonObject &object) const { return m_expression.matches(object); }

private:
    FilterExpression m_expression;
};
