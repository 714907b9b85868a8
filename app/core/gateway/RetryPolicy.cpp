#include "gateway/RetryPolicy.h"

#include <QRandomGenerator>
#include <algorithm>

namespace quire {

JitterSource systemJitterSource()
{
    return [](qint64 upperInclusive) -> qint64 {
        if (upperInclusive <= 0)
            return 0;
        return QRandomGenerator::global()->bounded(upperInclusive + 1);
    };
}

qint64 RetryPolicy::delayCeilingMs(int retry) const
{
    if (retry < 1 || baseDelayMs <= 0)
        return 0;
    // Shift stops well before overflow; the cap applies long before that anyway.
    const int exponent = std::min(retry - 1, 30);
    const qint64 ceiling = qint64(baseDelayMs) << exponent;
    return std::min<qint64>(ceiling, maxDelayMs);
}

qint64 RetryPolicy::delayBeforeRetryMs(int retry, const JitterSource &jitter) const
{
    const qint64 ceiling = delayCeilingMs(retry);
    if (ceiling <= 0)
        return 0;
    const qint64 drawn = jitter ? jitter(ceiling) : ceiling;
    return std::clamp<qint64>(drawn, 0, ceiling);
}

} // namespace quire
