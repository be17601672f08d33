#include "sandbox/odata/filterparser.h"

#include <QRegularExpression>

namespace {
using Node = FilterExpression::Node;

const QRegularExpression &guidPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z_])"));
    return re;
}

const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?"));
    return re;
}

const QRegularExpression &numberPattern()
{
    static const QRegularExpression re(QStringLiteral("-?[0-9]+(\\.[0-9]+)?(?![0-9A-Za-z_])"));
    return re;
}

const QRegularExpression &wordPattern()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z_$][A-Za-z0-9_./$]*"));
    return re;
}

bool anchoredMatch(const QRegularExpression &re, const QString &text, int position, QString *matched)
{
    const QRegularExpressionMatch m = re.match(text, position, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return false;
    *matched = m.captured(0);
    return true;
}
} // namespace

FilterParser::FilterParser(const QString &text) : m_text(text)
{}

FilterParser::Token FilterParser::next()
{
    while (m_position < m_text.size() && m_text.at(m_position).isSpace())
        ++m_position;
    Token token;
    token.position = m_position;
    if (m_position >= m_text.size())
        return token;
    const QChar c = m_text.at(m_position);
    const auto single = [&](TokenType type) {
        token.type = type;
        token.text = QString(c);
        ++m_position;
        return token;
    };
    if (c == QLatin1Char('('))
        return single(TokenType::LeftParen);
    if (c == QLatin1Char(')'))
        return single(TokenType::RightParen);
    if (c == QLatin1Char(','))
        return single(TokenType::Comma);
    if (c == QLatin1Char(':'))
        return single(TokenType::Colon);
    if (c == QLatin1Char('\'')) {
        QString value;
        int i = m_position + 1;
        for (; i < m_text.size(); ++i) {
            if (m_text.at(i) == QLatin1Char('\'')) {
                if (i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('\'')) {
                    value.append(QLatin1Char('\''));
                    ++i;
                    continue;
                }
                break;
            }
            value.append(m_text.at(i));
        }
        if (i >= m_text.size()) { // unterminated string
            token.type = TokenType::End;
            token.text = QStringLiteral("'");
            m_position = int(m_text.size());
            m_errorPosition = token.position;
            return token;
        }
        token.type = TokenType::String;
        token.value = value;
        token.text = m_text.mid(m_position, i + 1 - m_position);
        m_position = i + 1;
        return token;
    }
    QString matched;
    if (anchoredMatch(guidPattern(), m_text, m_position, &matched) ||
        (c.isDigit() && anchoredMatch(dateTimePattern(), m_text, m_position, &matched) &&
         matched.size() >= 10)) {
        token.type = TokenType::Literal;
        token.text = matched;
        token.value = matched;
        m_position += int(matched.size());
        return token;
    }
    if (anchoredMatch(numberPattern(), m_text, m_position, &matched)) {
        token.type = TokenType::Literal;
        token.text = matched;
        token.value = matched.toDouble();
        m_position += int(matched.size());
        return token;
    }
    if (anchoredMatch(wordPattern(), m_text, m_position, &matched)) {
        token.type = TokenType::Word;
        token.text = matched;
        m_position += int(matched.size());
        return token;
    }
    // Anything else is a syntax error at this position.
    token.type = TokenType::End;
    token.text = QString(c);
    m_errorPosition = token.position;
    m_position = int(m_text.size());
    return token;
}

const FilterParser::Token &FilterParser::peek()
{
    if (!m_hasPeeked) {
        m_peeked = next();
        m_hasPeeked = true;
    }
    return m_peeked;
}

FilterParser::Token FilterParser::take()
{
    peek();
    m_hasPeeked = false;
    return m_peeked;
}

bool FilterParser::isWord(const Token &token, const char *word) const
{
    return token.type == TokenType::Word && token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

FilterParser::NodePtr FilterParser::fail(const Token &token)
{
    if (m_errorPosition < 0)
        m_errorPosition = token.position;
    return nullptr;
}

std::unique_ptr<Node> FilterParser::parse()
{
    NodePtr root = parseOr();
    if (!root)
        return nullptr;
    const Token rest = take();
    if (rest.type != TokenType::End || m_errorPosition >= 0)
        return fail(rest);
    return root;
}

FilterParser::NodePtr FilterParser::parseOr()
{
    NodePtr left = parseAnd();
    while (left && isWord(peek(), "or")) {
        take();
        NodePtr right = parseAnd();
        if (!right)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Or;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        left = std::move(node);
    }
    return left;
}

FilterParser::NodePtr FilterParser::parseAnd()
{
    NodePtr left = parseUnary();
    while (left && isWord(peek(), "and")) {
        take();
        NodePtr right = parseUnary();
        if (!right)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::And;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        left = std::move(node);
    }
    return left;
}

FilterParser::NodePtr FilterParser::parseUnary()
{
    if (isWord(peek(), "not")) {
        take();
        NodePtr child = parseUnary();
        if (!child)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Not;
        node->children.push_back(std::move(child));
        return node;
    }
    return parsePrimary();
}

FilterParser::NodePtr FilterParser::parsePrimary()
{
    const Token token = take();
    if (token.type == TokenType::LeftParen) {
        NodePtr inner = parseOr();
        if (!inner)
            return nullptr;
        const Token close = take();
        if (close.type != TokenType::RightParen)
            return fail(close);
        return inner;
    }
    if (token.type != TokenType::Word)
        return fail(token);
    const QString word = token.text;
    if (peek().type == TokenType::LeftParen) {
        if (word.compare(QLatin1String("startswith"), Qt::CaseInsensitive) == 0)
            return parseFunction(Node::Kind::StartsWith);
        if (word.compare(QLatin1String("endswith"), Qt::CaseInsensitive) == 0)
            return parseFunction(Node::Kind::EndsWith);
        if (word.endsWith(QLatin1String("/any"), Qt::CaseInsensitive))
            return parseLambda(word.left(word.size() - 4));
        return fail(token);
    }
    auto node = std::make_unique<Node>();
    QString path = word;
    if (word.endsWith(QLatin1String("/$count"), Qt::CaseInsensitive)) {
        node->kind = Node::Kind::Count;
        path = word.left(word.size() - 7);
    }
    setPath(*node, path);
    const Token op = take();
    if (op.type != TokenType::Word)
        return fail(op);
    const QString name = op.text.toLower();
    if (name == QLatin1String("in") && node->kind != Node::Kind::Count) {
        node->kind = Node::Kind::In;
        if (take().type != TokenType::LeftParen)
            return fail(op);
        for (;;) {
            QJsonValue value;
            if (!parseLiteral(&value))
                return nullptr;
            node->values.append(value);
            const Token separator = take();
            if (separator.type == TokenType::RightParen)
                break;
            if (separator.type != TokenType::Comma)
                return fail(separator);
        }
        return node;
    }
    static const QStringList operators = {QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
                                          QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
    if (!operators.contains(name))
        return fail(op);
    node->op = name;
    QJsonValue value;
    if (!parseLiteral(&value))
        return nullptr;
    if (node->kind == Node::Kind::Count && !value.isDouble())
        return fail(op);
    node->values.append(value);
    return node;
}

FilterParser::NodePtr FilterParser::parseFunction(Node::Kind kind)
{
    take(); // (
    const Token argument = take();
    if (argument.type != TokenType::Word)
        return fail(argument);
    auto node = std::make_unique<Node>();
    node->kind = kind;
    setPath(*node, argument.text);
    const Token comma = take();
    if (comma.type != TokenType::Comma)
        return fail(comma);
    QJsonValue value;
    if (!parseLiteral(&value))
        return nullptr;
    if (!value.isString())
        return fail(comma);
    node->values.append(value);
    const Token close = take();
    if (close.type != TokenType::RightParen)
        return fail(close);
    return node;
}

FilterParser::NodePtr FilterParser::parseLambda(const QString &collection)
{
    const Token open = take();
    if (!m_lambdaVariable.isEmpty())
        return fail(open); // nested lambdas are not supported by Entra ID
    const Token variable = take();
    if (variable.type != TokenType::Word || variable.text.contains(QLatin1Char('/')))
        return fail(variable);
    const Token colon = take();
    if (colon.type != TokenType::Colon)
        return fail(colon);
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::Any;
    setPath(*node, collection);
    m_lambdaVariable = variable.text;
    NodePtr body = parseOr();
    m_lambdaVariable.clear();
    if (!body)
        return nullptr;
    const Token close = take();
    if (close.type != TokenType::RightParen)
        return fail(close);
    node->children.push_back(std::move(body));
    return node;
}

bool FilterParser::parseLiteral(QJsonValue *value)
{
    const Token token = take();
    switch (token.type) {
    case TokenType::String:
    case TokenType::Literal:
        *value = token.value;
        return true;
    case TokenType::Word:
        if (isWord(token, "null")) {
            *value = QJsonValue(QJsonValue::Null);
            return true;
        }
        if (isWord(token, "true") || isWord(token, "false")) {
            *value = isWord(token, "true");
            return true;
        }
        break;
    default:
        break;
    }
    fail(token);
    return false;
}

void FilterParser::setPath(Node &node, const QString &written) const
{
    if (!m_lambdaVariable.isEmpty()) {
        if (written == m_lambdaVariable) {
            node.inLambda = true;
            node.path.clear();
            return;
        }
        if (written.startsWith(m_lambdaVariable + QLatin1Char('/'))) {
            node.inLambda = true;
            node.path = written.mid(m_lambdaVariable.size() + 1);
            return;
        }
    }
    node.path = written;
}
