#include "StableKey.h"

#include "Utf8Text.h"

#include <QCryptographicHash>

namespace caseline {

namespace {

bool isAsciiSpace(char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); }

// normalise() of text that is all ASCII, in one pass: what simplified() and toCaseFolded() give
// for it (the replaced characters are not ASCII). Most keys of a large import are ASCII, and the
// general path takes four passes and as many strings.
QString normaliseAscii(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *const first = reinterpret_cast<char16_t *>(out.data());
    char16_t *o = first;
    bool space = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isAsciiSpace(c)) {
            space = o != first;
            continue;
        }
        if (space)
            *o++ = u' ';
        space = false;
        *o++ = (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
    }
    out.truncate(o - first);
    return out;
}

bool isAscii(QStringView text)
{
    for (const QChar ch : text)
        if (ch.unicode() >= 0x80)
            return false;
    return true;
}

}  // namespace

QString StableKey::normalise(const QString &text)
{
    if (isAscii(text))
        return normaliseAscii(text);
    QString s = text;
    s.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''))
        .replace(QChar(0x00A0), QLatin1Char(' '));
    return s.simplified().toCaseFolded();
}

QString StableKey::digest(const QString &text)
{
    const auto hex = digest(QByteArrayView(text.toUtf8()));
    return QString::fromLatin1(hex.data(), qsizetype(hex.size()));
}

std::array<char, 16> StableKey::digest(QByteArrayView utf8)
{
    // One hash object per thread, reset for each text: a million keys need no allocation for it.
    thread_local QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.reset();
    sha1.addData(utf8);
    const QByteArrayView hash = sha1.resultView();
    static constexpr char kHex[] = "0123456789abcdef";
    std::array<char, 16> out;
    for (size_t i = 0; i < out.size() / 2; ++i) {
        const auto byte = uchar(hash[qsizetype(i)]);
        out[2 * i] = kHex[byte >> 4];
        out[2 * i + 1] = kHex[byte & 0xf];
    }
    return out;
}

void StableKey::appendNormalised(std::string &out, QByteArrayView utf8)
{
    if (!Utf8Text::isAscii(utf8)) {
        const QByteArray normalised = normalise(QString::fromUtf8(utf8)).toUtf8();
        out.append(normalised.constData(), size_t(normalised.size()));
        return;
    }
    // As normaliseAscii(), on bytes.
    const size_t first = out.size();
    bool space = false;
    for (const char c : utf8) {
        if (Utf8Text::isAsciiSpace(c)) {
            space = out.size() != first;
            continue;
        }
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back((c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c);
    }
}

QString StableKey::join(const QString &prefix, const QStringList &parts)
{
    QString key = prefix;
    for (const QString &part : parts)
        key += QLatin1Char(':') + normalise(part);
    return key;
}

}  // namespace caseline
