#include "graph/directorypage.h"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cstring>

namespace {

// Iterative (no recursion however deep the input nests), every string checked to be UTF-8, and nothing
// after the top-level value.
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

bool is(const char *text, rapidjson::SizeType length, const char *key)
{
    return length == std::strlen(key) && std::memcmp(text, key, length) == 0;
}

// The events of RapidJSON's reader, kept where they matter: depth 1 is the page object, depth 2 the "value"
// array, depth 3 an object of it, depth 4 its "assignedLicenses" array or a "…@delta" list, and depth 5 a
// licence or a reference.
class PageHandler
{
public:
    PageHandler(const QByteArray &body, const rapidjson::MemoryStream &stream, DirectoryPage *page)
        : m_body(body), m_stream(stream), m_page(page)
    {}

    bool StartObject()
    {
        ++m_depth;
        if (m_depth == 4 && m_item && m_key == Field::DeltaList) // an object, not a list of references
            m_item->annotated = true;
        if (m_depth == 1) {
            m_rootIsObject = true;
        } else if (m_depth == 3 && m_inValue) {
            // In iterative parsing the stream stands on the '{' (see EndObject).
            m_itemStart = qsizetype(m_stream.Tell());
            m_page->items.append(DirectoryPage::Item());
            m_item = &m_page->items.last();
            m_cuts.clear();
        } else if (m_depth == 5 && m_inDeltaList) {
            QList<DirectoryPage::Reference> &references = m_item->deltaLists.last().references;
            references.append(DirectoryPage::Reference());
            m_reference = &references.last();
        }
        m_key = Field::Other;
        return true;
    }
    bool EndObject(rapidjson::SizeType)
    {
        if (m_depth == 3 && m_item) {
            const qsizetype end = qsizetype(m_stream.Tell()) + 1; // on the '}'
            m_item->json = m_item->annotated || m_cuts.isEmpty() ? m_body.mid(m_itemStart, end - m_itemStart)
                                                                 : textWithoutCuts(end);
            m_item = nullptr;
        } else if (m_depth == 5) {
            m_reference = nullptr;
        }
        endContainer();
        return true;
    }
    bool StartArray()
    {
        ++m_depth;
        if (m_depth == 2 && m_key == Field::Value) {
            m_inValue = true;
            m_page->hasValue = true;
        } else if (m_depth == 3 && m_inValue) {
            m_page->items.append(DirectoryPage::Item()); // an item that is not an object
        } else if (m_depth == 4 && m_item && m_key == Field::Licences) {
            m_item->hasLicences = true;
            m_inLicences = true;
        } else if (m_depth == 4 && m_item && m_key == Field::DeltaList) {
            m_item->deltaLists.append({m_deltaKey, {}});
            m_inDeltaList = true;
        }
        m_key = Field::Other;
        return true;
    }
    bool EndArray(rapidjson::SizeType)
    {
        if (m_depth == 2)
            m_inValue = false;
        if (m_depth == 4) {
            if (m_inDeltaList) // the list's member, from its key to the ']', is cut from the item's text
                m_cuts.append({m_deltaKeyStart, qsizetype(m_stream.Tell()) + 1});
            m_inLicences = false;
            m_inDeltaList = false;
        }
        endContainer();
        return true;
    }
    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_key = Field::Other;
        if (m_depth == 1) {
            m_topKey = QString::fromUtf8(text, length);
            if (is(text, length, "value"))
                m_key = Field::Value;
        } else if (m_depth == 3 && m_item) {
            if (std::memchr(text, '@', length))
                deltaListOrAnnotation(text, length);
            else if (is(text, length, "id"))
                m_key = Field::Id;
            else if (is(text, length, "displayName"))
                m_key = Field::DisplayName;
            else if (is(text, length, "userPrincipalName"))
                m_key = Field::UserPrincipalName;
            else if (is(text, length, "mail"))
                m_key = Field::Mail;
            else if (is(text, length, "jobTitle"))
                m_key = Field::JobTitle;
            else if (is(text, length, "department"))
                m_key = Field::Department;
            else if (is(text, length, "accountEnabled"))
                m_key = Field::AccountEnabled;
            else if (is(text, length, "assignedLicenses"))
                m_key = Field::Licences;
        } else if (m_depth == 5 && m_inLicences && is(text, length, "skuId")) {
            m_key = Field::SkuId;
        } else if (m_depth == 5 && m_reference) {
            if (is(text, length, "id"))
                m_key = Field::ReferenceId;
            else if (is(text, length, "@odata.type"))
                m_key = Field::ReferenceType;
            else if (is(text, length, "@removed"))
                m_reference->removed = true;
        }
        return true;
    }
    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (m_depth == 1 && m_key != Field::Value) {
            const QString value = QString::fromUtf8(text, length);
            m_page->annotations.insert(m_topKey, value);
            if (m_topKey == QLatin1String("@odata.nextLink"))
                m_page->nextLink = value;
            else if (m_topKey == QLatin1String("@odata.deltaLink"))
                m_page->deltaLink = value;
        } else if (m_depth == 2 && m_inValue) {
            m_page->items.append(DirectoryPage::Item());
        } else if (m_depth == 3 && m_item) {
            DirectoryRecord::Columns &columns = m_item->columns;
            switch (m_key) {
            case Field::Id:
                m_item->id = QString::fromUtf8(text, length);
                break;
            case Field::DisplayName:
                columns.displayName = QString::fromUtf8(text, length);
                break;
            case Field::UserPrincipalName:
                columns.userPrincipalName = QString::fromUtf8(text, length);
                break;
            case Field::Mail:
                columns.mail = QString::fromUtf8(text, length);
                break;
            case Field::JobTitle:
                columns.jobTitle = QString::fromUtf8(text, length);
                break;
            case Field::Department:
                columns.department = QString::fromUtf8(text, length);
                break;
            default:
                break;
            }
        } else if (m_depth == 5 && m_key == Field::SkuId) {
            m_item->licenceSkuIds.append(QString::fromUtf8(text, length));
        } else if (m_depth == 5 && m_key == Field::ReferenceId) {
            m_reference->id = QString::fromUtf8(text, length);
        } else if (m_depth == 5 && m_key == Field::ReferenceType) {
            m_reference->type = QString::fromUtf8(text, length);
        }
        notAList();
        m_key = Field::Other;
        return true;
    }
    bool Bool(bool value)
    {
        if (m_depth == 3 && m_item && m_key == Field::AccountEnabled)
            m_item->columns.accountEnabled = value ? 1 : 0;
        else
            scalar(value);
        notAList();
        m_key = Field::Other;
        return true;
    }
    bool Null()
    {
        if (m_depth == 2 && m_inValue)
            m_page->items.append(DirectoryPage::Item());
        notAList();
        m_key = Field::Other;
        return true;
    }
    bool Int(int value) { return number(value); }
    bool Uint(unsigned value) { return number(value); }
    bool Int64(int64_t value) { return number(double(value)); }
    bool Uint64(uint64_t value) { return number(double(value)); }
    bool Double(double value) { return number(value); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return true; } // not asked for
    bool rootIsObject() const { return m_rootIsObject; }

private:
    enum class Field
    {
        Other,
        Value,
        Id,
        DisplayName,
        UserPrincipalName,
        Mail,
        JobTitle,
        Department,
        AccountEnabled,
        Licences,
        SkuId,
        DeltaList,
        ReferenceId,
        ReferenceType,
    };

    // A key with '@' at the object's top level: "…@delta" followed by an array is a list of references,
    // anything else an annotation. The list is cut from the object's text, from its key's opening quote,
    // which is where the key's text ends less its length (a key with escapes is taken as an annotation).
    void deltaListOrAnnotation(const char *text, rapidjson::SizeType length)
    {
        const qsizetype end = qsizetype(m_stream.Tell()); // past the key's closing quote
        const qsizetype start = end - qsizetype(length) - 2;
        const QLatin1String suffix("@delta");
        if (length > suffix.size() &&
            std::memcmp(text + length - suffix.size(), suffix.data(), suffix.size()) == 0 &&
            start > m_itemStart && m_body.at(start) == '"' &&
            std::memcmp(m_body.constData() + start + 1, text, length) == 0) {
            m_key = Field::DeltaList;
            m_deltaKey = QString::fromUtf8(text, length);
            m_deltaKeyStart = start;
        } else {
            m_item->annotated = true;
        }
    }
    // A "…@delta" key whose value turned out not to be an array is an annotation after all.
    void notAList()
    {
        if (m_key == Field::DeltaList && m_depth == 3 && m_item)
            m_item->annotated = true;
    }
    // The item's text from m_itemStart to `end` without the cut members and a comma next to each.
    QByteArray textWithoutCuts(qsizetype end) const
    {
        const char *data = m_body.constData();
        const auto space = [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        };
        QByteArray text;
        text.reserve(end - m_itemStart);
        qsizetype from = m_itemStart;
        for (auto [cutStart, cutEnd] : m_cuts) {
            // Take the comma before the member (unless an earlier cut took it), or else the one after it.
            qsizetype before = cutStart;
            while (before > from && space(data[before - 1]))
                --before;
            if (before > from && data[before - 1] == ',') {
                cutStart = before - 1;
            } else {
                qsizetype after = cutEnd;
                while (after < end && space(data[after]))
                    ++after;
                if (after < end && data[after] == ',')
                    cutEnd = after + 1;
            }
            text.append(data + from, cutStart - from);
            from = cutEnd;
        }
        text.append(data + from, end - from);
        return text;
    }

    void endContainer()
    {
        --m_depth;
        m_key = Field::Other;
    }
    bool number(double value)
    {
        scalar(value);
        notAList();
        m_key = Field::Other;
        return true;
    }
    void scalar(const QJsonValue &value)
    {
        if (m_depth == 1 && m_key != Field::Value)
            m_page->annotations.insert(m_topKey, value);
        else if (m_depth == 2 && m_inValue)
            m_page->items.append(DirectoryPage::Item());
    }

    const QByteArray &m_body;
    const rapidjson::MemoryStream &m_stream;
    DirectoryPage *m_page;
    int m_depth = 0;
    bool m_rootIsObject = false;
    bool m_inValue = false;
    bool m_inLicences = false;
    bool m_inDeltaList = false;
    QString m_deltaKey;
    qsizetype m_deltaKeyStart = 0;
    QList<std::pair<qsizetype, qsizetype>> m_cuts; // members cut from the current item's text
    DirectoryPage::Reference *m_reference = nullptr;
    Field m_key = Field::Other;
    QString m_topKey;
    DirectoryPage::Item *m_item = nullptr;
    qsizetype m_itemStart = 0;
};

} // namespace

bool DirectoryPage::read(const QByteArray &body, DirectoryPage *page, QString *problem)
{
    *page = DirectoryPage();
    page->items.reserve(qsizetype(body.size() / 400)); // the text of a listed user is some 500 bytes
    rapidjson::MemoryStream stream(body.constData(), size_t(body.size()));
    PageHandler handler(body, stream, page);
    rapidjson::Reader reader;
    const rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, handler);
    if (result.IsError()) {
        *problem = QStringLiteral("JSON: %1 at byte %2")
                       .arg(QString::fromUtf8(rapidjson::GetParseError_En(result.Code())))
                       .arg(result.Offset());
        *page = DirectoryPage();
        return false;
    }
    if (stream.Tell() < size_t(body.size())) // the reader takes a NUL byte for the end of its input
        *problem = QStringLiteral("JSON: a NUL byte at byte %1").arg(stream.Tell());
    else if (!handler.rootIsObject())
        *problem = QStringLiteral("JSON: the answer is not an object");
    else
        return true;
    *page = DirectoryPage();
    return false;
}
