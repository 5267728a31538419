#include "ExportDialog.h"

#include "io/CaseWriter.h"
#include "io/CaseWriterRegistry.h"
#include "storage/CaseFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace caseline {

ExportDialog::ExportDialog(CaseFile &file, bool filtered, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    m_format->setToolTip(tr("The file format to write"));
    m_format->setObjectName(QStringLiteral("exportFormatBox"));
    for (const CaseWriter *writer : CaseWriterRegistry::all())
        m_format->addItem(writer->formatName(), writer->formatKey());
    m_all = new QRadioButton(tr("Every event in the case"), this);
    m_filtered = new QRadioButton(tr("The events the filters show"), this);
    m_filtered->setEnabled(filtered);
    m_story = new QRadioButton(tr("A story:"), this);
    m_stories = new QComboBox(this);
    m_stories->setToolTip(tr("The story whose events to export, in its order"));
    m_stories->setAccessibleName(tr("Story"));
    for (const Story &story : file.stories())
        m_stories->addItem(story.name, story.id);
    m_story->setEnabled(m_stories->count() > 0);
    m_stories->setEnabled(false);
    connect(m_story, &QRadioButton::toggled, m_stories, &QComboBox::setEnabled);
    (filtered ? m_filtered : m_all)->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_all);
    layout->addWidget(m_filtered);
    layout->addWidget(m_story);
    layout->addWidget(m_stories);
    layout->addWidget(buttons);
}

QString ExportDialog::formatKey() const { return m_format->currentData().toString(); }

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_story->isChecked())
        return Scope::Story;
    return m_filtered->isChecked() ? Scope::CurrentFilter : Scope::Everything;
}

void ExportDialog::setScope(Scope scope)
{
    (scope == Scope::Story ? m_story : scope == Scope::CurrentFilter ? m_filtered : m_all)->setChecked(true);
}

qint64 ExportDialog::storyId() const { return m_stories->currentData().toLongLong(); }

}  // namespace caseline
