#pragma once

#include <QDateTime>

namespace quire {

// The one source of "now" in the core. Production uses SystemClock; tests
// inject a clock they can move, so nothing depends on the wall clock.
//
// Two clocks, for two purposes:
// - nowUtc()/nowMs(): the wall clock, for timestamps that are shown, stored
//   or compared with another machine's (a webhook's signature time). It can
//   jump both ways when the system time is set.
// - monotonicMs(): a clock that never jumps, for every duration measured
//   inside this process (deadlines, inactivity, backoff, throttles). Its zero
//   is arbitrary: only differences between two readings mean something, and
//   a reading must never be stored or sent to another process.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    virtual qint64 monotonicMs() const = 0;

    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

} // namespace quire
