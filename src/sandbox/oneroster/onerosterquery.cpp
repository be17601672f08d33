#include "sandbox/oneroster/onerosterquery.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

OneRosterQuery::OneRosterQuery(const QUrlQuery &query) : m_query(query)
{
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded).trimmed();
    if (!filter.isEmpty()) {
        const QRegularExpression logical(QStringLiteral("\\s+(AND|OR)\\s+"));
        const QRegularExpression predicate(
            QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*(!=|>=|<=|=|>|<|~)\\s*'(.*)'\\s*$"));
        QStringList parts;
        int start = 0;
        QRegularExpressionMatchIterator it = logical.globalMatch(filter);
        QStringList operators;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            parts.append(filter.mid(start, m.capturedStart() - start));
            operators.append(m.captured(1));
            start = m.capturedEnd();
        }
        parts.append(filter.mid(start));
        operators.removeDuplicates();
        m_any = operators == QStringList{QStringLiteral("OR")};
        m_filterValid = operators.size() <= 1;
        for (const QString &part : parts) {
            const QRegularExpressionMatch m = predicate.match(part);
            if (!m.hasMatch()) {
                m_filterValid = false;
                break;
            }
            m_predicates.append({m.captured(1), m.captured(2), m.captured(3)});
        }
    }
    m_sort = query.queryItemValue(QStringLiteral("sort"), QUrl::FullyDecoded).trimmed();
    m_descending =
        query.queryItemValue(QStringLiteral("orderBy")).compare(QLatin1String("desc"), Qt::CaseInsensitive) ==
        0;
    for (const QString &f : query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded)
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_fields.append(f.trimmed());
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        m_limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        m_pagingValid = ok && m_limit > 0;
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        m_offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        m_pagingValid = m_pagingValid && ok && m_offset >= 0;
    }
}

bool OneRosterQuery::isValid(QString *codeMinor, QString *description) const
{
    if (!m_filterValid) {
        *codeMinor = QStringLiteral("invalid_filter_field");
        *description = QStringLiteral("The filter parameter is not valid: %1")
                           .arg(m_query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded));
        return false;
    }
    if (!m_pagingValid) {
        *codeMinor = QStringLiteral("invalid_data");
        *description = QStringLiteral("limit must be a positive integer and offset a non-negative integer.");
        return false;
    }
    return true;
}

bool OneRosterQuery::fieldsKnown(const QJsonObject &sample, QString *codeMinor, QString *description) const
{
    if (sample.isEmpty())
        return true;
    for (const Predicate &p : m_predicates) {
        if (!sample.contains(p.field.section(QLatin1Char('.'), 0, 0))) {
            *codeMinor = QStringLiteral("invalid_filter_field");
            *description = QStringLiteral("The filter field '%1' doesn't exist.").arg(p.field);
            return false;
        }
    }
    for (const QString &f : m_fields) {
        if (!sample.contains(f)) {
            *codeMinor = QStringLiteral("invalid_selection_field");
            *description = QStringLiteral("The selection field '%1' doesn't exist.").arg(f);
            return false;
        }
    }
    return true;
}

QJsonValue OneRosterQuery::fieldValue(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

bool OneRosterQuery::test(const QJsonValue &value, const Predicate &p)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (p.op == QLatin1String("!="))
            return std::none_of(items.begin(), items.end(), [&](const QJsonValue &v) {
                return test(v, {p.field, QStringLiteral("="), p.value});
            });
        return std::any_of(items.begin(), items.end(), [&](const QJsonValue &v) { return test(v, p); });
    }
    if (value.isObject())
        return test(value.toObject().value(QLatin1String("sourcedId")), p);
    const QString text = value.isString() ? value.toString()
                         : value.isBool()
                             ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                         : value.isDouble() ? QString::number(value.toDouble())
                                            : QString();
    const int order = text.compare(p.value);
    if (p.op == QLatin1String("="))
        return order == 0;
    if (p.op == QLatin1String("!="))
        return order != 0;
    if (p.op == QLatin1String(">"))
        return order > 0;
    if (p.op == QLatin1String(">="))
        return order >= 0;
    if (p.op == QLatin1String("<"))
        return order < 0;
    if (p.op == QLatin1String("<="))
        return order <= 0;
    return text.contains(p.value, Qt::CaseInsensitive); // ~
}

bool OneRosterQuery::matches(const QJsonObject &object) const
{
    if (m_predicates.isEmpty())
        return true;
    for (const Predicate &p : m_predicates) {
        const bool hit = test(fieldValue(object, p.field), p);
        if (m_any && hit)
            return true;
        if (!m_any && !hit)
            return false;
    }
    return !m_any;
}

QVector<QJsonObject> OneRosterQuery::apply(const QVector<QJsonObject> &objects, int *total) const
{
    QVector<QJsonObject> selected;
    for (const QJsonObject &o : objects) {
        if (matches(o))
            selected.append(o);
    }
    if (!m_sort.isEmpty() && !selected.isEmpty() && !fieldValue(selected.first(), m_sort).isUndefined()) {
        std::stable_sort(selected.begin(), selected.end(),
                         [this](const QJsonObject &a, const QJsonObject &b) {
                             const int order = fieldValue(a, m_sort).toVariant().toString().compare(
                                 fieldValue(b, m_sort).toVariant().toString());
                             return m_descending ? order > 0 : order < 0;
                         });
    }
    *total = int(selected.size());
    QVector<QJsonObject> page;
    for (int i = m_offset; i < selected.size() && page.size() < m_limit; ++i) {
        if (m_fields.isEmpty()) {
            page.append(selected[i]);
            continue;
        }
        QJsonObject reduced;
        for (const QString &f : m_fields) {
            if (selected[i].contains(f))
                reduced.insert(f, selected[i].value(f));
        }
        page.append(reduced);
    }
    return page;
}

QString OneRosterQuery::withOffset(int offset) const
{
    QUrlQuery q = m_query;
    q.removeAllQueryItems(QStringLiteral("offset"));
    q.removeAllQueryItems(QStringLiteral("limit"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return q.toString(QUrl::FullyEncoded);
}
