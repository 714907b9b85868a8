#pragma once

#include "support/Clock.h"

namespace quire::test {

// A clock that only moves when the test says so. advanceMs() moves both the
// wall clock and the monotonic clock, as time passing does; jumpWallClockMs()
// and setNow() move only the wall clock, as an administrator or NTP setting
// the system time does.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime nowUtc() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advanceMs(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    // The system time is set forwards (positive) or backwards (negative).
    void jumpWallClockMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    // For tests against a real process that checks times with its own
    // clock (the gateway simulator refuses an expires_at in the past).
    void setNow(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 1'000'000; // arbitrary zero, as a real one
};

} // namespace quire::test
