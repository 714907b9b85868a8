#pragma once

#include <QtGlobal>
#include <functional>

namespace quire {

// Returns a uniformly distributed integer in [0, upperInclusive]. Injected so
// that tests can pin the backoff schedule; production uses QRandomGenerator.
using JitterSource = std::function<qint64(qint64 upperInclusive)>;

JitterSource systemJitterSource();

// When and how often a gateway request is sent again: exponential backoff
// with "full jitter" (AWS architecture blog, "Exponential Backoff And
// Jitter"): the n-th retry waits a random time in [0, min(cap, base * 2^(n-1))],
// which spreads out clients that failed together better than a fixed ladder.
struct RetryPolicy
{
    int maxAttempts = 4;   // including the first
    int baseDelayMs = 250; // ceiling of the first retry's wait
    int maxDelayMs = 5000; // no single wait is longer
    qint64 maxElapsedMs
        = 45'000; // no retry starts after this long since the first send (monotonic)
    int transferTimeoutMs = 10'000; // per attempt: no bytes for this long = timed out

    // The upper bound of the wait before retry number `retry` (1 = first retry).
    qint64 delayCeilingMs(int retry) const;
    // The wait before retry number `retry`, drawn from `jitter`.
    qint64 delayBeforeRetryMs(int retry, const JitterSource &jitter) const;
};

} // namespace quire
