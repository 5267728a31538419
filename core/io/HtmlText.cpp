#include "HtmlText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace caseline {

namespace {

// Elements whose content is not text for a reader.
bool isRawContentElement(const QString &name)
{
    static const QStringList names{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
                                   QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("object"),
                                   QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("head"),
                                   QStringLiteral("textarea"), QStringLiteral("select")};
    return names.contains(name);
}

bool isBlockElement(const QString &name)
{
    static const QStringList names{QStringLiteral("br"), QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("li"),
                                   QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("blockquote"),
                                   QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
                                   QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("tr"), QStringLiteral("table"),
                                   QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("header"),
                                   QStringLiteral("footer"), QStringLiteral("hr"), QStringLiteral("pre"),
                                   QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("dt"),
                                   QStringLiteral("dd")};
    return names.contains(name);
}

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> table{
        {QStringLiteral("amp"), u'&'}, {QStringLiteral("lt"), u'<'}, {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'}, {QStringLiteral("apos"), u'\''}, {QStringLiteral("nbsp"), u' '},
        {QStringLiteral("ndash"), u'\u2013'}, {QStringLiteral("mdash"), u'\u2014'}, {QStringLiteral("hellip"), u'\u2026'},
        {QStringLiteral("lsquo"), u'\u2018'}, {QStringLiteral("rsquo"), u'\u2019'}, {QStringLiteral("ldquo"), u'\u201C'},
        {QStringLiteral("rdquo"), u'\u201D'}, {QStringLiteral("laquo"), u'\u00AB'}, {QStringLiteral("raquo"), u'\u00BB'},
        {QStringLiteral("copy"), u'\u00A9'}, {QStringLiteral("reg"), u'\u00AE'}, {QStringLiteral("trade"), u'\u2122'},
        {QStringLiteral("deg"), u'\u00B0'}, {QStringLiteral("middot"), u'\u00B7'}, {QStringLiteral("bull"), u'\u2022'},
        {QStringLiteral("times"), u'\u00D7'}, {QStringLiteral("eacute"), u'\u00E9'}, {QStringLiteral("egrave"), u'\u00E8'},
        {QStringLiteral("aacute"), u'\u00E1'}, {QStringLiteral("agrave"), u'\u00E0'}, {QStringLiteral("iacute"), u'\u00ED'},
        {QStringLiteral("oacute"), u'\u00F3'}, {QStringLiteral("uacute"), u'\u00FA'}, {QStringLiteral("ntilde"), u'\u00F1'},
        {QStringLiteral("ccedil"), u'\u00E7'}, {QStringLiteral("auml"), u'\u00E4'}, {QStringLiteral("ouml"), u'\u00F6'},
        {QStringLiteral("uuml"), u'\u00FC'}, {QStringLiteral("szlig"), u'\u00DF'}, {QStringLiteral("Eacute"), u'\u00C9'},
    };
    return table;
}

// Decodes the character reference at html[i] ('&'); appends to out and returns the index after
// it, or appends '&' and returns i + 1 when it is not a reference.
qsizetype decodeEntity(const QString &html, qsizetype i, QString &out)
{
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
    if (semicolon < 0 || semicolon - i > 12) {
        out += QLatin1Char('&');
        return i + 1;
    }
    const QString name = html.mid(i + 1, semicolon - i - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok) {
            out += QLatin1Char('&');
            return i + 1;
        }
        const bool valid = code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        const char32_t c = valid ? char32_t(code) : U'\uFFFD';
        out += QString::fromUcs4(&c, 1);
        return semicolon + 1;
    }
    const auto it = namedEntities().constFind(name);
    if (it == namedEntities().constEnd()) {
        out += QLatin1Char('&');
        return i + 1;
    }
    out += QChar(*it);
    return semicolon + 1;
}

QString decodeEntities(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('&'))
            i = decodeEntity(text, i, out);
        else
            out += text.at(i++);
    }
    return out;
}

QString hrefOf(const QString &tag)
{
    static const QRegularExpression href(QStringLiteral("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = href.match(tag);
    if (!m.hasMatch())
        return {};
    QString url = decodeEntities(m.captured(1) + m.captured(2) + m.captured(3)).trimmed();
    if (url.startsWith(QLatin1String("//")))
        url.prepend(QLatin1String("https:"));
    // Only targets a reader can follow by hand; javascript:, data: and the like are dropped.
    for (const char *scheme : {"http://", "https://", "mailto:"})
        if (url.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return url;
    return {};
}

// Finds the '>' that ends a tag starting at from, skipping quoted attribute values.
qsizetype tagEnd(const QString &html, qsizetype from)
{
    QChar quote;
    for (qsizetype j = from; j < html.size(); ++j) {
        const QChar c = html.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return j;
        }
    }
    return -1;
}

}  // namespace

QString HtmlText::toPlainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    QString linkTarget;
    qsizetype linkTextStart = -1;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('&')) {
            i = decodeEntity(html, i, out);
            continue;
        }
        if (c != QLatin1Char('<')) {
            out += c;
            ++i;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        qsizetype k = i + 1;
        const bool closing = k < n && html.at(k) == QLatin1Char('/');
        if (closing)
            ++k;
        const bool declaration = k < n && (html.at(k) == QLatin1Char('!') || html.at(k) == QLatin1Char('?'));
        if (k >= n || !(html.at(k).isLetter() || declaration)) {
            out += c;  // a lone '<' in text
            ++i;
            continue;
        }
        const qsizetype end = tagEnd(html, k);
        const QString tag = html.mid(i + 1, (end < 0 ? n : end) - i - 1);
        i = end < 0 ? n : end + 1;
        if (declaration)
            continue;
        qsizetype nameEnd = k;
        while (nameEnd < n && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == QLatin1Char('-')))
            ++nameEnd;
        const QString name = html.mid(k, nameEnd - k).toLower();
        if (!closing && isRawContentElement(name) && !tag.endsWith(QLatin1Char('/'))) {
            const qsizetype close = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
            const qsizetype closeEnd = close < 0 ? -1 : html.indexOf(QLatin1Char('>'), close);
            i = closeEnd < 0 ? n : closeEnd + 1;
            continue;
        }
        if (isBlockElement(name)) {
            out += QLatin1Char('\n');
        } else if (name == QLatin1String("a")) {
            if (!closing) {
                linkTarget = hrefOf(tag);
                linkTextStart = out.size();
            } else if (linkTextStart >= 0) {
                const QString linkText = out.mid(linkTextStart).simplified();
                if (!linkTarget.isEmpty() && linkText != linkTarget)
                    out += linkText.isEmpty() ? linkTarget : QStringLiteral(" (%1)").arg(linkTarget);
                linkTarget.clear();
                linkTextStart = -1;
            }
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            out += QLatin1Char(' ');
        }
    }
    QStringList lines;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            lines << simplified;
    }
    return lines.join(QLatin1Char('\n'));
}

QString HtmlText::toPlainLine(const QString &html) { return toPlainText(html).simplified(); }

}  // namespace caseline
