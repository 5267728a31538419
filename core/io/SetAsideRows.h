#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <functional>
#include <string>

namespace caseline {

// Full-text rows put off while the scratch index's thread is behind (DetachedSearchIndex), kept in
// a plain file beside the scratch index until they are indexed after the last row. Appending to a
// file and reading it back once costs a fraction of what a SQLite table did (its inserts, the
// reads back and the drop were a seventh of the thread's work at a million events), and the
// rows stay out of the process's memory.
class SetAsideRows {
public:
    using Each = std::function<void(qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes)>;

    // Creates (or empties) the file at path; isOpen() says whether that worked.
    explicit SetAsideRows(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    // Appends a row; false when the file could not be written (a full disk).
    bool add(qint64 id, QByteArrayView title, QByteArrayView summary, QByteArrayView quotes);
    qsizetype size() const { return m_rows; }
    // Hands every row back in the order added, then removes the file; false when it could not be
    // written out or read back whole. Texts are valid during their call only.
    bool forEach(const Each &each);

private:
    bool flush();

    QFile m_file;
    std::string m_buffer;
    qsizetype m_rows = 0;
    bool m_failed = false;
};

}  // namespace caseline
