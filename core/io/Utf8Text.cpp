#include "Utf8Text.h"

#include <QString>

namespace caseline {

namespace {

QByteArrayView throughQString(QByteArrayView utf8, TextArena &arena, QString (QString::*rule)() const &)
{
    return arena.store((QString::fromUtf8(utf8).*rule)().toUtf8());
}

bool startsFormula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

}  // namespace

bool Utf8Text::isAscii(QByteArrayView utf8)
{
    for (const char c : utf8)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

QByteArrayView Utf8Text::trimmed(QByteArrayView utf8, TextArena &arena)
{
    qsizetype first = 0, end = utf8.size();
    while (first < end && isAsciiSpace(utf8[first]))
        ++first;
    while (end > first && isAsciiSpace(utf8[end - 1]))
        --end;
    const QByteArrayView inner = utf8.sliced(first, end - first);
    // Only a character outside ASCII at either end can be white space QString knows of and
    // ASCII does not (U+00A0, U+2028, U+3000...).
    if (!inner.isEmpty() && (uchar(inner.front()) >= 0x80 || uchar(inner.back()) >= 0x80))
        return throughQString(inner, arena, &QString::trimmed);
    return inner;
}

QByteArrayView Utf8Text::simplified(QByteArrayView utf8, TextArena &arena)
{
    if (!isAscii(utf8))
        return throughQString(utf8, arena, &QString::simplified);
    const QByteArrayView inner = trimmed(utf8, arena);  // ASCII: a view
    bool changes = false;
    for (qsizetype i = 0; i < inner.size() && !changes; ++i)
        changes = isAsciiSpace(inner[i]) && (inner[i] != ' ' || (i + 1 < inner.size() && isAsciiSpace(inner[i + 1])));
    if (!changes)
        return inner;
    char *const first = arena.reserve(inner.size());
    char *out = first;
    bool space = false;
    for (const char c : inner) {
        if (isAsciiSpace(c)) {
            space = true;
            continue;
        }
        if (space)
            *out++ = ' ';
        space = false;
        *out++ = c;
    }
    return arena.commit(out - first);
}

QByteArrayView Utf8Text::restoredCell(QByteArrayView utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && utf8[i] == '\'')
        ++i;
    return i > 0 && i < utf8.size() && startsFormula(utf8[i]) ? utf8.sliced(1) : utf8;
}

}  // namespace caseline
