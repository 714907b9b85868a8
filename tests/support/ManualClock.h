#pragma once

#include "support/Clock.h"

namespace quire::test {

// A clock that only moves when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 26), QTime(9, 30), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime nowUtc() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    // For tests against a real process that checks times with its own
    // clock (the gateway simulator refuses an expires_at in the past).
    void setNow(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace quire::test
