#include "FuzzHarness.h"

#include "analysis/CaseCheck.h"
#include "io/CaseDataWriter.h"
#include "io/CaseReaderRegistry.h"
#include "model/EventStatus.h"
#include "model/EventType.h"
#include "model/PartialDate.h"
#include "model/Stance.h"
#include "query/EventQuery.h"
#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace caseline::fuzz {

namespace {

// A broken invariant is a finding: stop the way a sanitizer does, so libFuzzer keeps the input.
void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz harness: %s\n", what);
    std::abort();
}

void touchDate(const PartialDate &date)
{
    if (!date.isValid())
        return;
    (void)date.toDisplayString();
    (void)date.firstJulianDay();
    (void)date.lastJulianDay();
    require(date.firstDay() <= date.lastDay(), "a date ends before it starts");
    require(PartialDate::parse(date.toIsoString()) == date, "a date does not survive toIsoString and parse");
}

}  // namespace

void parseDate(const QByteArray &data)
{
    QString error;
    const PartialDate date = PartialDate::parse(QString::fromUtf8(data), &error);
    require(date.isValid() == error.isEmpty(), "parse gave no reason for refusing, or a reason with a date");
    touchDate(date);
}

void readWith(const QString &formatKey, const QByteArray &data)
{
    const QString fileName = QStringLiteral("fuzz-input");
    const CaseReader *reader = CaseReaderRegistry::byKey(formatKey);
    require(reader != nullptr, "unknown format key");
    auto detected = CaseReaderRegistry::detect(data.left(CaseReaderRegistry::kHeadSize), fileName);
    if (const auto *error = std::get_if<ImportError>(&detected))
        (void)error->toString();

    auto result = reader->read(data, fileName);
    if (const auto *error = std::get_if<ImportError>(&result)) {
        require(!error->message.isEmpty(), "an import error without a message");
        (void)error->toString();
        return;
    }
    const CaseData &caseData = std::get<CaseData>(result);
    for (const ImportWarning &warning : caseData.warnings)
        (void)warning.toString(fileName);
    // What a reader accepts must be storable, or refused by the case file with a clear error.
    try {
        auto file = CaseFile::open(QStringLiteral(":memory:"), CaseFile::OpenMode::CreateIfMissing);
        CaseDataWriter(*file).write(caseData);
        const CaseCheck check = CaseCheck::run(*file);
        require(check.isSound(), "an import left an unsound case file");
    } catch (const CaseFileError &error) {
        require(!error.message().isEmpty(), "a case-file error without a message");
    }
}

void openCaseFile(const QByteArray &data)
{
    // One folder per process; emptied after each input (a migration writes a backup beside it).
    static QTemporaryDir folder;
    require(folder.isValid(), "no temporary folder");
    const QString path = folder.filePath(QStringLiteral("fuzz.caseline"));
    {
        QFile out(path);
        require(out.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input");
        out.write(data);
    }
    try {
        auto file = CaseFile::open(path);
        (void)CaseCheck::run(*file);
        for (const Jurisdiction &j : file->jurisdictions())
            (void)j.displayName();
        for (const Source &s : file->sources())
            touchDate(s.published);
        for (const PolicyPeriod &p : file->policyPeriods()) {
            touchDate(p.start);
            touchDate(p.end);
            (void)stanceLabel(p.stance);
        }
        (void)file->stories();
        const EventQuery query(*file);
        for (qint64 id : query.eventIds(EventFilter()))
            if (const auto event = file->event(id)) {
                touchDate(event->start);
                (void)eventTypeLabel(event->type);
                (void)eventStatusLabel(event->status);
            }
    } catch (const CaseFileError &error) {
        require(!error.message().isEmpty(), "a case-file error without a message");
    }
    QDir dir(folder.path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
}

bool runTarget(const QString &target, const QByteArray &data)
{
    if (target == QLatin1String("partial_date"))
        parseDate(data);
    else if (target == QLatin1String("case_file"))
        openCaseFile(data);
    else if (target.startsWith(QLatin1String("reader_")) && CaseReaderRegistry::byKey(target.mid(7).replace(u'_', u'-')))
        readWith(target.mid(7).replace(u'_', u'-'), data);
    else
        return false;
    return true;
}

}  // namespace caseline::fuzz
