#pragma once

#include "Clock.h"

namespace caseline {

// A clock that stays where a test puts it.
class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime time) : m_time(std::move(time)) {}
    QDateTime now() const override { return m_time; }
    void set(const QDateTime &time) { m_time = time; }

private:
    QDateTime m_time;
};

}  // namespace caseline
