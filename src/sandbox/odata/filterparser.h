#pragma once

#include "sandbox/odata/filterexpression.h"

#include <QString>

#include <memory>

// Recursive-descent parser for the $filter language FilterExpression evaluates. One parser per text.
class FilterParser
{
public:
    explicit FilterParser(const QString &text);

    // The expression tree, or nullptr with the failing position in errorPosition().
    std::unique_ptr<FilterExpression::Node> parse();
    int errorPosition() const { return m_errorPosition; }

private:
    enum class TokenType
    {
        End,
        LeftParen,
        RightParen,
        Comma,
        Colon,
        String,
        Word,
        Literal
    };
    struct Token
    {
        TokenType type = TokenType::End;
        QString text;
        QJsonValue value;
        int position = 0;
    };
    using NodePtr = std::unique_ptr<FilterExpression::Node>;

    Token next();
    const Token &peek();
    Token take();
    bool isWord(const Token &token, const char *word) const;
    NodePtr fail(const Token &token);

    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseUnary();
    NodePtr parsePrimary();
    NodePtr parseFunction(FilterExpression::Node::Kind kind);
    NodePtr parseLambda(const QString &collection);
    bool parseLiteral(QJsonValue *value);
    // Sets node.path/inLambda from a path written in the filter (resolving the lambda's range variable).
    void setPath(FilterExpression::Node &node, const QString &written) const;

    QString m_text;
    int m_position = 0;
    Token m_peeked;
    bool m_hasPeeked = false;
    QString m_lambdaVariable;
    int m_errorPosition = -1;
};
