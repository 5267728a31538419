#pragma once

#include "io/CaseData.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace caseline {

// Shows what an import will do before anything is written: the format it was read as (which
// the user can change), the file's first lines, the first events as they will appear, the
// counts, and every problem found. Import stays disabled while the file cannot be read.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QString &inputPath, QWidget *parent = nullptr);

    bool isReadable() const { return m_data.has_value(); }
    const CaseData &data() const { return *m_data; }
    QString problem() const { return m_problem; }
    // The format the file was read as and its bytes: large Caseline CSV files are imported
    // through CaseCsvBulkImport straight from them.
    QString formatKey() const { return m_formatKey; }
    const QByteArray &bytes() const { return m_bytes; }
    QComboBox *formatBox() const { return m_format; }
    QTableWidget *previewTable() const { return m_preview; }
    QListWidget *warningList() const { return m_warnings; }

private:
    void analyse();

    QString m_path;
    QByteArray m_bytes;
    std::optional<CaseData> m_data;
    QString m_formatKey;
    QString m_readError;
    QString m_problem;
    QComboBox *m_format;
    QLabel *m_summary;
    QPlainTextEdit *m_head;
    QTableWidget *m_preview;
    QListWidget *m_warnings;
    QDialogButtonBox *m_buttons;
};

}  // namespace caseline
