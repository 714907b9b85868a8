#include "auth/ManagerPromptThrottle.h"

#include "support/Clock.h"

#include <algorithm>

namespace quire {

using std::chrono::milliseconds;

ManagerPromptThrottle::ManagerPromptThrottle(const Clock &clock)
    : ManagerPromptThrottle(clock, Settings())
{}

ManagerPromptThrottle::ManagerPromptThrottle(const Clock &clock, Settings settings)
    : m_clock(clock)
    , m_settings(settings)
{}

milliseconds ManagerPromptThrottle::remaining() const
{
    if (!m_refusingUntilMs)
        return milliseconds(0);
    return milliseconds(std::max<qint64>(0, *m_refusingUntilMs - m_clock.monotonicMs()));
}

milliseconds ManagerPromptThrottle::recordFailure()
{
    // A failure can only be recorded for a PIN that was checked, so never
    // while a wait runs; the wait then starts from now.
    ++m_failures;
    const milliseconds delay = delayAfter(m_failures);
    if (delay.count() > 0)
        m_refusingUntilMs = m_clock.monotonicMs() + delay.count();
    return delay;
}

void ManagerPromptThrottle::recordSuccess()
{
    m_failures = 0;
    m_refusingUntilMs.reset();
}

milliseconds ManagerPromptThrottle::delayAfter(int failures) const
{
    const int beyond = failures - std::max(1, m_settings.freeAttempts);
    if (beyond < 0)
        return milliseconds(0);
    // Doubling, stopped before it can overflow: 2^20 times any sane first
    // delay is far past any sane cap.
    milliseconds delay = m_settings.firstDelay;
    for (int i = 0; i < std::min(beyond, 20) && delay < m_settings.maxDelay; ++i)
        delay *= 2;
    return std::min(delay, m_settings.maxDelay);
}

} // namespace quire
