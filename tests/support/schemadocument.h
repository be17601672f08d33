#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// Test helper: one JSON Schema file as SchemaValidator reads it (by default Microsoft's Graph v1.0 subset,
// shared/graph-schema/v1.0-subset.json): its definitions, its x-operations table, the regular expressions
// of its patterns (compiled once), and everything in it a validator could not honour - keywords outside
// the supported set, $refs that do not resolve, patterns that do not compile.
class SchemaDocument
{
public:
    explicit SchemaDocument(const QString &file = defaultFile());

    static QString defaultFile();
    // The formats a "format" keyword may name, with the regular expression each is checked with.
    static const QList<QPair<QString, QString>> &formats();
    // The schema keywords SchemaValidator implements or may ignore (annotations); "x-*" are always ignored.
    static bool isSupportedKeyword(const QString &keyword);

    bool isLoaded() const { return m_loadError.isEmpty(); }
    QString loadError() const { return m_loadError; }
    // Should be empty; a regenerated schema that grows a new keyword shows up here instead of being
    // silently half-checked.
    QStringList problems() const { return m_problems; }

    bool hasDefinition(const QString &name) const { return m_definitions.contains(name); }
    QStringList definitionNames() const { return m_definitions.keys(); }
    QJsonObject definition(const QString &name) const { return m_definitions.value(name).toObject(); }
    // Follows "#/definitions/X": X's schema, with `name` set to X (empty schema when unknown).
    QJsonObject resolve(const QString &ref, QString *name) const;

    // The definition x-operations maps an operation to, e.g. "GET /users" ->
    // "microsoft.graph.userCollectionResponse"; `role` picks "request"/"response" where an entry has both.
    // Empty when the operation is not listed.
    QString definitionForOperation(const QString &operation,
                                   const QString &role = QStringLiteral("response")) const;
    QStringList operations() const { return m_operations.keys(); }

    // The compiled form of a "pattern" or "patternProperties" key, or of "format:<name>".
    QRegularExpression pattern(const QString &pattern) const { return m_patterns.value(pattern); }

private:
    void scan(const QJsonValue &schema, const QString &where);
    void compile(const QString &pattern, const QString &where);

    QJsonObject m_definitions;
    QJsonObject m_operations;
    QString m_loadError;
    QStringList m_problems;
    QHash<QString, QRegularExpression> m_patterns;
};
