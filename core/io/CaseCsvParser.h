#pragma once

#include "CaseCsvSink.h"
#include "ImportWarning.h"
#include "InputScan.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace caseline {

// Reads Caseline CSV (the columns are described in CaseCsvReader.h) row by row into a
// CaseCsvSink. Bad input throws ImportError naming the file and line; rows already handed to
// the sink are then the caller's to discard (CaseCsvBulkImport rolls its transaction back).
class CaseCsvParser {
public:
    // Called every few hundred rows with the lines read so far and the file's line count; false
    // stops the parse by throwing ImportCancelled.
    using Progress = std::function<bool(qint64 linesDone, qint64 lines)>;

    // `known`: the input's scan when the caller has it (CsvReader).
    CaseCsvParser(const QByteArray &data, const QString &fileName, CaseCsvSink &sink,
                  const std::optional<InputScan> &known = std::nullopt);
    ~CaseCsvParser();
    void setProgress(Progress progress);
    // Called with how far the parse has come (first with the end when the encoding checks read
    // the whole input, i.e. no `known` scan), so a mapped input can hand back pages behind it
    // (MappedInput).
    using Consumed = std::function<void(const char *position)>;
    void setConsumed(Consumed consumed);
    // Parses the whole file; returns what the parser decided on the user's behalf.
    QList<ImportWarning> parse();
    // Line breaks in the input: an upper bound on the rows, for reserving memory.
    qsizetype lineCount() const;

private:
    class Rows;
    std::unique_ptr<Rows> m_rows;
};

}  // namespace caseline
