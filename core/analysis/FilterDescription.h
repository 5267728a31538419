#pragma once

#include <QString>

namespace caseline {

class CaseFile;
struct EventFilter;

// The filter in words, for chart captions and exports: "Detention, Arrest · 2014 to 2019 · …".
QString describeFilter(const EventFilter &filter, CaseFile &file);

}  // namespace caseline
