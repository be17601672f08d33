#include "schemavalidator.h"

#include <QJsonDocument>

#include <cmath>

namespace {

constexpr int kMaxDepth = 200;

// A readable name for the patterns the extraction uses for Edm.Guid / DateTimeOffset / Date / TimeOfDay.
QString patternName(const QString &pattern)
{
    for (const auto &f : SchemaDocument::formats()) {
        if (f.second == pattern)
            return f.first == QLatin1String("uuid") ? QStringLiteral("a GUID")
                                                    : QStringLiteral("a %1").arg(f.first);
    }
    return QStringLiteral("pattern %1").arg(pattern);
}

bool isIntegral(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

} // namespace

QString SchemaValidator::Error::toString() const
{
    return (path.isEmpty() ? QStringLiteral("(document)") : path) + QStringLiteral(": ") + message;
}

SchemaValidator::SchemaValidator(const QString &schemaFile) : m_schema(schemaFile)
{}

QList<SchemaValidator::Error> SchemaValidator::validate(const QJsonValue &value,
                                                        const QString &definition) const
{
    QList<Error> errors;
    if (!m_schema.isLoaded()) {
        errors.append({QString(), QStringLiteral("schema not loaded: %1").arg(m_schema.loadError())});
        return errors;
    }
    if (!m_schema.hasDefinition(definition)) {
        errors.append({QString(), QStringLiteral("the schema has no definition %1").arg(definition)});
        return errors;
    }
    Context context;
    context.typeName = definition;
    check(value, m_schema.definition(definition), context, &errors);
    return errors;
}

QString SchemaValidator::describe(const QList<Error> &errors, int limit)
{
    QStringList lines;
    for (int i = 0; i < errors.size() && i < limit; ++i)
        lines.append(errors.at(i).toString());
    if (errors.size() > limit)
        lines.append(QStringLiteral("... and %1 more").arg(errors.size() - limit));
    return lines.join(QLatin1Char('\n'));
}

void SchemaValidator::check(const QJsonValue &value, const QJsonValue &schemaValue, const Context &context,
                            QList<Error> *errors) const
{
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors->append({context.path, QStringLiteral("no value is allowed here")});
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    if (schema.isEmpty())
        return;
    if (context.depth > kMaxDepth) {
        errors->append({context.path, QStringLiteral("schema nesting too deep (recursive $ref?)")});
        return;
    }
    Context inner = context;
    inner.depth = context.depth + 1;

    if (schema.contains(QLatin1String("$ref"))) { // draft-07: siblings of $ref are ignored
        QString name;
        const QJsonObject target = m_schema.resolve(schema.value(QLatin1String("$ref")).toString(), &name);
        if (!m_schema.hasDefinition(name)) {
            errors->append({context.path, QStringLiteral("unresolved $ref %1").arg(name)});
            return;
        }
        inner.typeName = name;
        check(value, target, inner, errors);
        return;
    }

    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        if (!typeAdmits(value, QJsonObject{{QStringLiteral("type"), type}}, 0)) {
            QStringList names;
            if (type.isArray()) {
                for (const QJsonValue &t : type.toArray())
                    names.append(t.toString());
            } else {
                names.append(type.toString());
            }
            const QString actual = value.isNull()
                                       ? QStringLiteral("null")
                                       : QStringLiteral("%1 %2").arg(typeOf(value), shortJson(value));
            errors->append(
                {context.path,
                 QStringLiteral("expected %1, got %2").arg(names.join(QStringLiteral(" or ")), actual)});
            return;
        }
    }

    if (schema.contains(QLatin1String("enum"))) {
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.contains(value)) {
            QStringList shown;
            for (int i = 0; i < allowed.size() && i < 8; ++i)
                shown.append(shortJson(allowed.at(i)));
            if (allowed.size() > 8)
                shown.append(QStringLiteral("... (%1 values)").arg(allowed.size()));
            errors->append({context.path, QStringLiteral("%1 is not one of the allowed values: %2")
                                              .arg(shortJson(value), shown.join(QStringLiteral(", ")))});
        }
    }

    for (const QJsonValue &branch : schema.value(QLatin1String("allOf")).toArray())
        check(value, branch, inner, errors);
    if (schema.contains(QLatin1String("anyOf")))
        checkAnyOf(value, schema, inner, errors);
    if (schema.contains(QLatin1String("oneOf")))
        checkOneOf(value, schema.value(QLatin1String("oneOf")).toArray(), inner, errors);
    if (schema.contains(QLatin1String("not"))) {
        QList<Error> notErrors;
        check(value, schema.value(QLatin1String("not")), inner, &notErrors);
        if (notErrors.isEmpty())
            errors->append({context.path, QStringLiteral("matches a schema it must not match")});
    }

    if (value.isObject()) {
        checkObject(value.toObject(), schema, inner, errors);
    } else if (value.isArray()) {
        checkArray(value.toArray(), schema, inner, errors);
    } else if (value.isString()) {
        checkString(value.toString(), schema, inner, errors);
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        const auto bound = [&](const char *keyword, bool violated, const char *relation) {
            if (violated)
                errors->append(
                    {context.path, QStringLiteral("%1 is %2 %3 %4")
                                       .arg(shortJson(value), QLatin1String(relation), QLatin1String(keyword),
                                            shortJson(schema.value(QLatin1String(keyword))))});
        };
        if (schema.contains(QLatin1String("minimum")))
            bound("minimum", d < schema.value(QLatin1String("minimum")).toDouble(), "below the");
        if (schema.contains(QLatin1String("maximum")))
            bound("maximum", d > schema.value(QLatin1String("maximum")).toDouble(), "above the");
        if (schema.contains(QLatin1String("exclusiveMinimum")))
            bound("exclusiveMinimum", d <= schema.value(QLatin1String("exclusiveMinimum")).toDouble(),
                  "not above the");
        if (schema.contains(QLatin1String("exclusiveMaximum")))
            bound("exclusiveMaximum", d >= schema.value(QLatin1String("exclusiveMaximum")).toDouble(),
                  "not below the");
    }
}

void SchemaValidator::checkObject(const QJsonObject &object, const QJsonObject &schema,
                                  const Context &context, QList<Error> *errors) const
{
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonObject patternProperties = schema.value(QLatin1String("patternProperties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    const bool openType = schema.value(QLatin1String("x-openType")).toBool();
    const bool strictOpen =
        m_strictOpenTypes && openType && (additional.isUndefined() || additional.toBool(false));

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Context child = context;
        child.path = childPath(context.path, it.key());
        bool declared = false;
        if (properties.contains(it.key())) {
            declared = true;
            check(it.value(), properties.value(it.key()), child, errors);
        }
        for (auto p = patternProperties.constBegin(); p != patternProperties.constEnd(); ++p) {
            if (m_schema.pattern(p.key()).match(it.key()).hasMatch()) {
                declared = true;
                check(it.value(), p.value(), child, errors);
            }
        }
        if (declared)
            continue;
        if (additional.isBool() && !additional.toBool()) {
            errors->append(
                {child.path,
                 QStringLiteral("property is not declared by %1, which allows no other properties")
                     .arg(context.typeName.isEmpty() ? QStringLiteral("the schema") : context.typeName)});
        } else if (additional.isObject()) {
            check(it.value(), additional, child, errors);
        } else if (strictOpen && !it.key().startsWith(QLatin1String("extension_"))) {
            errors->append(
                {child.path, QStringLiteral("property is not declared by open type %1 (strict mode: "
                                            "only directory extensions may be added)")
                                 .arg(context.typeName)});
        }
    }

    for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
        if (!object.contains(name.toString()))
            errors->append(
                {childPath(context.path, name.toString()), QStringLiteral("required property is missing")});
    }
}

void SchemaValidator::checkArray(const QJsonArray &array, const QJsonObject &schema, const Context &context,
                                 QList<Error> *errors) const
{
    const QJsonValue items = schema.value(QLatin1String("items"));
    for (int i = 0; i < array.size(); ++i) {
        Context child = context;
        child.path = childPath(context.path, i);
        if (items.isArray()) {
            if (i < items.toArray().size())
                check(array.at(i), items.toArray().at(i), child, errors);
        } else if (!items.isUndefined()) {
            check(array.at(i), items, child, errors);
        }
    }
    if (schema.contains(QLatin1String("minItems")) &&
        array.size() < schema.value(QLatin1String("minItems")).toInt())
        errors->append({context.path, QStringLiteral("%1 items, at least %2 required")
                                          .arg(array.size())
                                          .arg(schema.value(QLatin1String("minItems")).toInt())});
    if (schema.contains(QLatin1String("maxItems")) &&
        array.size() > schema.value(QLatin1String("maxItems")).toInt())
        errors->append({context.path, QStringLiteral("%1 items, at most %2 allowed")
                                          .arg(array.size())
                                          .arg(schema.value(QLatin1String("maxItems")).toInt())});
}

void SchemaValidator::checkString(const QString &text, const QJsonObject &schema, const Context &context,
                                  QList<Error> *errors) const
{
    if (schema.contains(QLatin1String("pattern"))) {
        const QString pattern = schema.value(QLatin1String("pattern")).toString();
        if (!m_schema.pattern(pattern).match(text).hasMatch())
            errors->append(
                {context.path, QStringLiteral("%1 is not %2").arg(shortJson(text), patternName(pattern))});
    }
    if (schema.contains(QLatin1String("format"))) {
        const QString format = schema.value(QLatin1String("format")).toString();
        const QRegularExpression re = m_schema.pattern(QStringLiteral("format:") + format);
        if (re.isValid() && !re.pattern().isEmpty() && !re.match(text).hasMatch())
            errors->append(
                {context.path, QStringLiteral("%1 is not a valid %2").arg(shortJson(text), format)});
    }
    if (schema.contains(QLatin1String("minLength")) &&
        text.size() < schema.value(QLatin1String("minLength")).toInt())
        errors->append({context.path, QStringLiteral("shorter than %1 characters")
                                          .arg(schema.value(QLatin1String("minLength")).toInt())});
    if (schema.contains(QLatin1String("maxLength")) &&
        text.size() > schema.value(QLatin1String("maxLength")).toInt())
        errors->append({context.path, QStringLiteral("longer than %1 characters")
                                          .arg(schema.value(QLatin1String("maxLength")).toInt())});
}

void SchemaValidator::checkAnyOf(const QJsonValue &value, const QJsonObject &schema, const Context &context,
                                 QList<Error> *errors) const
{
    const QJsonArray branches = schema.value(QLatin1String("anyOf")).toArray();
    QVector<QList<Error>> results(branches.size());
    for (int i = 0; i < branches.size(); ++i) {
        check(value, branches.at(i), context, &results[i]);
        if (results.at(i).isEmpty())
            return;
    }

    // Polymorphic types dispatch on @odata.type: report against the type the object claims to be.
    const QString dispatchKey = schema.value(QLatin1String("x-dispatch")).toString();
    if (!dispatchKey.isEmpty() && value.isObject() && value.toObject().contains(dispatchKey)) {
        const int chosen = dispatchBranch(value.toObject(), branches, dispatchKey);
        if (chosen >= 0) {
            errors->append(results.at(chosen));
        } else {
            errors->append({childPath(context.path, dispatchKey),
                            QStringLiteral("%1 is not %2 or a type derived from it")
                                .arg(shortJson(value.toObject().value(dispatchKey)), context.typeName)});
        }
        return;
    }

    // Otherwise the branch the value's JSON type fits (e.g. the string branch of "GUID or null"), fewest
    // errors; an object without @odata.type is the base type, not a derived type that merely lacks its
    // annotation.
    const bool undispatched = !dispatchKey.isEmpty() && value.isObject();
    int best = -1;
    for (int i = 0; i < branches.size(); ++i) {
        if (!typeAdmits(value, branches.at(i), 0) ||
            (undispatched && requiresKey(branches.at(i), dispatchKey)))
            continue;
        if (best < 0 || results.at(i).size() < results.at(best).size())
            best = i;
    }
    if (best >= 0) {
        errors->append(results.at(best));
        return;
    }
    QStringList messages;
    for (const QList<Error> &r : results) {
        if (!r.isEmpty() && !messages.contains(r.first().message))
            messages.append(r.first().message);
    }
    errors->append(
        {context.path,
         QStringLiteral("matches none of the alternatives: %1").arg(messages.join(QStringLiteral("; ")))});
}

void SchemaValidator::checkOneOf(const QJsonValue &value, const QJsonArray &branches, const Context &context,
                                 QList<Error> *errors) const
{
    QStringList failures;
    int matched = 0;
    for (const QJsonValue &branch : branches) {
        QList<Error> branchErrors;
        check(value, branch, context, &branchErrors);
        if (branchErrors.isEmpty()) {
            ++matched;
        } else {
            const Error &first = branchErrors.first();
            QString where = first.path.mid(context.path.size());
            if (where.startsWith(QLatin1Char('.')))
                where.remove(0, 1);
            failures.append(where.isEmpty() ? first.message : where + QStringLiteral(" ") + first.message);
        }
    }
    if (matched == 1)
        return;
    if (matched == 0)
        errors->append({context.path, QStringLiteral("matches none of the oneOf alternatives (%1)")
                                          .arg(failures.join(QStringLiteral(" | ")))});
    else
        errors->append(
            {context.path,
             QStringLiteral("matches %1 of the oneOf alternatives; exactly one is allowed").arg(matched)});
}

bool SchemaValidator::typeAdmits(const QJsonValue &value, const QJsonValue &schemaValue, int depth) const
{
    if (!schemaValue.isObject() || depth > kMaxDepth)
        return !schemaValue.isBool() || schemaValue.toBool();
    const QJsonObject schema = schemaValue.toObject();
    if (schema.contains(QLatin1String("$ref"))) {
        QString name;
        return typeAdmits(value, m_schema.resolve(schema.value(QLatin1String("$ref")).toString(), &name),
                          depth + 1);
    }
    if (schema.contains(QLatin1String("type"))) {
        const QJsonValue type = schema.value(QLatin1String("type"));
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
        const QString actual = typeOf(value);
        bool ok = false;
        for (const QJsonValue &t : types) {
            const QString name = t.toString();
            if (name == actual || (name == QLatin1String("number") && actual == QLatin1String("integer")))
                ok = true;
        }
        if (!ok)
            return false;
    }
    for (const QJsonValue &branch : schema.value(QLatin1String("allOf")).toArray()) {
        if (!typeAdmits(value, branch, depth + 1))
            return false;
    }
    for (const char *keyword : {"anyOf", "oneOf"}) {
        const QJsonArray branches = schema.value(QLatin1String(keyword)).toArray();
        if (branches.isEmpty())
            continue;
        bool any = false;
        for (const QJsonValue &branch : branches)
            any = any || typeAdmits(value, branch, depth + 1);
        if (!any)
            return false;
    }
    return true;
}

int SchemaValidator::dispatchBranch(const QJsonObject &object, const QJsonArray &branches,
                                    const QString &key) const
{
    const QString claimed = object.value(key).toString();
    for (int i = 0; i < branches.size(); ++i) {
        if (dispatchValues(branches.at(i), key).contains(claimed))
            return i;
    }
    return -1;
}

QStringList SchemaValidator::dispatchValues(const QJsonValue &branch, const QString &key)
{
    QStringList values;
    const QJsonObject schema = branch.toObject();
    const QJsonObject property = schema.value(QLatin1String("properties")).toObject().value(key).toObject();
    for (const QJsonValue &v : property.value(QLatin1String("enum")).toArray())
        values.append(v.toString());
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray())
        values += dispatchValues(part, key);
    return values;
}

bool SchemaValidator::requiresKey(const QJsonValue &branch, const QString &key)
{
    const QJsonObject schema = branch.toObject();
    if (schema.value(QLatin1String("required")).toArray().contains(key))
        return true;
    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray()) {
        if (requiresKey(part, key))
            return true;
    }
    return false;
}

QString SchemaValidator::typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isIntegral(value.toDouble()) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString SchemaValidator::childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString SchemaValidator::childPath(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString SchemaValidator::shortJson(const QJsonValue &value)
{
    QString text;
    if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else // wrap a scalar to serialise it as JSON
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}
