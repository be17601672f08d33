#include "sandbox/odata/deltatoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *phaseName(DeltaToken::Phase phase)
{
    switch (phase) {
    case DeltaToken::Phase::Initial:
        return "i";
    case DeltaToken::Phase::Replay:
        return "r";
    case DeltaToken::Phase::Link:
        break;
    }
    return "l";
}
} // namespace

QString DeltaToken::encode() const
{
    QJsonObject o{{QStringLiteral("v"), 1},
                  {QStringLiteral("p"), QLatin1String(phaseName(phase))},
                  {QStringLiteral("e"), entity},
                  {QStringLiteral("s"), QJsonArray::fromStringList(select)},
                  {QStringLiteral("i"), QJsonArray::fromStringList(ids)},
                  {QStringLiteral("t"), QJsonArray::fromStringList(types)},
                  {QStringLiteral("n"), QString::number(since)},
                  {QStringLiteral("c"), QString::number(cursor)}};
    if (memberOffset > 0)
        o.insert(QStringLiteral("m"), memberOffset);
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool DeltaToken::decode(const QString &text, DeltaToken *token)
{
    const QByteArray json = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("v")).toInt() != 1)
        return false;
    const QString phase = o.value(QLatin1String("p")).toString();
    if (phase == QLatin1String("i"))
        token->phase = Phase::Initial;
    else if (phase == QLatin1String("r"))
        token->phase = Phase::Replay;
    else if (phase == QLatin1String("l"))
        token->phase = Phase::Link;
    else
        return false;
    token->entity = o.value(QLatin1String("e")).toString();
    token->select.clear();
    for (const QJsonValue &v : o.value(QLatin1String("s")).toArray())
        token->select.append(v.toString());
    token->ids.clear();
    for (const QJsonValue &v : o.value(QLatin1String("i")).toArray())
        token->ids.append(v.toString());
    token->types.clear();
    for (const QJsonValue &v : o.value(QLatin1String("t")).toArray())
        token->types.append(v.toString());
    bool okSince = false, okCursor = false;
    token->since = o.value(QLatin1String("n")).toString().toULongLong(&okSince);
    token->cursor = o.value(QLatin1String("c")).toString().toULongLong(&okCursor);
    token->memberOffset = o.value(QLatin1String("m")).toInt();
    return okSince && okCursor && !token->entity.isEmpty();
}
