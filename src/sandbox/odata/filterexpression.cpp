#include "sandbox/odata/filterexpression.h"

#include "sandbox/odata/filterparser.h"

#include <QJsonArray>

bool FilterExpression::parse(const QString &text, QString *error)
{
    m_text = text;
    m_root.reset();
    if (text.trimmed().isEmpty())
        return true;
    FilterParser parser(text);
    m_root = parser.parse();
    if (!m_root) {
        *error = QStringLiteral("Syntax error at position %1 in '%2'.").arg(parser.errorPosition()).arg(text);
        return false;
    }
    fold(*m_root);
    return true;
}

QString FilterExpression::caseFolded(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t point = QChar::toCaseFolded(QChar::surrogateToUcs4(c, text.at(i + 1)));
            folded.append(QChar::highSurrogate(point));
            folded.append(QChar::lowSurrogate(point));
            ++i;
        } else {
            folded.append(c.toCaseFolded());
        }
    }
    return folded;
}

void FilterExpression::fold(Node &node)
{
    node.folded.clear();
    for (const QJsonValue &value : std::as_const(node.values))
        node.folded.append(value.isString() ? caseFolded(value.toString()) : QString());
    for (auto &child : node.children)
        fold(*child);
}

void FilterExpression::visit(const std::function<void(Node &, const Node *, bool)> &visitor)
{
    if (m_root) {
        visitNode(*m_root, nullptr, false, visitor);
        fold(*m_root);
    }
}

void FilterExpression::visitNode(Node &node, const Node *lambda, bool negated,
                                 const std::function<void(Node &, const Node *, bool)> &visitor)
{
    visitor(node, lambda, negated);
    const bool childNegated = negated || node.kind == Node::Kind::Not;
    const Node *childLambda = node.kind == Node::Kind::Any ? &node : lambda;
    for (auto &child : node.children)
        visitNode(*child, childLambda, childNegated, visitor);
}

namespace {
class ObjectRow final : public FilterExpression::Row
{
public:
    explicit ObjectRow(const QJsonObject &object) : m_object(object) {}
    const QJsonObject &object() const override { return m_object; }
    const QString *folded(const QString &) const override { return nullptr; }

private:
    const QJsonObject &m_object;
};
} // namespace

bool FilterExpression::matches(const QJsonObject &object) const
{
    return matches(ObjectRow(object));
}

bool FilterExpression::matches(const Row &row) const
{
    return !m_root || evaluate(*m_root, row, nullptr);
}

QJsonValue FilterExpression::valueAt(const QJsonObject &object, const QString &path)
{
    if (!path.contains(QLatin1Char('/')))
        return object.value(path);
    QJsonValue current = object;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(segment);
    }
    return current;
}

bool FilterExpression::compare(const QJsonValue &actual, const QString &op, const QJsonValue &literal)
{
    const bool eq = op == QLatin1String("eq");
    const bool ne = op == QLatin1String("ne");
    const bool actualNull = actual.isNull() || actual.isUndefined();
    if (literal.isNull())
        return eq ? actualNull : (ne ? !actualNull : false);
    if (actualNull)
        return ne;
    int order = 0;
    if (literal.isBool()) {
        if (!actual.isBool())
            return ne;
        order = int(actual.toBool()) - int(literal.toBool());
    } else if (literal.isDouble()) {
        if (!actual.isDouble())
            return ne;
        const double a = actual.toDouble(), b = literal.toDouble();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else {
        if (!actual.isString())
            return ne;
        order = actual.toString().compare(literal.toString(), Qt::CaseInsensitive);
    }
    return ordered(order, op);
}

bool FilterExpression::ordered(int order, const QString &op)
{
    const bool eq = op == QLatin1String("eq");
    const bool ne = op == QLatin1String("ne");
    if (eq)
        return order == 0;
    if (ne)
        return order != 0;
    if (op == QLatin1String("ge"))
        return order >= 0;
    if (op == QLatin1String("le"))
        return order <= 0;
    return false; // gt/lt: parsed (they are OData), refused by every directory query before matching
}

bool FilterExpression::evaluate(const Node &node, const Row &row, const QJsonValue *element)
{
    // A string property compared with string literals, read from the caller's folded cache: the same
    // result as below (a case-insensitive comparison is one of case-folded strings), without reading the
    // object. Null literals and other values take the general path.
    const QString *cached = nullptr;
    if (!node.inLambda && !node.folded.isEmpty() && !node.folded.first().isNull() &&
        (node.kind == Node::Kind::Compare || node.kind == Node::Kind::StartsWith ||
         node.kind == Node::Kind::EndsWith))
        cached = row.folded(node.path);
    if (cached) {
        const QString &literal = node.folded.first();
        switch (node.kind) {
        case Node::Kind::StartsWith:
            return cached->startsWith(literal);
        case Node::Kind::EndsWith:
            return cached->endsWith(literal);
        default:
            return ordered(cached->compare(literal), node.op);
        }
    }
    const auto operand = [&]() -> QJsonValue {
        if (node.inLambda && element) {
            if (node.path.isEmpty())
                return *element;
            return valueAt(element->toObject(), node.path);
        }
        return valueAt(row.object(), node.path);
    };
    switch (node.kind) {
    case Node::Kind::And:
        return evaluate(*node.children[0], row, element) && evaluate(*node.children[1], row, element);
    case Node::Kind::Or:
        return evaluate(*node.children[0], row, element) || evaluate(*node.children[1], row, element);
    case Node::Kind::Not:
        return !evaluate(*node.children[0], row, element);
    case Node::Kind::Compare: {
        const QJsonValue actual = operand();
        if (actual.isArray()) { // a collection compared directly: true when any element matches
            for (const QJsonValue &item : actual.toArray()) {
                if (compare(item, node.op, node.values.first()))
                    return true;
            }
            return node.op == QLatin1String("ne");
        }
        return compare(actual, node.op, node.values.first());
    }
    case Node::Kind::StartsWith:
    case Node::Kind::EndsWith: {
        const QJsonValue actual = operand();
        if (!actual.isString())
            return false;
        const QString needle = node.values.first().toString();
        return node.kind == Node::Kind::StartsWith ? actual.toString().startsWith(needle, Qt::CaseInsensitive)
                                                   : actual.toString().endsWith(needle, Qt::CaseInsensitive);
    }
    case Node::Kind::In: {
        const QJsonValue actual = operand();
        for (const QJsonValue &candidate : node.values) {
            if (compare(actual, QStringLiteral("eq"), candidate))
                return true;
        }
        return false;
    }
    case Node::Kind::Any: {
        const QJsonArray items = valueAt(row.object(), node.path).toArray();
        for (const QJsonValue &item : items) {
            if (evaluate(*node.children[0], row, &item))
                return true;
        }
        return false;
    }
    case Node::Kind::Count: {
        const double size = double(valueAt(row.object(), node.path).toArray().size());
        return compare(QJsonValue(size), node.op, node.values.first());
    }
    }
    return false;
}
