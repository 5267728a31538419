#pragma once

#include "ChartData.h"
#include "ChartRequest.h"
#include "StanceHistory.h"
#include "model/Jurisdiction.h"
#include "query/EventColumns.h"

#include <QHash>
#include <memory>

namespace caseline {

class CaseFile;

// Computes the numbers behind each chart from a case file and the current filter. Events are
// counted in the stance family their jurisdiction had on the event's date, never today's.
class ChartAggregator {
public:
    // With `columns` (a snapshot of this file's events) the events are counted in memory when the
    // filter allows (EventColumns::answers); the numbers are the same either way.
    explicit ChartAggregator(CaseFile &file, std::shared_ptr<const EventColumns> columns = {});

    ChartData compute(const ChartRequest &request);

private:
    ChartData adoption(const ChartRequest &request);
    ChartData byStance(const ChartRequest &request);
    ChartData eventStudy(const ChartRequest &request);
    ChartData ranking(const ChartRequest &request);
    void describe(ChartData &data, const ChartRequest &request, bool fromPeriods);
    QStringList citedSourceTitles(const EventFilter &filter) const;
    bool inScope(qint64 jurisdictionId, const EventFilter &filter) const;
    QString perCapitaNote(bool perCapita) const;

    CaseFile &m_file;
    std::shared_ptr<const EventColumns> m_columns;
    StanceHistory m_history;
    QHash<qint64, Jurisdiction> m_jurisdictions;
};

}  // namespace caseline
