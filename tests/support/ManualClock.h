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

private:
    QDateTime m_now;
};

} // namespace quire::test
