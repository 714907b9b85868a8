#include "auth/UnknownNameThrottle.h"

#include "ManualClock.h"

#include <QTest>

using namespace quire;
using std::chrono::milliseconds;
using std::chrono::minutes;

// Protects: names that do not exist lock like real accounts, and the
// bounded memory of them cannot be flushed: cycling through more names than
// it holds neither lifts a running lock nor opens a way around it.
class UnknownNameThrottleTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int kMaxFailures = 5;
    static constexpr milliseconds kLock = minutes(15);

    static QString nameAt(int i) { return QStringLiteral("ghost-%1").arg(i); }

    static void lock(UnknownNameThrottle &throttle, const QString &name)
    {
        for (int i = 0; i < kMaxFailures - 1; ++i)
            QCOMPARE(throttle.recordFailure(name), milliseconds(0));
        QCOMPARE(throttle.recordFailure(name), kLock);
    }

private Q_SLOTS:
    void locksANameAfterTheMaximumAndUnlocksWhenItRunsOut()
    {
        test::ManualClock clock;
        UnknownNameThrottle throttle(clock, kMaxFailures, kLock);
        lock(throttle, QStringLiteral("ghost"));
        QCOMPARE(throttle.remaining(QStringLiteral("ghost")), kLock);
        QCOMPARE(throttle.remaining(QStringLiteral("other")), milliseconds(0));
        clock.jumpWallClockMs(-kLock.count()); // the system time is no way out
        clock.advanceMs(kLock.count() - 1);
        QCOMPARE(throttle.remaining(QStringLiteral("ghost")), milliseconds(1));
        clock.advanceMs(1);
        QCOMPARE(throttle.remaining(QStringLiteral("ghost")), milliseconds(0));
    }

    // Before: at 512 names the throttle cleared itself, so the 513th name
    // lifted every lock.
    void sixHundredOtherNamesDoNotLiftALock()
    {
        test::ManualClock clock;
        UnknownNameThrottle throttle(clock, kMaxFailures, kLock);
        QCOMPARE(throttle.capacity(), UnknownNameThrottle::kDefaultCapacity);
        for (int i = 0; i < 3; ++i)
            lock(throttle, nameAt(i));
        for (int i = 3; i < 603; ++i) {
            clock.advanceMs(10);
            (void)throttle.recordFailure(nameAt(i));
        }
        QVERIFY(throttle.size() <= throttle.capacity());
        for (int i = 0; i < 3; ++i)
            QVERIFY2(throttle.remaining(nameAt(i)).count() > 0, qPrintable(nameAt(i)));
    }

    void whenEveryEntryIsLockedNewNamesAreLockedToo()
    {
        test::ManualClock clock;
        UnknownNameThrottle throttle(clock, kMaxFailures, kLock, 4);
        for (int i = 0; i < 4; ++i)
            lock(throttle, nameAt(i));
        // No room: the new name gets the strictest wait at once, and so does
        // every other name it cannot hold; the locked ones stay locked.
        clock.advanceMs(1000);
        QCOMPARE(throttle.recordFailure(QStringLiteral("newcomer")), kLock);
        QCOMPARE(throttle.remaining(QStringLiteral("newcomer")), kLock);
        QCOMPARE(throttle.remaining(QStringLiteral("another")), kLock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(throttle.remaining(nameAt(i)).count() > 0);
        QCOMPARE(throttle.size(), 4);

        // Once the locks have run out, names are counted one by one again.
        clock.advanceMs(kLock.count());
        QCOMPARE(throttle.remaining(QStringLiteral("newcomer")), milliseconds(0));
        QCOMPARE(throttle.recordFailure(QStringLiteral("newcomer")), milliseconds(0));
        QCOMPARE(throttle.size(), 4);
    }

    void evictsTheLongestQuietUnlockedNameFirst()
    {
        test::ManualClock clock;
        UnknownNameThrottle throttle(clock, kMaxFailures, kLock, 3);
        lock(throttle, QStringLiteral("locked"));
        clock.advanceMs(1);
        (void)throttle.recordFailure(QStringLiteral("older"));
        clock.advanceMs(1);
        (void)throttle.recordFailure(QStringLiteral("newer"));
        clock.advanceMs(1);
        (void)throttle.recordFailure(QStringLiteral("newest"));
        // "older" made room; "newer" still has its try counted.
        QCOMPARE(throttle.size(), 3);
        QVERIFY(throttle.remaining(QStringLiteral("locked")).count() > 0);
        for (int i = 0; i < kMaxFailures - 2; ++i)
            QCOMPARE(throttle.recordFailure(QStringLiteral("newer")), milliseconds(0));
        QCOMPARE(throttle.recordFailure(QStringLiteral("newer")), kLock);
    }
};

QTEST_GUILESS_MAIN(UnknownNameThrottleTest)
#include "UnknownNameThrottleTest.moc"
