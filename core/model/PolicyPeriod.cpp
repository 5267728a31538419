#include "PolicyPeriod.h"

namespace caseline {

bool PolicyPeriod::coversDay(boost::gregorian::date day) const
{
    if (!start.isValid() || day < start.firstDay())
        return false;
    return isOpenEnded() || day <= end.lastDay();
}

}  // namespace caseline
