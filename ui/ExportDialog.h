#pragma once

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace caseline {

class CaseFile;

// File > Export: the format, and what to export — every event, the events the filters show, or
// one story.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(CaseFile &file, bool filtered, QWidget *parent = nullptr);

    QString formatKey() const;
    enum class Scope { Everything, CurrentFilter, Story };
    Scope scope() const;
    qint64 storyId() const;
    QComboBox *formatBox() const { return m_format; }
    void setScope(Scope scope);

private:
    QComboBox *m_format;
    QRadioButton *m_all;
    QRadioButton *m_filtered;
    QRadioButton *m_story;
    QComboBox *m_stories;
};

}  // namespace caseline
