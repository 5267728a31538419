#pragma once

#include <QString>

namespace caseline {

// Someone involved in an event, and in what role ("police chief", "detained", ...).
struct EventPerson {
    QString name;
    QString role;
    bool operator==(const EventPerson &) const = default;
};

}  // namespace caseline
