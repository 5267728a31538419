// Writes the case files the case_file fuzzer starts from: an empty case, the bundled sample, and
// one case per importable input named on the command line (run by make-seed-corpus.sh).
//   make_seed_case_files OUTDIR [INPUT...]
#include "io/CaseDataWriter.h"
#include "io/CaseReaderRegistry.h"
#include "io/SampleCase.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace caseline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: make_seed_case_files OUTDIR [INPUT...]\n");
        return 1;
    }
    const QDir out(args.first());
    try {
        CaseFile::open(out.filePath(QStringLiteral("empty.caseline")), CaseFile::OpenMode::CreateIfMissing);
        auto sample = CaseFile::open(out.filePath(QStringLiteral("sample.caseline")), CaseFile::OpenMode::CreateIfMissing);
        SampleCase::writeTo(*sample);
    } catch (const CaseFileError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    for (const QString &input : args.mid(1)) {
        QFile in(input);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = in.readAll();
        auto detected = CaseReaderRegistry::detect(data.left(CaseReaderRegistry::kHeadSize), input);
        const auto *reader = std::get_if<const CaseReader *>(&detected);
        if (!reader)
            continue;
        auto result = (*reader)->read(data, input);
        const auto *caseData = std::get_if<CaseData>(&result);
        if (!caseData)
            continue;
        try {
            auto file = CaseFile::open(out.filePath(QFileInfo(input).completeBaseName() + QStringLiteral(".caseline")),
                                       CaseFile::OpenMode::CreateIfMissing);
            CaseDataWriter(*file).write(*caseData);
        } catch (const CaseFileError &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        }
    }
    return 0;
}
