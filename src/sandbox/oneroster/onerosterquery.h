#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QVector>

// A OneRoster 1.1 collection request's query: filter= (field op 'value' [AND|OR ...], ops = != > >= < <= ~),
// sort= with orderBy=asc|desc, fields= and limit/offset paging (default 100).
class OneRosterQuery
{
public:
    explicit OneRosterQuery(const QUrlQuery &query);

    // False with the OneRoster codeMinor ("invalid_filter_field", "invalid_selection_field",
    // "invalid_blank_selection_field" ...) and a description when the query can't be used.
    bool isValid(QString *codeMinor, QString *description) const;

    // A filter= or fields= field the collection's objects don't have (judged on `sample`): false with the
    // codeMinor ("invalid_filter_field" / "invalid_selection_field") and a description.
    bool fieldsKnown(const QJsonObject &sample, QString *codeMinor, QString *description) const;

    // Filters and sorts `objects`; `total` is the count before paging; returns the page (with fields=).
    QVector<QJsonObject> apply(const QVector<QJsonObject> &objects, int *total) const;

    int limit() const { return m_limit; }
    int offset() const { return m_offset; }
    // The same query with another offset (for Link headers).
    QString withOffset(int offset) const;

private:
    struct Predicate
    {
        QString field;
        QString op;
        QString value;
    };
    bool matches(const QJsonObject &object) const;
    static bool test(const QJsonValue &value, const Predicate &p);
    static QJsonValue fieldValue(const QJsonObject &object, const QString &path);

    QUrlQuery m_query;
    QVector<Predicate> m_predicates;
    bool m_any = false; // OR instead of AND
    bool m_filterValid = true;
    QString m_sort;
    bool m_descending = false;
    QStringList m_fields;
    int m_limit = 100;
    int m_offset = 0;
    bool m_pagingValid = true;
};
