#pragma once

#include <QList>
#include <QString>

namespace caseline {

class CaseFile;

// Which sources' stored texts (or titles) hold some words, through the case file's FTS5 index
// over source texts: the same tokenizer and the same prefix matching as the event search.
struct SourceMatch {
    qint64 sourceId = 0;
    QString title;
    bool hasText = false;  // keeps a text beyond white space

    // Best matches first; every word must occur (as a word or the start of one).
    static QList<SourceMatch> find(CaseFile &file, const QString &words, int limit = 50);
    // Every source by title, without reading the texts themselves (for lists that refresh often).
    static QList<SourceMatch> all(CaseFile &file);
};

}  // namespace caseline
