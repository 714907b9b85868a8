#include "auth/UnknownNameThrottle.h"

#include "auth/AuthLogging.h"
#include "support/Clock.h"

#include <algorithm>

namespace quire {

using std::chrono::milliseconds;

UnknownNameThrottle::UnknownNameThrottle(const Clock &clock, int maxFailures,
                                         milliseconds lockDuration, int capacity)
    : m_clock(clock)
    , m_maxFailures(std::max(1, maxFailures))
    , m_lockDuration(lockDuration)
    , m_capacity(std::max(1, capacity))
{}

milliseconds UnknownNameThrottle::untilMs(qint64 monotonicMs) const
{
    return milliseconds(std::max<qint64>(0, monotonicMs - m_clock.monotonicMs()));
}

milliseconds UnknownNameThrottle::remaining(const QString &name) const
{
    if (auto found = m_entries.constFind(name); found != m_entries.cend())
        return untilMs(found->lockedUntilMs);
    return m_overflowLockedUntilMs ? untilMs(*m_overflowLockedUntilMs) : milliseconds(0);
}

milliseconds UnknownNameThrottle::recordFailure(const QString &name)
{
    const qint64 now = m_clock.monotonicMs();
    auto found = m_entries.find(name);
    if (found == m_entries.end()) {
        if (m_entries.size() >= m_capacity && !makeRoom()) {
            // Every entry is locked: lock every name we cannot hold instead of
            // forgetting the ones we do.
            m_overflowLockedUntilMs = now + m_lockDuration.count();
            qCWarning(lcAuth) << "sign-in: more locked unknown names than" << m_capacity
                              << "; throttling every new one";
            return m_lockDuration;
        }
        found = m_entries.insert(name, Entry{});
    }
    Entry &entry = *found;
    entry.lastFailureMs = now;
    if (++entry.failures < m_maxFailures)
        return milliseconds(0);
    // Locked: the count starts again for when the lock has run out.
    entry.failures = 0;
    entry.lockedUntilMs = now + m_lockDuration.count();
    return m_lockDuration;
}

bool UnknownNameThrottle::makeRoom()
{
    const qint64 now = m_clock.monotonicMs();
    auto oldest = m_entries.end();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->lockedUntilMs > now)
            continue;
        if (oldest == m_entries.end() || it->lastFailureMs < oldest->lastFailureMs)
            oldest = it;
    }
    if (oldest == m_entries.end())
        return false;
    m_entries.erase(oldest);
    return true;
}

} // namespace quire
