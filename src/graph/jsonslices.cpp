#include "graph/jsonslices.h"

namespace JsonSlices {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// From the opening quote at `i`, the index just past the closing quote (or -1).
qsizetype skipString(const char *data, qsizetype size, qsizetype i)
{
    for (++i; i < size; ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return -1;
}
} // namespace

bool arrayItems(const QByteArray &body, const QByteArray &member, QList<QByteArray> *items)
{
    items->clear();
    const char *data = body.constData();
    const qsizetype size = body.size();
    int depth = 0;
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            const qsizetype end = skipString(data, size, i);
            if (end < 0)
                return false;
            // A key of the top-level object, followed by ':'.
            qsizetype next = end;
            while (next < size && isSpace(data[next]))
                ++next;
            const bool isKey = depth == 1 && next < size && data[next] == ':';
            if (isKey && end - i - 2 == member.size() &&
                memcmp(data + i + 1, member.constData(), member.size()) == 0) {
                ++next;
                while (next < size && isSpace(data[next]))
                    ++next;
                if (next >= size || data[next] != '[')
                    return false;
                i = next + 1;
                // The array's elements, each from its first character to its last.
                while (true) {
                    while (i < size && isSpace(data[i]))
                        ++i;
                    if (i >= size)
                        return false;
                    if (data[i] == ']')
                        return true;
                    const qsizetype start = i;
                    int nesting = 0;
                    while (i < size) {
                        const char e = data[i];
                        if (e == '"') {
                            i = skipString(data, size, i);
                            if (i < 0)
                                return false;
                            continue;
                        }
                        if (e == '{' || e == '[') {
                            ++nesting;
                        } else if (e == '}' || e == ']') {
                            if (nesting == 0)
                                break; // the array's own end
                            --nesting;
                        } else if (e == ',' && nesting == 0) {
                            break;
                        }
                        ++i;
                    }
                    if (i >= size)
                        return false;
                    qsizetype last = i;
                    while (last > start && isSpace(data[last - 1]))
                        --last;
                    items->append(QByteArray(data + start, last - start));
                    if (data[i] == ',')
                        ++i;
                }
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        ++i;
    }
    return false;
}

} // namespace JsonSlices
