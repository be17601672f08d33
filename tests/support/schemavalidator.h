#pragma once

#include "schemadocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Test helper: validates JSON against a SchemaDocument - by default Microsoft's Graph v1.0 subset
// (shared/graph-schema/v1.0-subset.json, JSON Schema draft-07 extracted from Graph's CSDL). Supports the
// keywords that file uses ($ref to #/definitions/..., type incl. type arrays and "null", enum, pattern,
// minimum/maximum, properties, patternProperties, additionalProperties (bool or schema), required, items,
// minItems/maxItems, allOf, anyOf, oneOf) plus not, format (uuid, date-time, date, time) and
// min/maxLength. Every error names the JSON path, e.g. "value[3].assignedLicenses[0].skuId".
//
// Per the file's x-conventions: unknown properties are errors unless the type is an OpenType; keys that
// contain '@' (@odata.type, @removed, members@delta ...) are allowed where the schema says so; null is
// allowed where the schema lists it; polymorphic definitions (x-dispatch) are reported against the type
// the object's @odata.type names. In strict mode (setStrictOpenTypes) open types reject undeclared
// properties too, except directory extensions (extension_<appId>_<name>): the sandbox has no reason to
// invent dynamic properties, so a name there is a typo or a beta-only property.
class SchemaValidator
{
public:
    struct Error
    {
        QString path; // "" = the document itself
        QString message;
        QString toString() const;
    };

    // Loads `schemaFile`; by default the shared v1.0 subset.
    explicit SchemaValidator(const QString &schemaFile = SchemaDocument::defaultFile());

    const SchemaDocument &schema() const { return m_schema; }

    void setStrictOpenTypes(bool strict) { m_strictOpenTypes = strict; }
    bool strictOpenTypes() const { return m_strictOpenTypes; }

    // Validates `value` against definitions/<definition>. Empty = valid.
    QList<Error> validate(const QJsonValue &value, const QString &definition) const;

    // One line per error, for QVERIFY2 messages (at most `limit` lines).
    static QString describe(const QList<Error> &errors, int limit = 12);

private:
    struct Context
    {
        QString path;
        QString typeName; // the definition being checked, for messages
        int depth = 0;
    };

    void check(const QJsonValue &value, const QJsonValue &schema, const Context &context,
               QList<Error> *errors) const;
    void checkObject(const QJsonObject &object, const QJsonObject &schema, const Context &context,
                     QList<Error> *errors) const;
    void checkArray(const QJsonArray &array, const QJsonObject &schema, const Context &context,
                    QList<Error> *errors) const;
    void checkString(const QString &text, const QJsonObject &schema, const Context &context,
                     QList<Error> *errors) const;
    void checkAnyOf(const QJsonValue &value, const QJsonObject &schema, const Context &context,
                    QList<Error> *errors) const;
    void checkOneOf(const QJsonValue &value, const QJsonArray &branches, const Context &context,
                    QList<Error> *errors) const;
    bool typeAdmits(const QJsonValue &value, const QJsonValue &schema, int depth) const;
    int dispatchBranch(const QJsonObject &object, const QJsonArray &branches, const QString &key) const;
    static QStringList dispatchValues(const QJsonValue &branch, const QString &key);
    static bool requiresKey(const QJsonValue &branch, const QString &key);

    static QString typeOf(const QJsonValue &value);
    static QString childPath(const QString &path, const QString &key);
    static QString childPath(const QString &path, int index);
    static QString shortJson(const QJsonValue &value);

    SchemaDocument m_schema;
    bool m_strictOpenTypes = false;
};
