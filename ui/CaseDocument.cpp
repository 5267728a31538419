#include "CaseDocument.h"

#include "storage/CaseFile.h"

#include <QFileInfo>

namespace caseline {

CaseDocument::CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent) : QObject(parent), m_file(std::move(file))
{
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &CaseDocument::changed);
}

CaseDocument::~CaseDocument() = default;

QString CaseDocument::path() const { return m_file->path(); }

QString CaseDocument::title() const
{
    const QString own = m_file->info(QStringLiteral("title"));
    return own.isEmpty() ? QFileInfo(path()).completeBaseName() : own;
}

}  // namespace caseline
