#pragma once

#include <QByteArray>
#include <QString>

namespace caseline {

// RFC 5545 content lines: TEXT values escaped (backslash, semicolon, comma, line breaks), and
// lines folded so that none is longer than 75 octets (a CRLF and one space start each
// continuation), never inside a UTF-8 sequence.
class IcsContentLine {
public:
    static QString escapeText(const QString &text);
    // "NAME:value" (or "NAME;PARAM=x:value") folded, with its closing CRLF.
    static QByteArray folded(const QString &line);
    static constexpr int kMaxOctets = 75;
};

}  // namespace caseline
