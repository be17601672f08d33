#include "schemadocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
const QString kDefinitionsPrefix = QStringLiteral("#/definitions/");
const QString kFormatPrefix = QStringLiteral("format:");
} // namespace

QString SchemaDocument::defaultFile()
{
    return QStringLiteral(TENANTDESK_SHARED_DIR "/graph-schema/v1.0-subset.json");
}

const QList<QPair<QString, QString>> &SchemaDocument::formats()
{
    // As lenient as Graph's own serializer: seconds and fractions optional, any offset.
    static const QList<QPair<QString, QString>> table{
        {QStringLiteral("uuid"),
         QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")},
        {QStringLiteral("date-time"),
         QStringLiteral("^[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?"
                        "(Z|[+-][0-9]{2}:[0-9]{2})$")},
        {QStringLiteral("date"), QStringLiteral("^[0-9]{4,}-[0-9]{2}-[0-9]{2}$")},
        {QStringLiteral("time"), QStringLiteral("^[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?$")},
    };
    return table;
}

bool SchemaDocument::isSupportedKeyword(const QString &keyword)
{
    static const QSet<QString> keywords{QStringLiteral("$ref"),
                                        QStringLiteral("type"),
                                        QStringLiteral("enum"),
                                        QStringLiteral("pattern"),
                                        QStringLiteral("format"),
                                        QStringLiteral("minLength"),
                                        QStringLiteral("maxLength"),
                                        QStringLiteral("minimum"),
                                        QStringLiteral("maximum"),
                                        QStringLiteral("exclusiveMinimum"),
                                        QStringLiteral("exclusiveMaximum"),
                                        QStringLiteral("properties"),
                                        QStringLiteral("patternProperties"),
                                        QStringLiteral("additionalProperties"),
                                        QStringLiteral("required"),
                                        QStringLiteral("items"),
                                        QStringLiteral("minItems"),
                                        QStringLiteral("maxItems"),
                                        QStringLiteral("allOf"),
                                        QStringLiteral("anyOf"),
                                        QStringLiteral("oneOf"),
                                        QStringLiteral("not"),
                                        QStringLiteral("description"),
                                        QStringLiteral("title"),
                                        QStringLiteral("default"),
                                        QStringLiteral("$schema"),
                                        QStringLiteral("definitions"),
                                        QStringLiteral("examples")};
    return keyword.startsWith(QLatin1String("x-")) || keywords.contains(keyword);
}

SchemaDocument::SchemaDocument(const QString &file)
{
    for (const auto &f : formats())
        m_patterns.insert(kFormatPrefix + f.first, QRegularExpression(f.second));
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        m_loadError = QStringLiteral("cannot open %1: %2").arg(file, input.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!document.isObject()) {
        m_loadError = QStringLiteral("%1 is not a JSON object: %2").arg(file, parseError.errorString());
        return;
    }
    m_definitions = document.object().value(QLatin1String("definitions")).toObject();
    m_operations = document.object().value(QLatin1String("x-operations")).toObject();
    if (m_definitions.isEmpty()) {
        m_loadError = QStringLiteral("%1 has no definitions").arg(file);
        return;
    }
    for (auto it = m_definitions.constBegin(); it != m_definitions.constEnd(); ++it)
        scan(it.value(), QStringLiteral("definitions/") + it.key());
}

QJsonObject SchemaDocument::resolve(const QString &ref, QString *name) const
{
    *name = ref.startsWith(kDefinitionsPrefix) ? ref.mid(kDefinitionsPrefix.size()) : ref;
    return m_definitions.value(*name).toObject();
}

QString SchemaDocument::definitionForOperation(const QString &operation, const QString &role) const
{
    const QJsonValue entry = m_operations.value(operation);
    const QString ref = entry.isObject() ? entry.toObject().value(role).toString() : entry.toString();
    return ref.startsWith(kDefinitionsPrefix) ? ref.mid(kDefinitionsPrefix.size()) : QString();
}

void SchemaDocument::compile(const QString &pattern, const QString &where)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        m_problems.append(
            QStringLiteral("%1: invalid pattern %2 (%3)").arg(where, pattern, re.errorString()));
    m_patterns.insert(pattern, re);
}

void SchemaDocument::scan(const QJsonValue &schema, const QString &where)
{
    if (schema.isBool())
        return;
    if (!schema.isObject()) {
        m_problems.append(QStringLiteral("%1: a schema must be an object or a boolean").arg(where));
        return;
    }
    const QJsonObject object = schema.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QString at = where + QLatin1Char('/') + key;
        if (!isSupportedKeyword(key)) {
            m_problems.append(QStringLiteral("%1: unsupported keyword").arg(at));
        } else if (key.startsWith(QLatin1String("x-"))) {
            continue;
        } else if (key == QLatin1String("properties") || key == QLatin1String("definitions") ||
                   key == QLatin1String("patternProperties")) {
            const QJsonObject children = it.value().toObject();
            for (auto c = children.constBegin(); c != children.constEnd(); ++c) {
                if (key == QLatin1String("patternProperties"))
                    compile(c.key(), at);
                scan(c.value(), at + QLatin1Char('/') + c.key());
            }
        } else if (key == QLatin1String("pattern")) {
            compile(it.value().toString(), at);
        } else if (key == QLatin1String("format")) {
            if (!m_patterns.contains(kFormatPrefix + it.value().toString()))
                m_problems.append(QStringLiteral("%1: unsupported format %2").arg(at, it.value().toString()));
        } else if (key == QLatin1String("$ref")) {
            QString name;
            resolve(it.value().toString(), &name);
            if (!it.value().toString().startsWith(kDefinitionsPrefix) || !m_definitions.contains(name))
                m_problems.append(QStringLiteral("%1: unresolved $ref %2").arg(at, it.value().toString()));
        } else if (key == QLatin1String("allOf") || key == QLatin1String("anyOf") ||
                   key == QLatin1String("oneOf") || (key == QLatin1String("items") && it.value().isArray())) {
            const QJsonArray branches = it.value().toArray();
            for (int i = 0; i < branches.size(); ++i)
                scan(branches.at(i), at + QLatin1Char('/') + QString::number(i));
        } else if (key == QLatin1String("items") || key == QLatin1String("additionalProperties") ||
                   key == QLatin1String("not")) {
            scan(it.value(), at);
        }
    }
}
