#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

// A parsed OData $filter as Microsoft Graph's directory endpoints accept it: eq/ne/gt/ge/lt/le comparisons,
// startsWith/endsWith, in (...), and/or/not with parentheses, null, booleans, numbers, GUIDs and date-times,
// lambdas over collections (assignedLicenses/any(x:x/skuId eq <guid>),
// proxyAddresses/any(p:startsWith(p,'smtp:'))) and collection counts (assignedLicenses/$count eq 0). Strings
// compare case-insensitively, as in Entra ID.
class FilterExpression
{
public:
    struct Node
    {
        enum class Kind
        {
            And,
            Or,
            Not,
            Compare,
            StartsWith,
            EndsWith,
            In,
            Any,
            Count
        };
        Kind kind = Kind::Compare;
        QString op;   // Compare and Count: eq ne gt ge lt le (gt/lt parse, but never match)
        QString path; // property path ("displayName", "onPremisesExtensionAttributes/extensionAttribute1"),
                      // or inside a lambda the path below the range variable ("" = the element itself)
        bool inLambda = false;                       // path is relative to the enclosing lambda's element
        QVector<QJsonValue> values;                  // the literal(s); null literal = QJsonValue::Null
        QVector<QString> folded;                     // the string literals case-folded (others: null)
        std::vector<std::unique_ptr<Node>> children; // And/Or: two, Not: one, Any: the lambda body
    };

    FilterExpression() = default;
    FilterExpression(FilterExpression &&) = default;
    FilterExpression &operator=(FilterExpression &&) = default;

    // Parses `text`; an empty text is an empty expression that matches everything. False with a
    // Graph-style message ("Syntax error at position 12 in '…'.") when the text is not a filter.
    bool parse(const QString &text, QString *error);
    bool isEmpty() const { return !m_root; }
    const QString &text() const { return m_text; }

    // Every node, depth first; the callback may rewrite paths (e.g. to the declared property's spelling).
    void visit(const std::function<void(Node &node, const Node *lambda, bool negated)> &visitor);
    // The object being matched, as a scan hands it over: read only when a node needs it, and with the
    // case-folded values of its top-level string properties from a cache the caller keeps across the scan (a
    // column per property): folded() is nullptr when the property is not a string there (or not cached),
    // and the object itself is read instead.
    class Row
    {
    public:
        virtual const QJsonObject &object() const = 0;
        virtual const QString *folded(const QString &path) const = 0;

    protected:
        ~Row() = default;
    };
    bool matches(const QJsonObject &object) const;
    bool matches(const Row &row) const;
    // `text` folded as a case-insensitive QString comparison folds it (simple folding per code point), so
    // that comparing folded strings exactly orders them as comparing the originals case-insensitively.
    static QString caseFolded(const QString &text);

    // Value of a '/'-separated path inside `object` (undefined when absent).
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);

private:
    static bool evaluate(const Node &node, const Row &row, const QJsonValue *element);
    static bool compare(const QJsonValue &actual, const QString &op, const QJsonValue &literal);
    static bool ordered(int order, const QString &op);
    // The folded string literals of every node, after parsing and after a visitor rewrote them.
    static void fold(Node &node);
    static void visitNode(Node &node, const Node *lambda, bool negated,
                          const std::function<void(Node &, const Node *, bool)> &visitor);

    std::unique_ptr<Node> m_root;
    QString m_text;
};
