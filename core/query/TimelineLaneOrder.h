#pragma once

namespace caseline {

// How timeline lanes are stacked from top to bottom.
enum class TimelineLaneOrder {
    Name,        // jurisdiction name, then state
    State,       // state, then name (federal lanes first: they have no state)
    EventCount,  // most matching events first, then name
    Stance       // limits cooperation, 287(g), neither (by the most recent stance), then name
};

}  // namespace caseline
