#pragma once

#include "CaseDataWriter.h"

#include <QByteArray>

namespace caseline {

class CaseFile;

// The bundled sample case, compiled in from resources/sample/sample-case.json.
class SampleCase {
public:
    static QByteArray json();
    static QString resourcePath();
    // Writes the sample into the case file; throws CaseFileError on a storage failure.
    static CaseDataWriter::Counts writeTo(CaseFile &file);
};

}  // namespace caseline
