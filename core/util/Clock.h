#pragma once

#include <QDateTime>

namespace caseline {

// Everything that reads "now" asks a Clock, so tests can fix the time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static const Clock &system();
};

}  // namespace caseline
