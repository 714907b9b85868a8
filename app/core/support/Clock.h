#pragma once

#include <QDateTime>

namespace quire {

// The one source of "now" in the core. Production uses SystemClock; tests
// inject a clock they can move, so nothing depends on the wall clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

} // namespace quire
