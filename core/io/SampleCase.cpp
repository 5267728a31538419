#include "SampleCase.h"

#include "CaseJsonReader.h"
#include "storage/CaseFileError.h"

#include <QFile>

static void initSampleResource()
{
    // The resource lives in a static library; it must be registered explicitly.
    Q_INIT_RESOURCE(sample);
}

namespace caseline {

QString SampleCase::resourcePath() { return QStringLiteral(":/caseline/sample/sample-case.json"); }

QByteArray SampleCase::json()
{
    initSampleResource();
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

CaseDataWriter::Counts SampleCase::writeTo(CaseFile &file)
{
    const auto result = CaseJsonReader().read(json(), resourcePath());
    if (const auto *error = std::get_if<ImportError>(&result))
        throw CaseFileError(CaseFileError::Kind::Other, QStringLiteral("the bundled sample is broken: %1").arg(error->toString()));
    return CaseDataWriter(file).write(std::get<CaseData>(result));
}

}  // namespace caseline
