#include "ImportJob.h"

#include "storage/CaseFile.h"
#include "storage/CaseFileError.h"

namespace caseline {

ImportJob::ImportJob(QString caseFilePath, CaseData data, bool undoable)
    : m_path(std::move(caseFilePath)), m_data(std::move(data)), m_undoable(undoable)
{
}

void ImportJob::run()
{
    try {
        auto file = CaseFile::open(m_path);
        CaseDataWriter writer(*file);
        writer.setProgress([this](qint64 done, qint64 total) {
            emit progress(done, total);
            return !m_cancelled.load();
        });
        if (m_undoable)
            writer.recordChanges(&m_undo, &m_redo);
        m_counts = writer.write(m_data);
        emit finished(true, {});
    } catch (const ImportCancelled &) {
        emit finished(false, tr("The import was cancelled; the case file is unchanged."));
    } catch (const CaseFileError &error) {
        emit finished(false, error.message());
    }
}

}  // namespace caseline
