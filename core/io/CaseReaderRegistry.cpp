#include "CaseReaderRegistry.h"

#include "CaseCsvReader.h"
#include "CaseJsonReader.h"
#include "DetainerPolicyReader.h"
#include "Ice287gReader.h"
#include "TimelineJsReader.h"

#include <memory>

namespace caseline {

const QList<const CaseReader *> &CaseReaderRegistry::all()
{
    static const CaseCsvReader csv;
    static const CaseJsonReader json;
    static const TimelineJsReader timelineJs;
    static const Ice287gReader ice287g;
    static const DetainerPolicyReader detainerPolicies;
    static const QList<const CaseReader *> readers{&csv, &json, &timelineJs, &ice287g, &detainerPolicies};
    return readers;
}

const CaseReader *CaseReaderRegistry::byKey(const QString &formatKey)
{
    for (const CaseReader *reader : all())
        if (reader->formatKey().compare(formatKey, Qt::CaseInsensitive) == 0)
            return reader;
    return nullptr;
}

QStringList CaseReaderRegistry::keys()
{
    QStringList result;
    for (const CaseReader *reader : all())
        result << reader->formatKey();
    return result;
}

std::variant<const CaseReader *, ImportError> CaseReaderRegistry::detect(const QByteArray &head, const QString &fileName)
{
    const CaseReader *best = nullptr;
    int bestScore = 0;
    for (const CaseReader *reader : all()) {
        const int score = reader->sniffScore(head, fileName);
        if (score > bestScore) {
            best = reader;
            bestScore = score;
        }
    }
    if (best)
        return best;
    QStringList formats;
    for (const CaseReader *reader : all())
        formats << QStringLiteral("%1 (%2)").arg(reader->formatKey(), reader->formatName());
    return ImportError{fileName, 0, QStringLiteral("cannot tell which format this file is in; choose one with --format: %1")
                                        .arg(formats.join(QStringLiteral(", ")))};
}

}  // namespace caseline
