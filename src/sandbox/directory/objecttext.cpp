#include "sandbox/directory/objecttext.h"

#include <QJsonDocument>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace {
// Records the top-level members' value ranges, or captures one top-level string member. The texts are the
// sandbox's own (written by Qt), so the default, recursive parse is enough; the objects are shallow.
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    Handler(const char *text, const rapidjson::MemoryStream &stream) : m_text(text), m_stream(stream) {}

    ObjectText::Members *members = nullptr;
    QLatin1StringView wanted;
    std::optional<QString> found;

    bool Default() { return value(); }
    bool String(const char *s, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1 && members == nullptr && m_keyMatches) {
            found = QString::fromUtf8(s, length);
            return false; // found: no need to read on
        }
        return value();
    }
    bool Key(const char *s, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1) {
            const QByteArrayView key(s, length);
            if (members) {
                // Compact text: the value starts right after the key's closing quote and the colon.
                members->append({keyView(), qsizetype(m_stream.Tell()) + 1, 0});
            } else {
                m_keyMatches = key == QByteArrayView(wanted.data(), wanted.size());
            }
        }
        return true;
    }
    bool StartObject() { return start(); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool StartArray() { return start(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

private:
    // The key as it stands in the text (between the quotes before the value): identifiers need no
    // unescaping, and the view then points into the text rather than into the reader's buffer.
    QByteArrayView keyView() const
    {
        const qsizetype close = qsizetype(m_stream.Tell()) - 1; // the closing quote
        qsizetype open = close - 1;
        while (open > 0 && m_text[open] != '"')
            --open;
        return QByteArrayView(m_text + open + 1, close - open - 1);
    }
    bool value()
    {
        if (m_depth == 1 && members && !members->isEmpty())
            members->last().end = qsizetype(m_stream.Tell());
        return true;
    }
    bool start()
    {
        ++m_depth;
        return true;
    }
    bool end()
    {
        --m_depth;
        return value();
    }

    const char *m_text;
    const rapidjson::MemoryStream &m_stream;
    int m_depth = 0;
    bool m_keyMatches = false;
};

bool parse(const QByteArray &text, Handler &handler, rapidjson::MemoryStream &stream)
{
    if (!text.startsWith('{'))
        return false;
    rapidjson::Reader reader;
    return !reader.Parse(stream, handler).IsError();
}
} // namespace

namespace ObjectText {

QByteArray fromObject(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    text.squeeze(); // kept for long: no spare capacity
    return text;
}

QJsonObject toObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

bool members(const QByteArray &text, Members *out)
{
    out->clear();
    rapidjson::MemoryStream stream(text.constData(), size_t(text.size()));
    Handler handler(text.constData(), stream);
    handler.members = out;
    return parse(text, handler, stream);
}

std::optional<QString> string(const QByteArray &text, QLatin1StringView key)
{
    rapidjson::MemoryStream stream(text.constData(), size_t(text.size()));
    Handler handler(text.constData(), stream);
    handler.wanted = key;
    parse(text, handler, stream); // stops early once the member is found
    if (handler.found && handler.found->startsWith(QLatin1Char('\x01')))
        return std::nullopt; // a reference to a shared value (ObjectCollection), not a string
    return handler.found;
}

} // namespace ObjectText
