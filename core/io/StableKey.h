#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <string>

namespace caseline {

// Keys that importers derive from the content of a row, so that importing the same file twice
// finds and updates what the first import added instead of adding it again.
class StableKey {
public:
    // Case, runs of white space and typographic apostrophes do not make a different key:
    // "Calhoun County Sheriff’s Office " and "Calhoun County Sheriff's Office" are one agency.
    static QString normalise(const QString &text);
    // Short, stable digest of text (the first 16 hex digits of its SHA-1).
    static QString digest(const QString &text);
    // prefix:part1:part2..., parts normalised.
    static QString join(const QString &prefix, const QStringList &parts);

    // The same for UTF-8, for bulk imports: normalise() appended to `out`, and digest() as its
    // 16 hex digits.
    static void appendNormalised(std::string &out, QByteArrayView utf8);
    static std::array<char, 16> digest(QByteArrayView utf8);
};

}  // namespace caseline
