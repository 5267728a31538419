#include "JsonArrayLines.h"

#include <QByteArrayView>

namespace caseline {

QList<int> JsonArrayLines::of(const QByteArray &json, const char *name)
{
    QList<int> lines;
    const QByteArrayView wanted(name);
    int line = 1;
    int depth = 0;
    int arrayDepth = -1;     // depth inside the wanted array, once found
    bool nextIsArray = false;  // just read the wanted member name and its colon
    bool expectElement = false;
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (c == ',' ) {
            if (depth == arrayDepth)
                expectElement = true;
            continue;
        }
        if (c == ':')
            continue;
        if (arrayDepth >= 0 && depth == arrayDepth && expectElement && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < n && json[i] != '"'; ++i)
                if (json[i] == '\\')
                    ++i;
            const QByteArrayView text(json.constData() + start, i - start);
            // A member name of the top-level object, followed by its colon.
            qsizetype j = i + 1;
            while (j < n && (json[j] == ' ' || json[j] == '\t' || json[j] == '\r' || json[j] == '\n'))
                ++j;
            nextIsArray = depth == 1 && arrayDepth < 0 && j < n && json[j] == ':' && text == wanted;
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
            if (c == '[' && nextIsArray) {
                arrayDepth = depth;
                expectElement = true;
            }
            nextIsArray = false;
            continue;
        }
        if (c == ']' || c == '}') {
            if (depth == arrayDepth)
                return lines;
            --depth;
            continue;
        }
        nextIsArray = false;
    }
    return lines;
}

}  // namespace caseline
