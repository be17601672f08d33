#include "sandbox/odata/graphequalityfilter.h"

bool GraphEqualityFilter::parse(const QString &filter, const QStringList &allowed, QString *error,
                                QString *unsupportedProperty)
{
    unsupportedProperty->clear();
    if (!m_expression.parse(filter, error))
        return false;
    bool ok = true;
    m_expression.visit([&](FilterExpression::Node &node, const FilterExpression::Node *, bool) {
        using Kind = FilterExpression::Node::Kind;
        if (node.kind == Kind::And || node.kind == Kind::Or)
            return;
        if (node.kind != Kind::Compare || node.op != QLatin1String("eq")) {
            if (ok)
                *error = QStringLiteral("Unsupported query.");
            ok = false;
            return;
        }
        for (const QString &name :
             allowed) { // property names are case-insensitive: use the declared spelling
            if (name.compare(node.path, Qt::CaseInsensitive) == 0) {
                node.path = name;
                break;
            }
        }
        if (!allowed.contains(node.path) && !node.path.startsWith(QLatin1String("extension_"))) {
            if (ok)
                *unsupportedProperty = node.path;
            ok = false;
        }
    });
    return ok;
}
