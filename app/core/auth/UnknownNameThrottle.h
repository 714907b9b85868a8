#pragma once

#include <QHash>
#include <QString>
#include <chrono>
#include <optional>

namespace quire {

class Clock;

// Wrong tries at sign-in names that do not exist, so that they lock like
// real accounts and the lock does not tell which names exist. In memory and
// bounded: it hides existence, it does not guard data.
//
// Bounded without forgetting: when full, a new name takes the place of the
// longest-quiet entry that is not locked. When every entry is locked, the
// throttle does not clear itself (cycling through more names than it holds
// would then lift every lock); it locks all names it cannot hold for a full
// lock duration from the newest such try, the strictest wait it hands out.
//
// Durations come from the monotonic clock.
class UnknownNameThrottle final
{
public:
    static constexpr int kDefaultCapacity = 512;

    UnknownNameThrottle(const Clock &clock, int maxFailures, std::chrono::milliseconds lockDuration,
                        int capacity = kDefaultCapacity);

    // How long `name` is refused without a try; 0 when it may be tried.
    std::chrono::milliseconds remaining(const QString &name) const;
    // A wrong try at `name` (which was not refused). Returns the lock it
    // started, 0 when none.
    std::chrono::milliseconds recordFailure(const QString &name);

    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lockedUntilMs = 0; // monotonic; <= now when not locked
        qint64 lastFailureMs = 0; // monotonic; picks whom to evict
    };

    std::chrono::milliseconds untilMs(qint64 monotonicMs) const;
    // Makes room for one more name; false when every entry is locked.
    bool makeRoom();

    const Clock &m_clock;
    int m_maxFailures;
    std::chrono::milliseconds m_lockDuration;
    int m_capacity;
    QHash<QString, Entry> m_entries;
    // While set and ahead: every name without an entry is locked.
    std::optional<qint64> m_overflowLockedUntilMs;
};

} // namespace quire
