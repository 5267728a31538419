#include "IcsContentLine.h"

namespace caseline {

QString IcsContentLine::escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            result += QLatin1Char('\\');
            result += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            result += QStringLiteral("\\n");
        } else if (c == u'\n') {
            result += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue;  // other control characters are not allowed in TEXT
        } else {
            result += c;
        }
    }
    return result;
}

QByteArray IcsContentLine::folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray result;
    result.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype start = 0;
    int limit = kMaxOctets;  // continuation lines lose one octet to their leading space
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        result += utf8.mid(start, end - start);
        result += "\r\n ";
        start = end;
        limit = kMaxOctets - 1;
    }
    result += utf8.mid(start);
    result += "\r\n";
    return result;
}

}  // namespace caseline
