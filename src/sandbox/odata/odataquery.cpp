#include "sandbox/odata/odataquery.h"

#include "sandbox/common/grapherrorreplies.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
using Node = FilterExpression::Node;
using Op = DirectorySchema::Operator;

QString advancedOperatorMessage(const QString &op)
{
    return QStringLiteral(
               "Operator '%1' is not supported because the required parameters might be missing. Try "
               "adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to "
               "https://aka.ms/graph-docs/advanced-queries for more information")
        .arg(op);
}

} // namespace

ODataQuery::ODataQuery(const SandboxRequest &request, int defaultPageSize)
    : m_request(request), m_pageSize(defaultPageSize)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        QString name = item.first.toLower();
        if (name.startsWith(QLatin1Char('$')))
            name.remove(0, 1);
        m_options.insert(name, item.second);
    }
    m_eventual = request.header("ConsistencyLevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
    m_countTrue = option("count").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool ODataQuery::validate(const DirectorySchema &schema, bool collection, SandboxResponse *failure)
{
    if (!parseSelect(schema, collection, failure))
        return false;
    if (!collection)
        return true;
    // "page-size=N": /users pages hold at most N objects, and a larger $top is refused as Graph did in 2023.
    const int usersMax =
        schema.entitySet() == QLatin1String("users") ? m_request.realism.usersMaxPageSize : 0;
    if (hasOption("top")) {
        bool ok = false;
        const int top = option("top").toInt(&ok);
        if (!ok || top < 1 || top > 999) {
            *failure = GraphErrorReplies::badRequest(
                m_request,
                QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and 999 inclusive.")
                    .arg(option("top")));
            return false;
        }
        if (usersMax > 0 && top > usersMax) {
            *failure = SandboxResponse::graphError(
                m_request, 400, QStringLiteral("Request_BadRequest"),
                QStringLiteral("Cannot query data for more than %1 users at a time.").arg(usersMax));
            return false;
        }
        m_pageSize = top;
    } else if (usersMax > 0) {
        m_pageSize = std::min(m_pageSize, usersMax);
    }
    if (hasOption("skip")) {
        *failure = GraphErrorReplies::badRequest(m_request,
                                                 QStringLiteral("'$skip' is not supported by the service."));
        return false;
    }
    if (hasOption("count") && !m_countTrue &&
        option("count").compare(QLatin1String("false"), Qt::CaseInsensitive) != 0) {
        *failure = GraphErrorReplies::badRequest(
            m_request,
            QStringLiteral("Invalid value '%1' for $count. Use true or false.").arg(option("count")));
        return false;
    }
    return parseSearch(schema, failure) && checkFilter(schema, failure) && parseOrderBy(schema, failure);
}

bool ODataQuery::validateRawCount(const DirectorySchema &schema, SandboxResponse *failure)
{
    if (!m_eventual) {
        *failure = GraphErrorReplies::unsupportedQuery(
            m_request,
            QStringLiteral("Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' "
                           "header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more "
                           "information"));
        return false;
    }
    m_countTrue = true;
    return validate(schema, true, failure);
}

SandboxResponse ODataQuery::undeclaredProperty(const SandboxRequest &request, const QString &name)
{
    return GraphErrorReplies::badRequest(
        request, QStringLiteral("Property '%1' does not exist as a declared property or extension property.")
                     .arg(name));
}

SandboxResponse ODataQuery::unsupportedFilter(const SandboxRequest &request, const QString &property,
                                              const QString &resource)
{
    return GraphErrorReplies::unsupportedQuery(
        request,
        QStringLiteral(
            "Unsupported or invalid query filter clause specified for property '%1' of resource '%2'.")
            .arg(property, resource));
}

bool ODataQuery::parseSelect(const DirectorySchema &schema, bool collection, SandboxResponse *failure)
{
    m_select.clear();
    for (const QString &raw : option("select").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        const QString declared = schema.canonical(name);
        if (declared.isEmpty()) {
            *failure = undeclaredProperty(m_request, name);
            return false;
        }
        if (collection && schema.isSingleObjectOnly(declared)) {
            *failure =
                SandboxResponse::graphError(m_request, 501, QStringLiteral("NotImplemented"),
                                            QStringLiteral("This operation target is not yet supported."));
            return false;
        }
        if (!m_select.contains(declared))
            m_select.append(declared);
    }
    return true;
}

bool ODataQuery::checkFilter(const DirectorySchema &schema, SandboxResponse *failure)
{
    QString error;
    if (!m_filter.parse(option("filter"), &error)) {
        *failure = SandboxResponse::graphError(m_request, 400, QStringLiteral("BadRequest"),
                                               QStringLiteral("Invalid filter clause: ") + error);
        return false;
    }
    bool ok = true;
    const bool advanced = isAdvanced();
    m_filter.visit([&](Node &node, const Node *lambda, bool) {
        if (!ok)
            return;
        const auto check = [&](const QString &property, Op op, const QString &opName) {
            const DirectorySchema::Support support = schema.filter(property, op);
            if (support == DirectorySchema::Support::None) {
                *failure = unsupportedFilter(m_request, property, schema.resource());
                ok = false;
            } else if (support == DirectorySchema::Support::Advanced && !advanced) {
                *failure = GraphErrorReplies::unsupportedQuery(m_request, advancedOperatorMessage(opName));
                ok = false;
            }
            return ok;
        };
        if (node.kind == Node::Kind::And || node.kind == Node::Kind::Or)
            return;
        if (node.kind == Node::Kind::Not) {
            if (!advanced) {
                *failure = GraphErrorReplies::unsupportedQuery(
                    m_request, advancedOperatorMessage(QStringLiteral("not")));
                ok = false;
            }
            return;
        }
        QString property;
        if (node.inLambda && lambda) {
            property = lambda->path.section(QLatin1Char('/'), 0, 0);
        } else {
            const QString first = node.path.section(QLatin1Char('/'), 0, 0);
            property = schema.canonical(first);
            if (property.isEmpty()) {
                *failure = undeclaredProperty(m_request, first);
                ok = false;
                return;
            }
            node.path = property + node.path.mid(first.size());
            const bool isCollection = schema.isCollection(property);
            const bool wantsCollection = node.kind == Node::Kind::Any || node.kind == Node::Kind::Count;
            if (isCollection != wantsCollection) {
                *failure = unsupportedFilter(m_request, property, schema.resource());
                ok = false;
                return;
            }
        }
        switch (node.kind) {
        case Node::Kind::Compare: {
            const bool nullLiteral = node.values.first().isNull();
            if (node.op == QLatin1String("eq"))
                check(property, nullLiteral ? Op::Null : Op::Eq, QStringLiteral("eq"));
            else if (node.op == QLatin1String("ne"))
                check(property, Op::Ne, QStringLiteral("ne")) &&
                    (!nullLiteral || check(property, Op::Null, QStringLiteral("ne")));
            else if (node.op == QLatin1String("gt") || node.op == QLatin1String("lt") ||
                     (m_request.realism.upnRangesRefused && property == QLatin1String("userPrincipalName"))) {
                // gt/lt work on no directory property; "upn-ranges": nor do ge/le on userPrincipalName.
                *failure = unsupportedFilter(m_request, property, schema.resource());
                ok = false;
            } else {
                check(property, Op::Range, node.op);
            }
            break;
        }
        case Node::Kind::StartsWith:
            check(property, Op::StartsWith, QStringLiteral("startsWith"));
            break;
        case Node::Kind::EndsWith:
            check(property, Op::EndsWith, QStringLiteral("endsWith"));
            break;
        case Node::Kind::In:
            check(property, Op::In, QStringLiteral("in"));
            break;
        case Node::Kind::Any:
            check(property, Op::Any, QStringLiteral("any"));
            break;
        case Node::Kind::Count:
            if (node.op == QLatin1String("gt") || node.op == QLatin1String("lt")) {
                *failure = unsupportedFilter(m_request, property, schema.resource());
                ok = false;
                break;
            }
            check(property, Op::Count, QStringLiteral("$count"));
            break;
        default:
            break;
        }
    });
    return ok;
}

bool ODataQuery::parseSearch(const DirectorySchema &schema, SandboxResponse *failure)
{
    m_search.clear();
    if (!hasOption("search"))
        return true;
    if (!m_eventual) {
        *failure = GraphErrorReplies::unsupportedQuery(
            m_request,
            QStringLiteral("Request with $search query parameter only works through MSGraph with a special "
                           "request header: 'ConsistencyLevel: eventual'"));
        return false;
    }
    const QString text = option("search").trimmed();
    const auto invalid = [&] {
        *failure = GraphErrorReplies::badRequest(m_request, QStringLiteral("Invalid search request."));
        return false;
    };
    QVector<SearchTerm> conjunction;
    bool expectTerm = true;
    int i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (expectTerm) {
            if (text.at(i) != QLatin1Char('"'))
                return invalid();
            const int end = int(text.indexOf(QLatin1Char('"'), i + 1));
            if (end < 0)
                return invalid();
            const QString clause = text.mid(i + 1, end - i - 1);
            const int colon = int(clause.indexOf(QLatin1Char(':')));
            if (colon <= 0)
                return invalid();
            const QString property = schema.canonical(clause.left(colon).trimmed());
            if (property.isEmpty() || !schema.isSearchable(property)) {
                *failure = GraphErrorReplies::unsupportedQuery(
                    m_request,
                    QStringLiteral("Unsupported or invalid search clause specified for property '%1' of "
                                   "resource '%2'.")
                        .arg(clause.left(colon).trimmed(), schema.resource()));
                return false;
            }
            conjunction.append({property, words(clause.mid(colon + 1))});
            i = end + 1;
            expectTerm = false;
            continue;
        }
        const int end = int(text.indexOf(QLatin1Char(' '), i));
        const QString word = text.mid(i, end < 0 ? -1 : end - i);
        if (word.compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0) {
            m_search.append(conjunction);
            conjunction.clear();
        } else if (word.compare(QLatin1String("AND"), Qt::CaseInsensitive) != 0) {
            return invalid();
        }
        i += int(word.size());
        expectTerm = true;
    }
    if (expectTerm)
        return invalid();
    m_search.append(conjunction);
    return true;
}

bool ODataQuery::parseOrderBy(const DirectorySchema &schema, SandboxResponse *failure)
{
    m_orderBy.clear();
    const QString text = option("orderby").trimmed();
    if (text.isEmpty())
        return true;
    const auto unsupported = [&] {
        *failure = GraphErrorReplies::unsupportedQuery(
            m_request, QStringLiteral("Sorting not supported for current query."));
        return false;
    };
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (text.contains(QLatin1Char(',')) || parts.size() > 2)
        return unsupported();
    const QString property = schema.canonical(parts.first());
    if (property.isEmpty()) {
        *failure = undeclaredProperty(m_request, parts.first());
        return false;
    }
    if (parts.size() == 2) {
        const QString direction = parts.at(1).toLower();
        if (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
            return unsupported();
        m_descending = direction == QLatin1String("desc");
    }
    const DirectorySchema::Support support = schema.orderBy(property);
    if (support == DirectorySchema::Support::None)
        return unsupported();
    const bool needsAdvanced = support == DirectorySchema::Support::Advanced || !m_filter.isEmpty();
    if (needsAdvanced && !isAdvanced())
        return unsupported();
    m_orderBy = property;
    return true;
}

QStringList ODataQuery::words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current.append(c.toLower());
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

bool ODataQuery::searchMatches(const QJsonObject &object) const
{
    const auto termMatches = [&](const SearchTerm &term) {
        const QJsonValue value = object.value(term.property);
        QStringList texts;
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                texts.append(v.toString());
        } else if (value.isString()) {
            texts.append(value.toString());
        }
        for (const QString &text : texts) {
            const QStringList tokens = words(text);
            bool all = true;
            for (const QString &w : term.words) {
                bool found = false;
                for (const QString &t : tokens) {
                    if (t.startsWith(w)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    all = false;
                    break;
                }
            }
            if (all)
                return true;
        }
        return false;
    };
    for (const auto &conjunction : m_search) {
        bool all = true;
        for (const SearchTerm &term : conjunction) {
            if (!termMatches(term)) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

bool ODataQuery::matches(const QJsonObject &object) const
{
    return m_filter.matches(object) && (m_search.isEmpty() || searchMatches(object));
}

bool ODataQuery::matches(const FilterExpression::Row &row) const
{
    return m_filter.matches(row) && (m_search.isEmpty() || searchMatches(row.object()));
}

QJsonObject ODataQuery::project(const QJsonObject &object, const DirectorySchema &schema) const
{
    return project(object, schema, m_select);
}

QJsonObject ODataQuery::project(const QJsonObject &object, const DirectorySchema &schema,
                                const QStringList &select)
{
    const QStringList &names = select.isEmpty() ? schema.defaultProperties() : select;
    QJsonObject out;
    for (const QString &name : names) {
        const QJsonValue value = name == QLatin1String("passwordProfile") ? QJsonValue() : object.value(name);
        out.insert(name, value.isUndefined() ? schema.emptyValue(name) : value);
    }
    out.insert(QStringLiteral("id"), object.value(QLatin1String("id")));
    return out;
}

QString ODataQuery::contextFragment(const QString &entitySet) const
{
    if (m_select.isEmpty())
        return entitySet;
    return entitySet + QLatin1Char('(') + m_select.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString ODataQuery::nextLink(const SandboxRequest &request, const QString &token)
{
    QUrlQuery query = request.query;
    const auto items = query.queryItems();
    for (const auto &item : items) {
        const QString name = item.first.toLower();
        if (name == QLatin1String("$skiptoken") || name == QLatin1String("skiptoken"))
            query.removeAllQueryItems(item.first);
    }
    query.addQueryItem(QStringLiteral("$skiptoken"), token);
    QUrl url(request.baseUrl + request.path);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}
