#pragma once

#include "CaseCsvSink.h"

#include <string>
#include <vector>

namespace caseline {

// Rows of a CSV import kept for another thread (CsvBatchQueue): each row's text is copied into
// one buffer, so a batch of a thousand events costs no allocation once its storage has grown,
// and replay() hands the rows to a sink as they came.
class CsvRowBatch {
public:
    void add(const Jurisdiction &jurisdiction);
    void add(const Source &source);
    void add(const CsvEventRow &event);
    void add(qsizetype ordinal, const CsvCitationRow &citation);

    size_t size() const { return m_items.size(); }
    size_t textBytes() const { return m_text.size(); }
    bool isEmpty() const { return m_items.empty(); }
    // Empties the batch and keeps its storage.
    void clear();
    void replay(CaseCsvSink &sink);

    qint64 linesDone = 0;  // as the parser last reported it (0: not yet)
    qint64 lines = 0;

private:
    struct Text {
        size_t offset = 0;
        size_t size = 0;
    };
    struct StoredCitation {
        qsizetype source = -1;
        Text quote;
        std::optional<int> page;
    };
    struct StoredEvent {
        qsizetype jurisdiction;
        Text key, startIso, endIso, title, summary, location, note;
        bool keyGiven;
        EventType type;
        EventStatus status;
        PartialDate start, end;
        size_t firstTag, tagCount, firstPerson, personCount;
        std::optional<StoredCitation> citation;
    };
    enum class Kind : uchar { Jurisdiction, Source, Event, Citation };
    struct Item {
        Kind kind;
        size_t index;
    };

    Text keep(QByteArrayView bytes);
    QByteArrayView view(Text text) const { return QByteArrayView(m_text.data() + text.offset, qsizetype(text.size)); }
    StoredCitation keep(const CsvCitationRow &citation);
    CsvCitationRow view(const StoredCitation &citation) const;

    std::vector<Item> m_items;
    std::vector<Jurisdiction> m_jurisdictions;
    std::vector<Source> m_sources;
    std::vector<StoredEvent> m_events;
    std::vector<std::pair<qsizetype, StoredCitation>> m_citations;
    std::vector<Text> m_tags;
    std::vector<std::pair<Text, Text>> m_people;
    std::string m_text;
    // replay()'s views of the tags and people, kept for their storage
    std::vector<QByteArrayView> m_tagViews;
    std::vector<CsvPersonRow> m_personViews;
};

}  // namespace caseline
