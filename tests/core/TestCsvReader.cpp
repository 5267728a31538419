// The CSV parser, encoding fallback and HTML-to-text conversion under the importers.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/HtmlText.h"
#include "io/InputScan.h"
#include "io/TextEncoding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace caseline;

namespace {
struct Parsed {
    QList<QStringList> rows;
    QList<int> lines;
    QString error;
    int errorLine = 0;
    bool windows1252 = false;
};

Parsed parse(const QByteArray &data)
{
    Parsed p;
    CsvReader reader(data);
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (qsizetype i = 0; i < record.size(); ++i)
            fields << record.text(i);
        p.rows << fields;
        p.lines << record.line();
    }
    p.error = reader.errorMessage();
    p.errorLine = reader.errorLine();
    p.windows1252 = reader.usedWindows1252();
    return p;
}

// The reader's rules, one byte at a time and nothing else: what the reader's faster paths
// (eight bytes at a time, jumps to the next quote or line break) must agree with.
struct ReferenceRecord {
    QList<QByteArray> fields;
    int line = 0, lastLine = 0;
    QByteArray raw;
    bool operator==(const ReferenceRecord &) const = default;
};

struct ReferenceResult {
    QList<ReferenceRecord> records;
    int errorLine = 0;  // 0: none
    bool operator==(const ReferenceResult &) const = default;
};

ReferenceResult readByteByByte(const QByteArray &data)
{
    ReferenceResult result;
    qsizetype i = 0;
    const qsizetype n = data.size();
    int line = 1;
    while (i < n) {
        ReferenceRecord record;
        record.line = line;
        const qsizetype start = i;
        for (;;) {
            QByteArray field;
            if (i < n && data[i] == '"') {
                const int fieldLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    if (data[i] == '"') {
                        if (i + 1 < n && data[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (data[i] == '\n')
                        ++line;
                    field += data[i++];
                }
                if (!closed) {
                    result.errorLine = fieldLine;
                    return result;
                }
                if (i < n && data[i] != ',' && data[i] != '\r' && data[i] != '\n') {
                    result.errorLine = line;
                    return result;
                }
            } else {
                while (i < n && data[i] != ',' && data[i] != '\r' && data[i] != '\n')
                    field += data[i++];
            }
            record.fields << field;
            if (i < n && data[i] == ',') {
                ++i;
                continue;
            }
            break;
        }
        record.raw = data.mid(start, i - start);
        record.lastLine = line;
        const qsizetype rawEnd = i;
        if (i < n && data[i] == '\r')
            ++i;
        if (i < n && data[i] == '\n')
            ++i;
        if (i > rawEnd)
            ++line;
        result.records << record;
    }
    return result;
}

ReferenceResult readWithCsvReader(const QByteArray &data)
{
    ReferenceResult result;
    CsvReader reader(data);
    CsvRecord record;
    while (reader.next(record)) {
        ReferenceRecord r;
        for (qsizetype f = 0; f < record.size(); ++f)
            r.fields << record.bytes(f).toByteArray();
        r.line = record.line();
        r.lastLine = record.lastLine();
        r.raw = record.raw().toByteArray();
        result.records << r;
    }
    if (reader.hasError())
        result.errorLine = reader.errorLine();
    return result;
}
}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void quotedFields()
    {
        const Parsed p = parse("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,,\n");
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows[1], (QStringList{"x, y", "say \"hi\"", "two\nlines"}));
        QCOMPARE(p.rows[2], (QStringList{"last", "", ""}));
        QCOMPARE(p.lines, (QList<int>{1, 2, 4}));  // physical lines: the quoted newline counts
    }

    void lineEndings()
    {
        for (const QByteArray &data : {QByteArray("h1,h2\r\n1,2\r\n3,4"), QByteArray("h1,h2\n1,2\n3,4\n"),
                                       QByteArray("h1,h2\r1,2\r3,4\r")}) {
            const Parsed p = parse(data);
            QCOMPARE(p.rows.size(), 3);
            QCOMPARE(p.rows[2], (QStringList{"3", "4"}));
            QCOMPARE(p.lines, (QList<int>{1, 2, 3}));
        }
        // A CRLF inside quotes stays part of the value, and the record's raw text is verbatim.
        CsvReader reader("\"a\r\nb\",c\r\nnext\r\n");
        CsvRecord r;
        QVERIFY(reader.next(r));
        QCOMPARE(r.text(0), QString("a\r\nb"));
        QCOMPARE(r.rawText(), QString("\"a\r\nb\",c"));
        QVERIFY(reader.next(r));
        QCOMPARE(r.line(), 3);
    }

    void byteOrderMarkIsSkipped()
    {
        const Parsed p = parse("\xEF\xBB\xBFid,title\n1,x\n");
        QCOMPARE(p.rows[0][0], QString("id"));
        QVERIFY(!p.windows1252);
    }

    void invalidUtf8IsReadAsWindows1252()
    {
        const Parsed p = parse("name\nJos\xE9\n\x93quoted\x94\n");
        QVERIFY(p.windows1252);
        QCOMPARE(p.rows[1][0], QString::fromUtf8("José"));
        QCOMPARE(p.rows[2][0], QString::fromUtf8("“quoted”"));
        CsvReader reader("a\nb\nJos\xE9\n");
        QCOMPARE(reader.firstInvalidUtf8Line(), 3);
        QVERIFY(!CsvReader(QByteArray("caf\xC3\xA9")).usedWindows1252());
        // Overlong encodings and lone continuation bytes are not UTF-8.
        QCOMPARE(TextEncoding::firstInvalidUtf8("ab\xC0\xAF"), 2);
        QCOMPARE(TextEncoding::firstInvalidUtf8("\x80"), 0);
        QCOMPARE(TextEncoding::firstInvalidUtf8("12345678\xF0\x9F\x98\x80"), -1);
    }

    // A large input is checked in two halves at once (InputScan): characters across the split,
    // and a bad byte or a NUL on either side, give the same answers as one pass.
    void largeInputScannedInHalves()
    {
        const QByteArray line = QByteArray("Espa\xC3\xB1ola,caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80 raid\n");
        const qsizetype lines = 6 * 1024 * 1024 / line.size();
        QByteArray text = line.repeated(lines);
        const qsizetype half = text.size() / 2;
        for (qsizetype at = half - 4; at <= half + 4; ++at) {  // a split inside each kind of character
            QByteArray shifted = QByteArray(int(at % line.size()), 'x') + text;
            const InputScan scan = InputScan::of(shifted);
            QCOMPARE(scan.firstInvalidUtf8, -1);
            QCOMPARE(scan.firstNul, -1);
            QCOMPARE(scan.lineBreaks, lines);
        }
        for (const qsizetype bad : {qsizetype(10), half - 1, half, half + 1, text.size() - 3}) {
            QByteArray broken = text;
            broken[bad] = '\xFF';
            const InputScan scan = InputScan::of(broken);
            QCOMPARE(scan.firstInvalidUtf8, TextEncoding::firstInvalidUtf8(broken));
            QVERIFY(scan.firstInvalidUtf8 >= 0 && scan.firstInvalidUtf8 <= bad);
            broken = text;
            broken[bad] = '\0';
            QCOMPARE(InputScan::of(broken).firstNul, bad);
        }
        // Through the reader: the line of a bad byte far into the second half.
        QByteArray late = text;
        const qsizetype at = text.size() - line.size() * 3 + 1;
        late[at] = '\xE9';
        CsvReader reader(late);
        QVERIFY(reader.usedWindows1252());
        QCOMPARE(reader.firstInvalidUtf8Line(), int(late.left(at).count('\n')) + 1);
        QCOMPARE(reader.lineBreaks(), lines);
    }

    // Line breaks are counted eight bytes at a time: any byte values, any length and alignment,
    // runs of line breaks and bytes one bit away from one ('\x0B', '\x8A', '\x0A' twice over).
    void countsLineBreaksInAnyBytes()
    {
        QRandomGenerator random(20261202);
        static const char kTricky[] = {'\n', '\n', '\x0B', '\x8A', '\x0E', '\x00', '\x80', '\xFF', 'a', '\x09'};
        for (int round = 0; round < 400; ++round) {
            const int length = int(random.bounded(0, 200));
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = random.bounded(2) ? kTricky[random.bounded(int(sizeof kTricky))] : char(random.bounded(256));
            for (int skip = 0; skip < 8 && skip <= length; ++skip) {
                const QByteArrayView part = QByteArrayView(bytes).sliced(skip);
                QCOMPARE(InputScan::of(part).lineBreaks, part.count('\n'));
            }
        }
        const QByteArray large = QByteArray("\n\n\x8A\x0B").repeated(2 * 1024 * 1024) + '\n';  // scanned in halves
        QCOMPARE(InputScan::of(large).lineBreaks, 2 * 2 * 1024 * 1024 + 1);
    }

    // Read in pieces of any size (and short reads), the scan gives what one pass over the whole
    // gives: characters of 2, 3 and 4 bytes cut between pieces, invalid and truncated sequences,
    // NULs and line breaks anywhere.
    void scansInputReadInPieces()
    {
        QRandomGenerator random(20261203);
        static const char *const kBits[] = {"a", "\n", "\xC3\xB1", "\xE2\x80\x99", "\xF0\x9F\x98\x80", ",", "\"",
                                            "\xFF", "\xC3", "\xE2\x80", "\x80", "\xF0\x9F", "\xED\xA0\x80", "\xC0\xAF"};
        for (int round = 0; round < 3000; ++round) {
            QByteArray input;
            const int parts = int(random.bounded(0, 40));
            const bool valid = round % 3 == 0;  // a third without the invalid and cut sequences
            for (int i = 0; i < parts; ++i) {
                input += kBits[random.bounded(valid ? 7 : int(std::size(kBits)))];
                if (random.bounded(50) == 0)
                    input += '\0';
            }
            const qsizetype piece = qsizetype(random.bounded(1, 9));
            qsizetype at = 0;
            const InputScan pieces = InputScan::ofPieces([&](char *buffer, qsizetype capacity) {
                const qsizetype n = qMin(qMin(capacity, qsizetype(random.bounded(1, 9))), input.size() - at);
                std::memcpy(buffer, input.constData() + at, size_t(n));
                at += n;
                return n;
            }, piece);
            const InputScan whole = InputScan::of(input);
            QCOMPARE(pieces.firstInvalidUtf8, whole.firstInvalidUtf8);
            QCOMPARE(pieces.firstNul, whole.firstNul);
            QCOMPARE(pieces.lineBreaks, whole.lineBreaks);
            if (valid)
                QVERIFY(whole.firstInvalidUtf8 < 0 || input.contains('\0'));
        }
    }

    // Random input made of the bytes that matter (separators, quotes, both line breaks) and runs
    // of text long enough for the eight-byte paths: the same records, fields, lines and errors
    // as the byte-by-byte rules.
    void readsAsTheRulesSayByteByByte()
    {
        QRandomGenerator random(20261204);
        const QByteArray pieces[] = {",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\xC3\xA9", "a", "title", "0123456789abcdefghij"};
        int errors = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray data;
            const int count = random.bounded(1, 40);
            for (int k = 0; k < count; ++k) {
                const QByteArray &piece = pieces[random.bounded(int(std::size(pieces)))];
                data += piece.repeated(random.bounded(1, piece.size() > 3 ? 3 : 6));
            }
            // Most rounds quote whole fields the way writers do, so that rows get far.
            if (round % 2 == 0)
                data = "\"" + data.replace("\"", "\"\"") + "\"," + data.left(random.bounded(data.size() + 1)).replace("\"", "") + "\n";
            const ReferenceResult expected = readByteByByte(data);
            errors += expected.errorLine != 0;
            const ReferenceResult actual = readWithCsvReader(data);
            if (!(actual == expected))
                QFAIL(qPrintable(QStringLiteral("differs on %1").arg(QString::fromLatin1(data.toPercentEncoding()))));
        }
        QVERIFY(errors > 1000 && errors < 19000);  // both kinds of input were met
    }

    void unterminatedQuoteNamesTheLineWhereTheFieldStarted()
    {
        const Parsed p = parse("a,b\n1,2\n3,\"open\nstill open\nand more\n");
        QCOMPARE(p.errorLine, 3);
        QVERIFY2(p.error.contains("no closing quote"), qPrintable(p.error));
    }

    void textAfterClosingQuoteIsAnError()
    {
        const Parsed p = parse("a,b\n\"x\"y,2\n");
        QCOMPARE(p.errorLine, 2);
        QVERIFY(p.error.contains("closing quote"));
    }

    void strayQuoteInUnquotedFieldIsText()
    {
        const Parsed p = parse("h\n5'10\" tall\n");
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.rows[1][0], QString("5'10\" tall"));
    }

    void emptyInput()
    {
        QCOMPARE(parse("").rows.size(), 0);
        QCOMPARE(parse("\xEF\xBB\xBF").rows.size(), 0);
    }

    void manyRowsQuickly()
    {
        QByteArray data("id,jurisdiction,start,title,summary\n");
        for (int i = 0; i < 200000; ++i)
            data += "e" + QByteArray::number(i) + ",Lawrence,2019-07-02,\"Title, with comma\",Plain summary text here\n";
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(data);
        CsvRecord record;
        qint64 rows = 0, bytes = 0;
        while (reader.next(record)) {
            ++rows;
            bytes += record.bytes(3).size();
        }
        QCOMPARE(rows, 200001);
        QVERIFY(bytes > 0);
        qInfo("parsed 200,000 rows in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 5000);
    }

    void htmlBecomesPlainText()
    {
        const QString html = "<p>Hello <b>world</b> &amp; friends&nbsp;&#8212;&#x2019;</p>"
                             "<script>alert('x')</script><img src=x onerror=\"alert(1)\">"
                             "<style>p{color:red}</style><!-- hidden -->"
                             "<a href=\"https://example.org/a?b=1&amp;c=2\">a link</a> "
                             "<a href='javascript:alert(1)'>bad link</a> <a href=\"//cdn.example.org/x\">cdn</a><br/>"
                             "<iframe src=\"https://evil.example\">frame text</iframe>1 < 2";
        const QString text = HtmlText::toPlainText(html);
        QCOMPARE(text, QString::fromUtf8("Hello world & friends —’\na link (https://example.org/a?b=1&c=2) bad link "
                                         "cdn (https://cdn.example.org/x)\n1 < 2"));
        QVERIFY(!text.contains("alert"));
        QVERIFY(!text.contains("onerror"));
        QCOMPARE(HtmlText::toPlainLine("Whitney Houston<br/> 1963 - 2012"), QString("Whitney Houston 1963 - 2012"));
        QCOMPARE(HtmlText::toPlainText("<a href=\"https://x.org\">https://x.org</a>"), QString("https://x.org"));
        QCOMPARE(HtmlText::toPlainText("<SCRIPT type=text/javascript>document.write('<b>')</SCRIPT>after"), QString("after"));
        QCOMPARE(HtmlText::toPlainText("unclosed <script>forever"), QString("unclosed"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
